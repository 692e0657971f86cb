package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;

/** A shipper, consignee or notify party as printed on the waybill. */
public record PartyDto(
        String name,
        String address,
        String city,
        @Schema(example = "US") String countryCode,
        String contact) {
}
