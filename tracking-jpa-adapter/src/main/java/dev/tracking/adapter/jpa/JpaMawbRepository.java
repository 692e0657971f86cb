package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.ArrivalSlot;
import dev.tracking.core.domain.mawb.LastFreeDayCount;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbStatusChange;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.out.MawbRepository;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link MawbRepository} over {@link MawbEntity} and its child rows. Reads load the children of all the MAWBs read
 * with one query per child table ({@link MawbChildren}); an update replaces a list of child rows only when it changed.
 */
final class JpaMawbRepository implements MawbRepository {

    static final String ENTITY = "MAWB";

    /** At most this many ids go into one IN list. */
    private static final int MAX_IDS_PER_QUERY = 1000;

    private final EntityManagerBinding units;
    private final PostgresMawbStatusUpdates arrayUpdates;
    private final HawbNumberIndex hawbNumberIndex;

    /**
     * @param arrayUpdates    how to store status changes over arrays (PostgreSQL), or null: through the entities
     * @param hawbNumberIndex whether the HAWB numbers' trigram index exists, for the text search
     */
    JpaMawbRepository(EntityManagerBinding units, PostgresMawbStatusUpdates arrayUpdates,
            HawbNumberIndex hawbNumberIndex) {
        this.units = Objects.requireNonNull(units, "units");
        this.arrayUpdates = arrayUpdates;
        this.hawbNumberIndex = Objects.requireNonNull(hawbNumberIndex, "hawbNumberIndex");
    }

    @Override
    public Mawb insert(Mawb mawb) {
        Objects.requireNonNull(mawb, "mawb");
        WriteTarget target = WriteTarget.insertOf(ENTITY, mawb.id()).unique("awbNumber", mawb.number());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            em.persist(MawbMapper.toNewEntity(mawb));
            em.flush(); // the MAWB's row first: its child rows' foreign keys point at it
            MawbChildMapper.toRows(mawb.id().value(), mawb.details()).forEach(em::persist);
            em.flush();
            return mawb.withVersion(Versions.FIRST);
        }));
    }

    @Override
    public Mawb update(Mawb mawb) {
        Objects.requireNonNull(mawb, "mawb");
        WriteTarget target = WriteTarget.updateOf(ENTITY, mawb.id(), mawb.version())
                .unique("awbNumber", mawb.number());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            OptimisticUpdate<MawbEntity> update = OptimisticUpdate.of(em, MawbEntity.class, mawb.id().value(),
                    target, row -> row.version);
            MawbMapper.copyChangeable(mawb, update.row());
            MawbChildren.loadFor(em, List.of(mawb.id().value())).replaceChangedLists(em, mawb.id().value(),
                    mawb.details());
            return mawb.withVersion(update.flush());
        }));
    }

    /**
     * Checks every row's version against the rows the unit of work reads (most of them it holds already), then stores
     * the changes: on PostgreSQL in one statement over arrays, after which the rows are detached so that later reads
     * see the new versions; elsewhere by changing the managed rows and flushing once (JDBC batches).
     */
    @Override
    public void updateStatuses(List<MawbStatusChange> changes) {
        Objects.requireNonNull(changes, "changes");
        changes.forEach(c -> Objects.requireNonNull(c, "changes must not hold null"));
        if (changes.isEmpty()) {
            return;
        }
        if (changes.stream().map(MawbStatusChange::id).distinct().count() != changes.size()) {
            throw new IllegalArgumentException("changes must name each MAWB once");
        }
        List<MawbStatusChange> ordered = changes.stream()
                .sorted((a, b) -> Uuids.compare(a.id().value(), b.id().value())).toList();
        WriteTarget target = WriteTarget.updateOf(ENTITY, ordered.get(0).id(), ordered.get(0).version());
        units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            Map<UUID, MawbEntity> rows = new HashMap<>();
            rowsById(em, ordered.stream().map(c -> c.id().value()).toList()).forEach(r -> rows.put(r.id, r));
            for (MawbStatusChange change : ordered) {
                MawbEntity row = rows.get(change.id().value());
                if (row == null) {
                    throw new NotFoundException(ENTITY, change.id());
                }
                if (row.version != change.version()) {
                    throw new VersionConflictException(ENTITY, change.id(), change.version());
                }
            }
            if (arrayUpdates != null) {
                em.flush();
                Set<UUID> updated = arrayUpdates.update(em, ordered);
                rows.values().forEach(em::detach);
                ordered.stream().filter(c -> !updated.contains(c.id().value())).findFirst().ifPresent(stale -> {
                    throw new VersionConflictException(ENTITY, stale.id(), stale.version());
                });
            } else {
                ordered.forEach(change -> MawbMapper.copyStatus(change, rows.get(change.id().value())));
                em.flush();
            }
            return null;
        }));
    }

    @Override
    public List<Mawb> findAllById(Collection<MawbId> ids) {
        Objects.requireNonNull(ids, "ids");
        List<UUID> distinct = ids.stream().map(MawbId::value).distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        return units.inUnitOfWork(em -> toDomain(em, rowsById(em, distinct)));
    }

    /** The rows with these ids, in chunks of at most {@value #MAX_IDS_PER_QUERY} ids per query. */
    private static List<MawbEntity> rowsById(EntityManager em, List<UUID> ids) {
        List<MawbEntity> rows = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += MAX_IDS_PER_QUERY) {
            rows.addAll(em.createQuery("select m from MawbEntity m where m.id in :ids", MawbEntity.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + MAX_IDS_PER_QUERY)))
                    .getResultList());
        }
        return rows;
    }

    @Override
    public Optional<Mawb> findById(MawbId id) {
        Objects.requireNonNull(id, "id");
        return units.inUnitOfWork(em -> Optional.ofNullable(em.find(MawbEntity.class, id.value()))
                .map(row -> toDomain(em, List.of(row)).get(0)));
    }

    @Override
    public Optional<Mawb> findByNumber(AwbNumber number) {
        Objects.requireNonNull(number, "number");
        return units.inUnitOfWork(em -> em
                .createQuery("select m from MawbEntity m where m.awbNumber = :number", MawbEntity.class)
                .setParameter("number", number.toString())
                .getResultStream()
                .findFirst()
                .map(row -> toDomain(em, List.of(row)).get(0)));
    }

    @Override
    public List<Mawb> list(MawbCriteria criteria, MawbSort sort, Keyset after, int limit) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sort, "sort");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return units.inUnitOfWork(em -> toDomain(em,
                MawbListQuery.page(em, criteria, sort, after, limit, () -> hawbNumberIndex.present(em))));
    }

    @Override
    public Map<ShipmentStatus, Long> countByStatus() {
        return units.inUnitOfWork(em -> {
            Map<ShipmentStatus, Long> counts = new EnumMap<>(ShipmentStatus.class);
            em.createQuery("select m.status, count(*) from MawbEntity m group by m.status", Object[].class)
                    .getResultStream()
                    .forEach(row -> counts.put(ShipmentStatus.valueOf((String) row[0]), (Long) row[1]));
            return Collections.unmodifiableMap(counts);
        });
    }

    @Override
    public List<ArrivalSlot> findArrivals(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return units.inUnitOfWork(em -> em
                .createQuery("select m.id, m.destination, m.eta from MawbEntity m"
                        + " where m.eta >= :from and m.eta < :to order by m.eta, m.id", Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> new ArrivalSlot(MawbId.of((UUID) row[0]), AirportCode.of((String) row[1]),
                        (Instant) row[2]))
                .toList());
    }

    @Override
    public List<LastFreeDayCount> countUndeliveredByLastFreeDay(LocalDate upTo) {
        Objects.requireNonNull(upTo, "upTo");
        return units.inUnitOfWork(em -> em
                // A literal status and count(*): the partial index of the undelivered MAWBs answers it alone.
                .createQuery("select m.destination, m.lastFreeDay, count(*) from MawbEntity m"
                        + " where m.status <> 'DELIVERED' and m.lastFreeDay <= :upTo"
                        + " group by m.destination, m.lastFreeDay order by m.destination, m.lastFreeDay",
                        Object[].class)
                .setParameter("upTo", upTo)
                .getResultStream()
                .map(row -> new LastFreeDayCount(AirportCode.of((String) row[0]), (LocalDate) row[1],
                        (Long) row[2]))
                .toList());
    }

    private static List<Mawb> toDomain(EntityManager em, List<MawbEntity> rows) {
        MawbChildren children = MawbChildren.loadFor(em, rows.stream().map(row -> row.id).toList());
        return rows.stream().map(row -> MawbMapper.toDomain(row, children)).toList();
    }
}
