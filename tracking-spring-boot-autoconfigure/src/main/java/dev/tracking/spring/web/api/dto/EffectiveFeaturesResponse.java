package dev.tracking.spring.web.api.dto;

import java.util.List;
import java.util.Set;

/** What a user holding the roles may do now. */
public record EffectiveFeaturesResponse(
        String userId,
        Set<String> roles,
        List<String> features) {
}
