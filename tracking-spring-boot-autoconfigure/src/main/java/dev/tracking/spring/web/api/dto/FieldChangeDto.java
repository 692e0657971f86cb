package dev.tracking.spring.web.api.dto;

/** One field's value before and after a change. */
public record FieldChangeDto(
        String before,
        String after) {
}
