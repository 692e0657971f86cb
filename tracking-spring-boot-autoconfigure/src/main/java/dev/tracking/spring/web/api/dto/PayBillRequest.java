package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** Mark a bill paid. */
public record PayBillRequest(
        @Schema(example = "WIRE-2025-0316-001") String paymentReference) {
}
