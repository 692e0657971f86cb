package dev.tracking.spring.web.api.dto;

import java.util.Set;

/** A kind of document; {@code version} is also its ETag. */
public record FileTypeResponse(
        String code,
        String name,
        Set<String> extensions,
        Set<String> mediaTypes,
        long maxSizeBytes,
        long version) {
}
