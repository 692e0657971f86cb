package dev.tracking.core.application;

import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.common.EventId;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ShipmentKind;
import dev.tracking.core.domain.common.ShipmentRef;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.event.EventsRecorded;
import dev.tracking.core.domain.event.TrackingEvent;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.status.ShipmentStatusChanged;
import dev.tracking.core.port.in.event.EventOutcome;
import dev.tracking.core.port.in.event.EventUseCases;
import dev.tracking.core.port.in.event.RecordEventCommand;
import dev.tracking.core.port.in.event.RecordEventsCommand;
import dev.tracking.core.port.in.event.RecordEventsResult;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.core.port.out.TrackingEventRepository;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records status events, batch or single, and moves the statuses of the shipments they concern, all in one unit of
 * work: the events, the status changes and the domain events commit together.
 */
public final class EventService implements EventUseCases {

    /** How far in the future an ACTUAL event may lie, to allow for clocks that are slightly off. */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofHours(1);

    private final TrackingEventRepository events;
    private final MawbRepository mawbs;
    private final HawbRepository hawbs;
    private final ServiceSupport support;

    public EventService(TrackingEventRepository events, MawbRepository mawbs, HawbRepository hawbs,
            ServiceSupport support) {
        this.events = events;
        this.mawbs = mawbs;
        this.hawbs = hawbs;
        this.support = support;
    }

    @Override
    public EventOutcome record(RecordEventCommand command) {
        support.require(Feature.EVENTS_WRITE);
        return support.inTransaction(() -> {
            Shipments shipments = load(List.of(command), "");
            if (!shipments.missing.isEmpty()) {
                throw ShipmentLookup.notFound(command.subject());
            }
            return store(List.of(command), shipments, "").outcomes().get(0);
        });
    }

    @Override
    public RecordEventsResult recordAll(RecordEventsCommand command) {
        support.require(Feature.EVENTS_WRITE);
        return support.inTransaction(() -> {
            Shipments shipments = load(command.events(), "events");
            if (!shipments.missing.isEmpty()) {
                throw new ValidationException(shipments.missing);
            }
            return store(command.events(), shipments, "events");
        });
    }

    @Override
    public List<TrackingEvent> timeline(ShipmentRef shipment, boolean includeHouses) {
        support.require(Feature.EVENTS_READ);
        return support.inTransaction(() -> {
            List<ShipmentRef> subjects = new ArrayList<>();
            subjects.add(shipment);
            if (shipment.kind() == ShipmentKind.MAWB) {
                if (mawbs.findById(shipment.mawbId()).isEmpty()) {
                    throw ShipmentLookup.notFound(shipment);
                }
                if (includeHouses) {
                    hawbs.findByMawb(shipment.mawbId()).forEach(h -> subjects.add(ShipmentRef.of(h.id())));
                }
            } else if (hawbs.findById(shipment.hawbId()).isEmpty()) {
                throw ShipmentLookup.notFound(shipment);
            }
            return events.findBySubjects(subjects);
        });
    }

    private RecordEventsResult store(List<RecordEventCommand> commands, Shipments shipments, String prefix) {
        Instant now = support.now();
        String actor = support.actor().userId();
        rejectFutureActualEvents(commands, now, prefix);
        List<TrackingEvent> candidates = new ArrayList<>(commands.size());
        for (RecordEventCommand c : commands) {
            candidates.add(new TrackingEvent(new EventId(support.newId()), c.subject(), c.code(), c.timeType(),
                    c.occurredAt(), c.location(), c.portion(), c.flight(), c.source(), c.remarks(), c.metadata(),
                    c.effectiveDedupeKey(), now, actor));
        }
        List<TrackingEvent> stored = events.insertNew(candidates);
        Set<EventId> storedIds = new HashSet<>();
        stored.forEach(e -> storedIds.add(e.id()));
        List<EventOutcome> outcomes = new ArrayList<>(candidates.size());
        for (int i = 0; i < candidates.size(); i++) {
            TrackingEvent candidate = candidates.get(i);
            boolean recorded = storedIds.contains(candidate.id());
            outcomes.add(new EventOutcome(i, recorded ? EventOutcome.Outcome.RECORDED : EventOutcome.Outcome.DUPLICATE,
                    recorded ? candidate.id() : null, candidate.dedupeKey()));
        }
        if (!stored.isEmpty()) {
            applyToStatuses(stored, shipments, now, actor);
            support.publish(new EventsRecorded(stored, now, actor));
        }
        return new RecordEventsResult(outcomes);
    }

    private void applyToStatuses(List<TrackingEvent> stored, Shipments shipments, Instant now, String actor) {
        Map<ShipmentRef, List<TrackingEvent>> bySubject = new LinkedHashMap<>();
        stored.forEach(e -> bySubject.computeIfAbsent(e.subject(), s -> new ArrayList<>()).add(e));
        List<MovedMawb> movedMawbs = new ArrayList<>();
        bySubject.forEach((subject, subjectEvents) -> {
            if (subject.kind() == ShipmentKind.MAWB) {
                Mawb before = shipments.mawbs.get(subject.mawbId());
                Mawb after = before.applyEvents(subjectEvents, now);
                if (after != before) {
                    movedMawbs.add(new MovedMawb(before, after));
                }
            } else {
                Hawb before = shipments.hawbs.get(subject.hawbId());
                Mawb master = shipments.mawbs.get(before.mawbId());
                Hawb after = before.applyEvents(subjectEvents, master.details().destination(), now);
                if (after != before) {
                    hawbs.update(after);
                    announce(subject, before.status(), after.status(), now, actor);
                }
            }
        });
        if (!movedMawbs.isEmpty()) {
            mawbs.updateStatuses(movedMawbs.stream().map(m -> m.after().statusChange()).toList());
            for (MovedMawb moved : movedMawbs) {
                Mawb saved = moved.after().withVersion(moved.after().version() + 1);
                shipments.mawbs.put(saved.id(), saved);
                announce(ShipmentRef.of(saved.id()), moved.before().status(), saved.status(), now, actor);
            }
        }
    }

    private void announce(ShipmentRef subject, dev.tracking.core.domain.status.ShipmentStatus from,
            dev.tracking.core.domain.status.ShipmentStatus to, Instant now, String actor) {
        if (from != to) {
            support.publish(new ShipmentStatusChanged(subject, from, to, now, actor));
        }
    }

    private static void rejectFutureActualEvents(List<RecordEventCommand> commands, Instant now, String prefix) {
        Instant latest = now.plus(MAX_CLOCK_SKEW);
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < commands.size(); i++) {
            RecordEventCommand c = commands.get(i);
            if (c.timeType() == dev.tracking.core.domain.event.TimeType.ACTUAL
                    && c.occurredAt().toInstant().isAfter(latest)) {
                violations.add(new FieldViolation(field(prefix, i, "occurredAt"),
                        "an ACTUAL event cannot lie in the future; use PLANNED or ESTIMATED"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** Loads every shipment the commands name, each once, and the MAWBs of the HAWBs among them. */
    private Shipments load(List<RecordEventCommand> commands, String prefix) {
        Shipments shipments = new Shipments();
        Set<MawbId> mawbIds = new LinkedHashSet<>();
        for (RecordEventCommand command : commands) {
            ShipmentRef subject = command.subject();
            if (subject.kind() == ShipmentKind.MAWB) {
                mawbIds.add(subject.mawbId());
            } else {
                shipments.hawb(subject.hawbId(), hawbs).ifPresent(h -> mawbIds.add(h.mawbId()));
            }
        }
        mawbs.findAllById(mawbIds).forEach(m -> shipments.mawbs.put(m.id(), m));
        for (int i = 0; i < commands.size(); i++) {
            ShipmentRef subject = commands.get(i).subject();
            boolean found = switch (subject.kind()) {
                case MAWB -> shipments.mawbs.containsKey(subject.mawbId());
                case HAWB -> shipments.hawbs.containsKey(subject.hawbId())
                        && shipments.mawbs.containsKey(shipments.hawbs.get(subject.hawbId()).mawbId());
            };
            if (!found) {
                shipments.missing.add(new FieldViolation(field(prefix, i, "subject"),
                        subject.kind() + " " + subject.id() + " does not exist"));
            }
        }
        return shipments;
    }

    private static String field(String prefix, int index, String name) {
        return prefix.isEmpty() ? name : prefix + "[" + index + "]." + name;
    }

    /** A MAWB whose status state the events changed: all of them are stored in one go. */
    private record MovedMawb(Mawb before, Mawb after) {
    }

    /** The shipments of one unit of work, loaded once each. */
    private static final class Shipments {
        final Map<MawbId, Mawb> mawbs = new HashMap<>();
        final Map<HawbId, Hawb> hawbs = new HashMap<>();
        final Set<HawbId> absentHawbs = new HashSet<>();
        final List<FieldViolation> missing = new ArrayList<>();

        Optional<Hawb> hawb(HawbId id, HawbRepository repository) {
            if (!hawbs.containsKey(id) && !absentHawbs.contains(id)) {
                repository.findById(id).ifPresentOrElse(h -> hawbs.put(id, h), () -> absentHawbs.add(id));
            }
            return Optional.ofNullable(hawbs.get(id));
        }
    }
}
