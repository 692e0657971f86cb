package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.status.CustomsStatus;
import dev.tracking.core.domain.status.ShipmentStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A MAWB as the API shows it; {@code version} is also its ETag. */
public record MawbResponse(
        UUID id,
        @Schema(example = "020-12345675") String awbNumber,
        @Schema(example = "LH") String carrier,
        ShipmentStatus status,
        OffsetDateTime statusAsOf,
        String origin,
        String destination,
        PartyDto shipper,
        PartyDto consignee,
        PartyDto notifyParty,
        int pieces,
        WeightDto weight,
        VolumeDto volume,
        String commodity,
        List<FlightLegDto> flights,
        OffsetDateTime etd,
        OffsetDateTime eta,
        LocalDate lastFreeDay,
        CustomsStatus customs,
        List<EquipmentDto> equipment,
        List<ReferenceDto> references,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt,
        long version) {
}
