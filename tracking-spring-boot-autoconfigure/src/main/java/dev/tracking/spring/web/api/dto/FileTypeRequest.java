package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Set;

/** A new file type. */
public record FileTypeRequest(
        @Schema(example = "COMMERCIAL_INVOICE") String code,
        String name,
        Set<String> extensions,
        Set<String> mediaTypes,
        Long maxSizeBytes) {
}
