package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.status.CustomsStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/** A MAWB's new details (all of them: an update replaces the details). */
public record UpdateMawbRequest(
        @Schema(example = "FRA") String origin,
        @Schema(example = "ORD") String destination,
        PartyDto shipper,
        PartyDto consignee,
        PartyDto notifyParty,
        Integer pieces,
        WeightDto weight,
        VolumeDto volume,
        String commodity,
        List<FlightLegDto> flights,
        LocalDate lastFreeDay,
        CustomsStatus customs,
        List<EquipmentDto> equipment,
        List<ReferenceDto> references) implements MawbDetailsFields {
}
