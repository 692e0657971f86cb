package dev.tracking.core.domain.workflow;

/** A fact a step can require before a MAWB may enter it; each is checked against {@link ShipmentFacts}. */
public enum Condition {
    /** The arrival at the destination is on record (an actual ARR/RCF there, or the last flight's ATA). */
    ARRIVAL_RECORDED("the arrival at the destination must be recorded"),
    /** An ISC bill exists and none is open. */
    ISC_PAID("the ISC bill must be paid"),
    /** Customs has cleared the consignment. */
    CUSTOMS_CLEARED("customs must have cleared the consignment"),
    /** The consignment is delivered. */
    DELIVERED("the consignment must be delivered"),
    /** Every ocean container is back at the line's depot. */
    CONTAINERS_RETURNED("every ocean container must be returned empty");

    private final String requirement;

    Condition(String requirement) {
        this.requirement = requirement;
    }

    /** What the condition asks, in words a user can act on. */
    public String requirement() {
        return requirement;
    }

    public boolean holds(ShipmentFacts facts) {
        return switch (this) {
            case ARRIVAL_RECORDED -> facts.arrivalRecorded();
            case ISC_PAID -> facts.iscBillExists() && !facts.iscBillOpen();
            case CUSTOMS_CLEARED -> facts.customsCleared();
            case DELIVERED -> facts.delivered();
            case CONTAINERS_RETURNED -> facts.containersReturned();
        };
    }
}
