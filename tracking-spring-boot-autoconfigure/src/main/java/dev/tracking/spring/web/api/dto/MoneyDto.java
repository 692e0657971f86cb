package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** Money exact to its currency: the amount as a decimal string ({@code "85.00"}) and the ISO 4217 code. */
public record MoneyDto(
        @Schema(example = "85.00") String amount,
        @Schema(example = "USD") String currency) {
}
