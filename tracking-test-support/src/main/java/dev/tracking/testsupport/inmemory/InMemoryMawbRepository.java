package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.ArrivalSlot;
import dev.tracking.core.domain.mawb.LastFreeDayCount;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.out.MawbRepository;
import dev.tracking.testsupport.KeysetOrder;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@link MawbRepository} in memory: unique AWB numbers, optimistic versions, every {@link MawbCriteria} filter (the
 * text filter looks at the HAWBs of the same store) and keyset pages in the order {@link KeysetOrder} spells out.
 * Build it over the {@link InMemoryStore} the other repositories share, or get it from
 * {@link InMemoryPersistence#create()}.
 */
public class InMemoryMawbRepository implements MawbRepository {

    static final String ENTITY = "MAWB";

    private final InMemoryStore store;

    /** A repository over {@code store}; give the other repositories and the transaction runner the same store. */
    public InMemoryMawbRepository(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Mawb insert(Mawb mawb) {
        Objects.requireNonNull(mawb, "mawb");
        return store.apply(t -> {
            if (t.mawbs.containsKey(mawb.id())) {
                throw new DuplicateException(ENTITY, "id", mawb.id());
            }
            requireNumberFree(t, mawb);
            Mawb stored = mawb.withVersion(1);
            t.mawbs.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Mawb update(Mawb mawb) {
        Objects.requireNonNull(mawb, "mawb");
        return store.apply(t -> {
            Mawb current = t.mawbs.get(mawb.id());
            if (current == null) {
                throw new NotFoundException(ENTITY, mawb.id());
            }
            if (current.version() != mawb.version()) {
                throw new VersionConflictException(ENTITY, mawb.id(), mawb.version());
            }
            requireNumberFree(t, mawb);
            Mawb stored = mawb.withVersion(current.version() + 1);
            t.mawbs.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Optional<Mawb> findById(MawbId id) {
        return store.apply(t -> Optional.ofNullable(t.mawbs.get(id)));
    }

    @Override
    public Optional<Mawb> findByNumber(AwbNumber number) {
        return store.apply(t -> t.mawbs.values().stream().filter(m -> m.number().equals(number)).findFirst());
    }

    @Override
    public List<Mawb> list(MawbCriteria criteria, MawbSort sort, Keyset after, int limit) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sort, "sort");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return store.apply(t -> {
            Map<MawbId, List<String>> houseNumbers = criteria.text() == null ? Map.of()
                    : t.hawbs.values().stream().collect(Collectors.groupingBy(Hawb::mawbId,
                            Collectors.mapping(h -> h.number().value(), Collectors.toList())));
            return t.mawbs.values().stream()
                    .filter(m -> matches(criteria, m, houseNumbers.getOrDefault(m.id(), List.of())))
                    .filter(m -> KeysetOrder.isAfter(sort.field().valueOf(m), m.id().value(), after,
                            sort.direction()))
                    .sorted(KeysetOrder.forMawbs(sort))
                    .limit(limit)
                    .toList();
        });
    }

    @Override
    public Map<ShipmentStatus, Long> countByStatus() {
        return store.apply(t -> {
            Map<ShipmentStatus, Long> counts = new EnumMap<>(ShipmentStatus.class);
            t.mawbs.values().forEach(m -> counts.merge(m.status(), 1L, Long::sum));
            return Collections.unmodifiableMap(counts);
        });
    }

    @Override
    public List<ArrivalSlot> findArrivals(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return store.apply(t -> t.mawbs.values().stream()
                .filter(m -> inRange(m.details().eta(), from, to))
                .map(m -> new ArrivalSlot(m.id(), m.details().destination(), m.details().eta()))
                .sorted(Comparator.comparing(ArrivalSlot::eta)
                        .thenComparing((a, b) -> Uuids.compare(a.mawbId().value(), b.mawbId().value())))
                .toList());
    }

    @Override
    public List<LastFreeDayCount> countUndeliveredByLastFreeDay(LocalDate upTo) {
        Objects.requireNonNull(upTo, "upTo");
        return store.apply(t -> {
            Map<AirportCode, Map<LocalDate, Long>> counts = new TreeMap<>();
            t.mawbs.values().stream()
                    .filter(m -> m.status() != ShipmentStatus.DELIVERED)
                    .filter(m -> m.details().lastFreeDay() != null && !m.details().lastFreeDay().isAfter(upTo))
                    .forEach(m -> counts.computeIfAbsent(m.details().destination(), d -> new TreeMap<>())
                            .merge(m.details().lastFreeDay(), 1L, Long::sum));
            return counts.entrySet().stream()
                    .flatMap(byAirport -> byAirport.getValue().entrySet().stream()
                            .map(byDay -> new LastFreeDayCount(byAirport.getKey(), byDay.getKey(), byDay.getValue())))
                    .toList();
        });
    }

    private static void requireNumberFree(Tables t, Mawb mawb) {
        boolean taken = t.mawbs.values().stream()
                .anyMatch(other -> other.number().equals(mawb.number()) && !other.id().equals(mawb.id()));
        if (taken) {
            throw new DuplicateException(ENTITY, AwbNumber.FIELD, mawb.number());
        }
    }

    private static boolean matches(MawbCriteria c, Mawb m, List<String> houseNumbers) {
        return (c.statuses().isEmpty() || c.statuses().contains(m.status()))
                && (c.carrier() == null || c.carrier().equals(m.carrier()))
                && (c.origin() == null || c.origin().equals(m.details().origin()))
                && (c.destination() == null || c.destination().equals(m.details().destination()))
                && inRange(m.details().eta(), c.etaFrom(), c.etaTo())
                && inRange(m.details().etd(), c.etdFrom(), c.etdTo())
                && inDays(m.details().lastFreeDay(), c.lastFreeDayFrom(), c.lastFreeDayTo())
                && (c.text() == null || matchesText(c.text(), m, houseNumbers));
    }

    private static boolean matchesText(String text, Mawb m, List<String> houseNumbers) {
        return Text.contains(m.number().toString(), text)
                || Text.contains(m.number().digits(), text)
                || houseNumbers.stream().anyMatch(number -> Text.contains(number, text))
                || Text.contains(m.details().consignee().name(), text);
    }

    /** {@code [from, to)}, either end open when null; a null value matches only when both ends are open. */
    private static boolean inRange(Instant value, Instant from, Instant to) {
        if (from == null && to == null) {
            return true;
        }
        return value != null && (from == null || !value.isBefore(from)) && (to == null || value.isBefore(to));
    }

    /** {@code [from, to]}, either end open when null; a null value matches only when both ends are open. */
    private static boolean inDays(LocalDate value, LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return true;
        }
        return value != null && (from == null || !value.isBefore(from)) && (to == null || !value.isAfter(to));
    }
}
