package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.domain.status.StatusProgression;
import dev.tracking.core.domain.status.StatusState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A master air waybill: the airline's contract for a consignment, under which houses and equipment travel.
 * Immutable; every change returns a new instance. {@code version} is the optimistic-lock version the repository
 * stored it at (1 after the first insert).
 *
 * @param carrier        the designator of the airline whose prefix the AWB number carries
 * @param status         derived from events ({@link StatusProgression})
 * @param statusAsOf     when the event that set {@code status} happened; null while CREATED
 */
public record Mawb(
        MawbId id,
        AwbNumber number,
        String carrier,
        MawbDetails details,
        ShipmentStatus status,
        Instant statusAsOf,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Mawb {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(carrier, "carrier");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A new MAWB, not yet stored (version 0). */
    public static Mawb create(MawbId id, AwbNumber number, String carrier, MawbDetails details, Instant now) {
        return new Mawb(id, number, carrier, details, ShipmentStatus.CREATED, null, now, now, 0);
    }

    public Mawb withDetails(MawbDetails newDetails, Instant now) {
        return new Mawb(id, number, carrier, newDetails, status, statusAsOf, createdAt, now, version);
    }

    /** This MAWB after the given events, by the status rule; unchanged when no event moves anything. */
    public Mawb applyEvents(List<TrackingEvent> events, Instant now) {
        StatusState before = statusState();
        StatusState after = new StatusProgression(details.destination()).apply(before, events);
        if (after.equals(before)) {
            return this;
        }
        return withStatusState(after, now);
    }

    /** This MAWB in the given status state (status, its time, customs status), changed at {@code now}. */
    public Mawb withStatusState(StatusState state, Instant now) {
        return new Mawb(id, number, carrier, details.withCustoms(state.customs()), state.status(), state.asOf(),
                createdAt, now, version);
    }

    /** The change that {@link #withStatusState} made to this MAWB, for {@code MawbRepository#updateStatuses}. */
    public MawbStatusChange statusChange() {
        return new MawbStatusChange(id, version, statusState(), updatedAt);
    }

    public StatusState statusState() {
        return new StatusState(status, statusAsOf, details.customs());
    }

    /** The version a repository assigns after storing this one. */
    public Mawb withVersion(long newVersion) {
        return new Mawb(id, number, carrier, details, status, statusAsOf, createdAt, updatedAt, newVersion);
    }
}
