package dev.tracking.spring.web.api.dto;

import dev.tracking.core.domain.status.CustomsStatus;
import java.time.LocalDate;
import java.util.List;

/** The details a MAWB request states, shared by create and update. */
public interface MawbDetailsFields {

    String origin();

    String destination();

    PartyDto shipper();

    PartyDto consignee();

    PartyDto notifyParty();

    Integer pieces();

    WeightDto weight();

    VolumeDto volume();

    String commodity();

    List<FlightLegDto> flights();

    LocalDate lastFreeDay();

    CustomsStatus customs();

    List<EquipmentDto> equipment();

    List<ReferenceDto> references();
}
