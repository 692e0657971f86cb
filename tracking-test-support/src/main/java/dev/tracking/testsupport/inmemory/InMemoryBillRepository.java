package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.bill.OpenBillTotal;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.port.out.BillRepository;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@link BillRepository} in memory, with optimistic versions. A MAWB's bills come oldest first (by creation time, then
 * id); open totals are summed exactly per currency. Build it over the {@link InMemoryStore} the other repositories
 * share, or get it from {@link InMemoryPersistence#create()}.
 */
public class InMemoryBillRepository implements BillRepository {

    static final String ENTITY = "bill";

    private final InMemoryStore store;

    /** A repository over {@code store}; give the other repositories and the transaction runner the same store. */
    public InMemoryBillRepository(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Bill insert(Bill bill) {
        Objects.requireNonNull(bill, "bill");
        return store.apply(t -> {
            if (t.bills.containsKey(bill.id())) {
                throw new DuplicateException(ENTITY, "id", bill.id());
            }
            Bill stored = bill.withVersion(1);
            t.bills.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Bill update(Bill bill) {
        Objects.requireNonNull(bill, "bill");
        return store.apply(t -> {
            Bill current = t.bills.get(bill.id());
            if (current == null) {
                throw new NotFoundException(ENTITY, bill.id());
            }
            if (current.version() != bill.version()) {
                throw new VersionConflictException(ENTITY, bill.id(), bill.version());
            }
            Bill stored = bill.withVersion(current.version() + 1);
            t.bills.put(stored.id(), stored);
            return stored;
        });
    }

    @Override
    public Optional<Bill> findById(BillId id) {
        return store.apply(t -> Optional.ofNullable(t.bills.get(id)));
    }

    @Override
    public List<Bill> findByMawb(MawbId mawbId) {
        return store.apply(t -> t.bills.values().stream()
                .filter(b -> b.mawbId().equals(mawbId))
                .sorted(Comparator.comparing(Bill::createdAt)
                        .thenComparing((a, b) -> Uuids.compare(a.id().value(), b.id().value())))
                .toList());
    }

    @Override
    public List<Bill> findOpen(BillType type) {
        Objects.requireNonNull(type, "type");
        return store.apply(t -> t.bills.values().stream()
                .filter(b -> b.isOpen() && b.type() == type)
                .sorted(Comparator.comparing(Bill::createdAt)
                        .thenComparing((a, b) -> Uuids.compare(a.id().value(), b.id().value())))
                .toList());
    }

    @Override
    public List<OpenBillTotal> totalsOfOpen(BillType type) {
        Objects.requireNonNull(type, "type");
        return store.apply(t -> {
            Map<String, Currency> currencies = new TreeMap<>();
            Map<String, Long> counts = new TreeMap<>();
            Map<String, BigDecimal> totals = new TreeMap<>();
            t.bills.values().stream()
                    .filter(b -> b.isOpen() && b.type() == type)
                    .forEach(b -> {
                        String code = b.amount().currency().getCurrencyCode();
                        currencies.put(code, b.amount().currency());
                        counts.merge(code, 1L, Long::sum);
                        totals.merge(code, b.amount().amount(), BigDecimal::add);
                    });
            return currencies.entrySet().stream()
                    .map(e -> new OpenBillTotal(e.getValue(), counts.get(e.getKey()), totals.get(e.getKey())))
                    .toList();
        });
    }
}
