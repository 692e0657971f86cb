package dev.tracking.core.port.in.event;

import dev.tracking.core.domain.common.ValidationException;
import java.util.List;

/** Record a batch of events, as a carrier feed delivers them: all of it or, on bad input, nothing. */
public record RecordEventsCommand(List<RecordEventCommand> events) {

    public static final int MAX_EVENTS = 1000;

    public RecordEventsCommand {
        if (events == null || events.isEmpty()) {
            throw new ValidationException("events", "must hold at least one event");
        }
        if (events.size() > MAX_EVENTS) {
            throw new ValidationException("events", "must hold at most " + MAX_EVENTS + " events");
        }
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i) == null) {
                throw new ValidationException("events[" + i + "]", "must be given");
            }
        }
        events = List.copyOf(events);
    }
}
