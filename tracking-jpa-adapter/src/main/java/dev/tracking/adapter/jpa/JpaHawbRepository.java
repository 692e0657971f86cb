package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.port.out.HawbRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link HawbRepository} over {@link HawbEntity}. */
final class JpaHawbRepository implements HawbRepository {

    static final String ENTITY = "HAWB";

    private final EntityManagerBinding units;

    JpaHawbRepository(EntityManagerBinding units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Hawb insert(Hawb hawb) {
        Objects.requireNonNull(hawb, "hawb");
        WriteTarget target = WriteTarget.insertOf(ENTITY, hawb.id()).unique("hawbNumber", hawb.number());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            em.persist(HawbMapper.toNewEntity(hawb));
            em.flush();
            return hawb.withVersion(Versions.FIRST);
        }));
    }

    @Override
    public Hawb update(Hawb hawb) {
        Objects.requireNonNull(hawb, "hawb");
        WriteTarget target = WriteTarget.updateOf(ENTITY, hawb.id(), hawb.version())
                .unique("hawbNumber", hawb.number());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            OptimisticUpdate<HawbEntity> update = OptimisticUpdate.of(em, HawbEntity.class, hawb.id().value(),
                    target, row -> row.version);
            HawbMapper.copyChangeable(hawb, update.row());
            return hawb.withVersion(update.flush());
        }));
    }

    @Override
    public Optional<Hawb> findById(HawbId id) {
        Objects.requireNonNull(id, "id");
        return units.inUnitOfWork(em -> Optional.ofNullable(em.find(HawbEntity.class, id.value()))
                .map(HawbMapper::toDomain));
    }

    @Override
    public Optional<Hawb> findByNumber(MawbId mawbId, HawbNumber number) {
        Objects.requireNonNull(mawbId, "mawbId");
        Objects.requireNonNull(number, "number");
        return units.inUnitOfWork(em -> em
                .createQuery("select h from HawbEntity h where h.mawbId = :mawbId and h.hawbNumber = :number",
                        HawbEntity.class)
                .setParameter("mawbId", mawbId.value())
                .setParameter("number", number.value())
                .getResultStream()
                .findFirst()
                .map(HawbMapper::toDomain));
    }

    @Override
    public List<Hawb> findByMawb(MawbId mawbId) {
        Objects.requireNonNull(mawbId, "mawbId");
        return units.inUnitOfWork(em -> em
                .createQuery("select h from HawbEntity h where h.mawbId = :mawbId order by h.hawbNumber, h.id",
                        HawbEntity.class)
                .setParameter("mawbId", mawbId.value())
                .getResultStream()
                .map(HawbMapper::toDomain)
                .toList());
    }

    @Override
    public List<Hawb> list(HawbCriteria criteria, HawbSort sort, Keyset after, int limit) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sort, "sort");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return units.inUnitOfWork(em -> HawbListQuery.page(em, criteria, sort, after, limit).stream()
                .map(HawbMapper::toDomain)
                .toList());
    }
}
