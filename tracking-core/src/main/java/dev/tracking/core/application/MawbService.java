package dev.tracking.core.application;

import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCreated;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbUpdated;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.in.mawb.ListMawbsCommand;
import dev.tracking.core.port.in.mawb.MawbUseCases;
import dev.tracking.core.port.in.mawb.UpdateMawbCommand;
import dev.tracking.core.port.out.CarrierRepository;
import dev.tracking.core.port.out.MawbRepository;
import java.time.Instant;

/** Creates, changes and finds MAWBs. */
public final class MawbService implements MawbUseCases {

    private static final String ENTITY = "MAWB";

    private final MawbRepository mawbs;
    private final CarrierRepository carriers;
    private final ServiceSupport support;

    public MawbService(MawbRepository mawbs, CarrierRepository carriers, ServiceSupport support) {
        this.mawbs = mawbs;
        this.carriers = carriers;
        this.support = support;
    }

    @Override
    public Mawb create(CreateMawbCommand command) {
        support.require(Feature.MAWB_WRITE);
        return support.inTransaction(() -> {
            Carrier carrier = activeCarrierFor(command.awbNumber());
            Instant now = support.now();
            Mawb mawb = Mawb.create(new MawbId(support.newId()), command.awbNumber(), carrier.designator(),
                    command.details(), now);
            Mawb stored = mawbs.insert(mawb);
            support.publish(new MawbCreated(stored, now, support.actor().userId()));
            return stored;
        });
    }

    @Override
    public Mawb update(UpdateMawbCommand command) {
        support.require(Feature.MAWB_WRITE);
        return support.inTransaction(() -> {
            Mawb current = load(command.id());
            Versions.requireCurrent(ENTITY, command.id(), command.expectedVersion(), current.version());
            Instant now = support.now();
            Mawb stored = mawbs.update(current.withDetails(command.details(), now));
            support.publish(new MawbUpdated(current, stored, now, support.actor().userId()));
            return stored;
        });
    }

    @Override
    public Mawb get(MawbId id) {
        support.require(Feature.MAWB_READ);
        return load(id);
    }

    private Mawb load(MawbId id) {
        return mawbs.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public Mawb getByNumber(AwbNumber number) {
        support.require(Feature.MAWB_READ);
        return mawbs.findByNumber(number).orElseThrow(() -> new NotFoundException(ENTITY, number));
    }

    @Override
    public Page<Mawb> list(ListMawbsCommand command) {
        support.require(Feature.MAWB_READ);
        MawbSort sort = command.sort();
        String field = sort.field().name();
        var after = CursorCodec.decode(command.page().cursor(), field, sort.direction(), sort.field().valueType());
        int limit = command.page().limit();
        return Pages.of(mawbs.list(command.criteria(), sort, after, limit + 1), limit,
                last -> CursorCodec.encode(field, sort.direction(), sort.field().valueOf(last), last.id().value()));
    }

    private Carrier activeCarrierFor(AwbNumber number) {
        return carriers.findByAwbPrefix(number.prefix())
                .filter(Carrier::active)
                .orElseThrow(() -> new ValidationException(AwbNumber.FIELD,
                        "no active carrier has the AWB prefix " + number.prefix()));
    }
}
