package dev.tracking.core.port.in.event;

import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.event.TrackingEvent;
import java.util.List;

/** Recording status events and reading a shipment's timeline. */
public interface EventUseCases {

    /**
     * Records one event and moves the shipment's status where the event says so.
     *
     * @throws dev.tracking.core.domain.common.NotFoundException   when the MAWB or HAWB does not exist
     * @throws dev.tracking.core.domain.common.ValidationException when an actual event lies in the future
     */
    EventOutcome record(RecordEventCommand command);

    /** Records a batch in one unit of work; any bad event or unknown shipment rejects the whole batch. */
    RecordEventsResult recordAll(RecordEventsCommand command);

    /**
     * A shipment's events in the order they happened. For a MAWB, {@code includeHouses} adds the events of its HAWBs.
     *
     * @throws dev.tracking.core.domain.common.NotFoundException when the MAWB or HAWB does not exist
     */
    List<TrackingEvent> timeline(ShipmentRef shipment, boolean includeHouses);
}
