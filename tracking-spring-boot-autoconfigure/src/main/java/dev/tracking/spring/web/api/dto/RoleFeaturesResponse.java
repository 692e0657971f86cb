package dev.tracking.spring.web.api.dto;

import java.util.List;

/** A role and the features it grants. */
public record RoleFeaturesResponse(
        String role,
        List<String> features) {
}
