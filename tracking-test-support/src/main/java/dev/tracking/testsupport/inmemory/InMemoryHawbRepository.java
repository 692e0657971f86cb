package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.testsupport.KeysetOrder;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link HawbRepository} in memory: numbers unique within their MAWB, optimistic versions, {@link HawbCriteria}
 * filters and keyset pages in the order {@link KeysetOrder} spells out. Build it over the {@link InMemoryStore} the
 * other repositories share, or get it from {@link InMemoryPersistence#create()}.
 */
public class InMemoryHawbRepository implements HawbRepository {

    static final String ENTITY = "HAWB";

    private final InMemoryStore store;

    /** A repository over {@code store}; give the other repositories and the transaction runner the same store. */
    public InMemoryHawbRepository(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Hawb insert(Hawb hawb) {
        Objects.requireNonNull(hawb, "hawb");
        return store.apply(t -> {
            if (t.hawbs.containsKey(hawb.id())) {
                throw new DuplicateException(ENTITY, "id", hawb.id());
            }
            requireNumberFree(t, hawb);
            Hawb stored = hawb.withVersion(1);
            t.hawbs.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Hawb update(Hawb hawb) {
        Objects.requireNonNull(hawb, "hawb");
        return store.apply(t -> {
            Hawb current = t.hawbs.get(hawb.id());
            if (current == null) {
                throw new NotFoundException(ENTITY, hawb.id());
            }
            if (current.version() != hawb.version()) {
                throw new VersionConflictException(ENTITY, hawb.id(), hawb.version());
            }
            requireNumberFree(t, hawb);
            Hawb stored = hawb.withVersion(current.version() + 1);
            t.hawbs.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Optional<Hawb> findById(HawbId id) {
        return store.apply(t -> Optional.ofNullable(t.hawbs.get(id)));
    }

    @Override
    public Optional<Hawb> findByNumber(MawbId mawbId, HawbNumber number) {
        return store.apply(t -> t.hawbs.values().stream()
                .filter(h -> h.mawbId().equals(mawbId) && h.number().equals(number))
                .findFirst());
    }

    @Override
    public List<Hawb> findByMawb(MawbId mawbId) {
        return store.apply(t -> t.hawbs.values().stream()
                .filter(h -> h.mawbId().equals(mawbId))
                .sorted(Comparator.comparing(Hawb::number))
                .toList());
    }

    @Override
    public List<Hawb> list(HawbCriteria criteria, HawbSort sort, Keyset after, int limit) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sort, "sort");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        return store.apply(t -> t.hawbs.values().stream()
                .filter(h -> matches(criteria, h))
                .filter(h -> KeysetOrder.isAfter(sort.field().valueOf(h), h.id().value(), after, sort.direction()))
                .sorted(KeysetOrder.forHawbs(sort))
                .limit(limit)
                .toList());
    }

    private static void requireNumberFree(Tables t, Hawb hawb) {
        boolean taken = t.hawbs.values().stream()
                .anyMatch(other -> other.mawbId().equals(hawb.mawbId()) && other.number().equals(hawb.number())
                        && !other.id().equals(hawb.id()));
        if (taken) {
            throw new DuplicateException(ENTITY, HawbNumber.FIELD, hawb.number());
        }
    }

    private static boolean matches(HawbCriteria c, Hawb h) {
        return (c.mawbId() == null || c.mawbId().equals(h.mawbId()))
                && (c.statuses().isEmpty() || c.statuses().contains(h.status()))
                && (c.text() == null || Text.contains(h.number().value(), c.text())
                        || Text.contains(h.details().consignee().name(), c.text()));
    }
}
