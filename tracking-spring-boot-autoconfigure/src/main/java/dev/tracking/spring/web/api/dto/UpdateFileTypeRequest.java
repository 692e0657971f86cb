package dev.tracking.spring.web.api.dto;

import java.util.Set;

/** A file type's new name, extensions, media types and size limit. */
public record UpdateFileTypeRequest(
        String name,
        Set<String> extensions,
        Set<String> mediaTypes,
        Long maxSizeBytes) {
}
