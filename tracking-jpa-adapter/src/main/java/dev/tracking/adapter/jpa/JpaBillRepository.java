package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillStatus;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.bill.OpenBillTotal;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.port.out.BillRepository;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link BillRepository} over {@link BillEntity}; open totals are summed exactly by the database. A MAWB's bills and
 * the open bills of a type are listed oldest first, by creation time and then id.
 */
final class JpaBillRepository implements BillRepository {

    static final String ENTITY = "bill";

    private final EntityManagerBinding units;

    JpaBillRepository(EntityManagerBinding units) {
        this.units = Objects.requireNonNull(units, "units");
    }

    @Override
    public Bill insert(Bill bill) {
        Objects.requireNonNull(bill, "bill");
        WriteTarget target = WriteTarget.insertOf(ENTITY, bill.id());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            em.persist(BillMapper.toNewEntity(bill));
            em.flush();
            return bill.withVersion(Versions.FIRST);
        }));
    }

    @Override
    public Bill update(Bill bill) {
        Objects.requireNonNull(bill, "bill");
        WriteTarget target = WriteTarget.updateOf(ENTITY, bill.id(), bill.version());
        return units.inUnitOfWork(em -> PersistenceErrors.translating(em, target, () -> {
            OptimisticUpdate<BillEntity> update = OptimisticUpdate.of(em, BillEntity.class, bill.id().value(),
                    target, row -> row.version);
            BillMapper.copyChangeable(bill, update.row());
            return bill.withVersion(update.flush());
        }));
    }

    @Override
    public Optional<Bill> findById(BillId id) {
        Objects.requireNonNull(id, "id");
        return units.inUnitOfWork(em -> Optional.ofNullable(em.find(BillEntity.class, id.value()))
                .map(BillMapper::toDomain));
    }

    @Override
    public List<Bill> findByMawb(MawbId mawbId) {
        Objects.requireNonNull(mawbId, "mawbId");
        return units.inUnitOfWork(em -> em
                .createQuery("select b from BillEntity b where b.mawbId = :mawbId order by b.createdAt, b.id",
                        BillEntity.class)
                .setParameter("mawbId", mawbId.value())
                .getResultStream()
                .map(BillMapper::toDomain)
                .toList());
    }

    @Override
    public List<Bill> findOpen(BillType type) {
        Objects.requireNonNull(type, "type");
        return units.inUnitOfWork(em -> em
                .createQuery("select b from BillEntity b where b.status = :open and b.billType = :type"
                        + " order by b.createdAt, b.id", BillEntity.class)
                .setParameter("open", BillStatus.OPEN.name())
                .setParameter("type", type.name())
                .getResultStream()
                .map(BillMapper::toDomain)
                .toList());
    }

    @Override
    public List<OpenBillTotal> totalsOfOpen(BillType type) {
        Objects.requireNonNull(type, "type");
        return units.inUnitOfWork(em -> em
                // A literal status and count(*): the partial index of the open bills, which holds their amounts,
                // answers it alone.
                .createQuery("select b.currency, count(*), sum(b.amount) from BillEntity b"
                        + " where b.status = 'OPEN' and b.billType = :type"
                        + " group by b.currency order by b.currency", Object[].class)
                .setParameter("type", type.name())
                .getResultStream()
                .map(row -> new OpenBillTotal(Currency.getInstance((String) row[0]), (Long) row[1],
                        (BigDecimal) row[2]))
                .toList());
    }
}
