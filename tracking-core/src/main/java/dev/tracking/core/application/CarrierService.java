package dev.tracking.core.application;

import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.port.in.carrier.CarrierUseCases;
import dev.tracking.core.port.in.carrier.RegisterCarrierCommand;
import dev.tracking.core.port.in.carrier.UpdateCarrierCommand;
import dev.tracking.core.port.out.CarrierRepository;
import java.util.List;
import java.util.Locale;

/** Registers and maintains the airlines the platform knows. */
public final class CarrierService implements CarrierUseCases {

    private static final String ENTITY = "carrier";

    private final CarrierRepository carriers;
    private final ServiceSupport support;

    public CarrierService(CarrierRepository carriers, ServiceSupport support) {
        this.carriers = carriers;
        this.support = support;
    }

    @Override
    public Carrier register(RegisterCarrierCommand command) {
        support.require(Feature.CARRIERS_WRITE);
        return support.inTransaction(() -> carriers.insert(
                new Carrier(command.code(), command.name(), command.trackingEndpoint(), command.active(), 0)));
    }

    @Override
    public Carrier update(UpdateCarrierCommand command) {
        support.require(Feature.CARRIERS_WRITE);
        return support.inTransaction(() -> {
            Carrier current = load(command.designator());
            Versions.requireCurrent(ENTITY, command.designator(), command.expectedVersion(), current.version());
            return carriers.update(new Carrier(current.code(), command.name(), command.trackingEndpoint(),
                    command.active(), current.version()));
        });
    }

    @Override
    public Carrier get(String designator) {
        support.require(Feature.MAWB_READ);
        return load(designator);
    }

    private Carrier load(String designator) {
        String normalized = designator == null ? "" : designator.strip().toUpperCase(Locale.ROOT);
        return carriers.findByDesignator(normalized).orElseThrow(() -> new NotFoundException(ENTITY, normalized));
    }

    @Override
    public List<Carrier> list() {
        support.require(Feature.MAWB_READ);
        return carriers.findAll();
    }
}
