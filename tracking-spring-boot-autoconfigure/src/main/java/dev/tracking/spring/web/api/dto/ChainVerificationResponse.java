package dev.tracking.spring.web.api.dto;

/** The result of checking the audit chain. */
public record ChainVerificationResponse(
        boolean intact,
        long entriesChecked,
        Long firstBrokenSeq,
        String reason) {
}
