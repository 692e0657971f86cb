package dev.tracking.spring.web.api.dto;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.UUID;

/** A new HAWB under a MAWB. */
public record CreateHawbRequest(
        UUID mawbId,
        @Schema(example = "HAM0042") String hawbNumber,
        PartyDto shipper,
        PartyDto consignee,
        PartyDto notifyParty,
        Integer pieces,
        WeightDto weight,
        String description) implements HawbDetailsFields {
}
