package dev.tracking.core.domain.hawb;

import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.domain.status.CustomsStatus;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.domain.status.StatusProgression;
import dev.tracking.core.domain.status.StatusState;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A house air waybill: the forwarder's contract with one shipper, consolidated under a MAWB. Its number is unique
 * within its MAWB. Immutable; {@code version} is the optimistic-lock version.
 */
public record Hawb(
        HawbId id,
        MawbId mawbId,
        HawbNumber number,
        HawbDetails details,
        ShipmentStatus status,
        Instant statusAsOf,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    public Hawb {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(mawbId, "mawbId");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    public static Hawb create(HawbId id, MawbId mawbId, HawbNumber number, HawbDetails details, Instant now) {
        return new Hawb(id, mawbId, number, details, ShipmentStatus.CREATED, null, now, now, 0);
    }

    public Hawb withDetails(HawbDetails newDetails, Instant now) {
        return new Hawb(id, mawbId, number, newDetails, status, statusAsOf, createdAt, now, version);
    }

    /** This HAWB after the given events; {@code destination} is its MAWB's, to tell transit from arrival. */
    public Hawb applyEvents(List<TrackingEvent> events, AirportCode destination, Instant now) {
        StatusState before = new StatusState(status, statusAsOf, CustomsStatus.NOT_REPORTED);
        StatusState after = new StatusProgression(destination).apply(before, events);
        if (after.status() == status && Objects.equals(after.asOf(), statusAsOf)) {
            return this;
        }
        return new Hawb(id, mawbId, number, details, after.status(), after.asOf(), createdAt, now, version);
    }

    public Hawb withVersion(long newVersion) {
        return new Hawb(id, mawbId, number, details, status, statusAsOf, createdAt, updatedAt, newVersion);
    }
}
