package dev.tracking.spring.web.api.dto;

/** The details a HAWB request states, shared by create and update. */
public interface HawbDetailsFields {

    PartyDto shipper();

    PartyDto consignee();

    PartyDto notifyParty();

    Integer pieces();

    WeightDto weight();

    String description();
}
