package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.port.out.CarrierRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link CarrierRepository} over {@link CarrierEntity}. */
final class JpaCarrierRepository implements CarrierRepository {

    static final String ENTITY = "carrier";

    private final EntityManagerBinding units;

    JpaCarrierRepository(EntityManagerBinding units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Carrier insert(Carrier carrier) {
        Objects.requireNonNull(carrier, "carrier");
        WriteTarget target = WriteTarget.insertOf(ENTITY, carrier.designator())
                .unique("designator", carrier.designator())
                .unique("awbPrefix", carrier.code().awbPrefix());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            em.persist(CarrierMapper.toNewEntity(carrier));
            em.flush();
            return carrier.withVersion(Versions.FIRST);
        }));
    }

    @Override
    public Carrier update(Carrier carrier) {
        Objects.requireNonNull(carrier, "carrier");
        WriteTarget target = WriteTarget.updateOf(ENTITY, carrier.designator(), carrier.version());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            OptimisticUpdate<CarrierEntity> update = OptimisticUpdate.of(em, CarrierEntity.class,
                    carrier.designator(), target, row -> row.version);
            CarrierMapper.copyChangeable(carrier, update.row());
            update.flush();
            return CarrierMapper.toDomain(update.row());
        }));
    }

    @Override
    public Optional<Carrier> findByDesignator(String designator) {
        Objects.requireNonNull(designator, "designator");
        return units.inUnitOfWork(em -> Optional.ofNullable(em.find(CarrierEntity.class, designator))
                .map(CarrierMapper::toDomain));
    }

    @Override
    public Optional<Carrier> findByAwbPrefix(String awbPrefix) {
        Objects.requireNonNull(awbPrefix, "awbPrefix");
        return units.inUnitOfWork(em -> em
                .createQuery("select c from CarrierEntity c where c.awbPrefix = :prefix", CarrierEntity.class)
                .setParameter("prefix", awbPrefix)
                .getResultStream()
                .findFirst()
                .map(CarrierMapper::toDomain));
    }

    @Override
    public List<Carrier> findAll() {
        return units.inUnitOfWork(em -> em
                .createQuery("select c from CarrierEntity c order by c.designator", CarrierEntity.class)
                .getResultStream()
                .map(CarrierMapper::toDomain)
                .toList());
    }
}
