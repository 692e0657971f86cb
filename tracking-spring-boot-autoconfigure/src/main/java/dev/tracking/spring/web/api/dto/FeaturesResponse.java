package dev.tracking.spring.web.api.dto;

import java.util.List;

/** Feature codes. */
public record FeaturesResponse(
        List<String> features) {
}
