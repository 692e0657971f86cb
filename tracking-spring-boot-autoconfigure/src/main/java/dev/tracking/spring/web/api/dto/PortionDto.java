package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.event.PortionType;

/** The pieces (and weight) an event concerns. */
public record PortionDto(
        PortionType type,
        Integer pieces,
        WeightDto weight) {
}
