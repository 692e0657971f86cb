package dev.tracking.spring.web.api.dto;

/** Open bills of one currency: how many and their total. */
public record OpenBillTotalDto(
        String currency,
        long count,
        MoneyDto total) {
}
