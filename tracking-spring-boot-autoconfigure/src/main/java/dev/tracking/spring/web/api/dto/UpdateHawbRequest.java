package dev.tracking.spring.web.api.dto;

/** A HAWB's new details (all of them). */
public record UpdateHawbRequest(
        PartyDto shipper,
        PartyDto consignee,
        PartyDto notifyParty,
        Integer pieces,
        WeightDto weight,
        String description) implements HawbDetailsFields {
}
