package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.EventCode;
import dev.tracking.core.domain.event.EventSource;
import dev.tracking.core.domain.event.PortionType;
import dev.tracking.core.domain.event.ShipmentPortion;
import dev.tracking.core.domain.event.TimeType;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.FlightNumber;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.measure.WeightUnit;
import java.util.LinkedHashMap;

/** Maps {@link TrackingEvent} to a row of {@code mawb_events} or {@code hawb_events}, by its subject, and back. */
final class EventMapper {

    static EventColumns toEntity(TrackingEvent event) {
        EventColumns row = event.subject().kind() == ShipmentKind.MAWB ? new MawbEventEntity() : new HawbEventEntity();
        row.id = event.id().value();
        row.subjectId = event.subject().id();
        row.code = event.code().value();
        row.timeType = event.timeType().name();
        row.occurredAt = event.occurredAt().toInstant();
        row.occurredOffset = event.occurredAt().getOffset().getTotalSeconds();
        row.location = event.location() == null ? null : event.location().value();
        ShipmentPortion portion = event.portion();
        row.portionType = portion == null ? null : portion.type().name();
        row.portionPieces = portion == null ? null : portion.pieces();
        row.portionWeightAmount = portion == null || portion.weight() == null ? null : portion.weight().amount();
        row.portionWeightUnit = portion == null || portion.weight() == null ? null : portion.weight().unit().name();
        row.flight = event.flight() == null ? null : event.flight().value();
        row.source = event.source().name();
        row.remarks = event.remarks();
        row.metadata = new LinkedHashMap<>(event.metadata());
        row.dedupeKey = event.dedupeKey();
        row.recordedAt = event.recordedAt();
        row.recordedBy = event.recordedBy();
        return row;
    }

    static TrackingEvent toDomain(EventColumns row) {
        ShipmentKind kind = row instanceof MawbEventEntity ? ShipmentKind.MAWB : ShipmentKind.HAWB;
        return new TrackingEvent(
                EventId.of(row.id),
                new ShipmentRef(kind, row.subjectId),
                new EventCode(row.code),
                TimeType.valueOf(row.timeType),
                TimeColumns.timeOf(row.occurredAt, row.occurredOffset),
                row.location == null ? null : AirportCode.of(row.location),
                portionOf(row),
                row.flight == null ? null : new FlightNumber(row.flight),
                EventSource.valueOf(row.source),
                row.remarks,
                row.metadata,
                row.dedupeKey,
                row.recordedAt,
                row.recordedBy);
    }

    private static ShipmentPortion portionOf(EventColumns row) {
        if (row.portionType == null) {
            return null;
        }
        Weight weight = row.portionWeightAmount == null ? null
                : new Weight(row.portionWeightAmount, WeightUnit.valueOf(row.portionWeightUnit));
        return new ShipmentPortion(PortionType.valueOf(row.portionType), row.portionPieces, weight);
    }

    private EventMapper() {
    }
}
