package dev.tracking.spring.web.api.dto;

/** A workflow step, briefly. */
public record StepDto(
        String code,
        String name,
        int position) {
}
