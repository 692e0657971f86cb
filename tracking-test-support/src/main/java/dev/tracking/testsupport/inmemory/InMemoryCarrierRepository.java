package dev.tracking.testsupport.inmemory;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.port.out.CarrierRepository;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link CarrierRepository} in memory. The designator is the key; the AWB prefix is unique too. {@link #update}
 * changes the name, the tracking endpoint and the active flag, never the code. Build it over the
 * {@link InMemoryStore} the other repositories share, or get it from {@link InMemoryPersistence#create()}.
 */
public class InMemoryCarrierRepository implements CarrierRepository {

    static final String ENTITY = "carrier";

    private final InMemoryStore store;

    /** A repository over {@code store}; give the other repositories and the transaction runner the same store. */
    public InMemoryCarrierRepository(InMemoryStore store) {
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public Carrier insert(Carrier carrier) {
        Objects.requireNonNull(carrier, "carrier");
        return store.apply(t -> {
            if (t.carriers.containsKey(carrier.designator())) {
                throw new DuplicateException(ENTITY, "designator", carrier.designator());
            }
            String prefix = carrier.code().awbPrefix();
            if (t.carriers.values().stream().anyMatch(c -> c.code().awbPrefix().equals(prefix))) {
                throw new DuplicateException(ENTITY, "awbPrefix", prefix);
            }
            Carrier stored = carrier.withVersion(1);
            t.carriers.put(stored.designator(), stored);
            return stored;
        });
    }

    @Override
    public Carrier update(Carrier carrier) {
        Objects.requireNonNull(carrier, "carrier");
        return store.apply(t -> {
            Carrier current = t.carriers.get(carrier.designator());
            if (current == null) {
                throw new NotFoundException(ENTITY, carrier.designator());
            }
            if (current.version() != carrier.version()) {
                throw new VersionConflictException(ENTITY, carrier.designator(), carrier.version());
            }
            Carrier stored = new Carrier(current.code(), carrier.name(), carrier.trackingEndpoint(), carrier.active(),
                    current.version() + 1);
            t.carriers.put(stored.designator(), stored);
            return stored;
        });
    }

    @Override
    public Optional<Carrier> findByDesignator(String designator) {
        return store.apply(t -> Optional.ofNullable(t.carriers.get(designator)));
    }

    @Override
    public Optional<Carrier> findByAwbPrefix(String awbPrefix) {
        return store.apply(t -> t.carriers.values().stream()
                .filter(c -> c.code().awbPrefix().equals(awbPrefix))
                .findFirst());
    }

    @Override
    public List<Carrier> findAll() {
        return store.apply(t -> t.carriers.values().stream()
                .sorted(Comparator.comparing(Carrier::designator))
                .toList());
    }
}
