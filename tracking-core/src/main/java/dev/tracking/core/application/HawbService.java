package dev.tracking.core.application;

import dev.tracking.core.domain.permission.Feature;
import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCreated;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.hawb.HawbUpdated;
import dev.tracking.core.port.in.common.Page;
import dev.tracking.core.port.in.hawb.CreateHawbCommand;
import dev.tracking.core.port.in.hawb.HawbUseCases;
import dev.tracking.core.port.in.hawb.ListHawbsCommand;
import dev.tracking.core.port.in.hawb.UpdateHawbCommand;
import dev.tracking.core.port.out.HawbRepository;
import dev.tracking.core.port.out.MawbRepository;
import java.time.Instant;

/** Creates, changes and finds HAWBs. */
public final class HawbService implements HawbUseCases {

    private static final String ENTITY = "HAWB";

    private final HawbRepository hawbs;
    private final MawbRepository mawbs;
    private final ServiceSupport support;

    public HawbService(HawbRepository hawbs, MawbRepository mawbs, ServiceSupport support) {
        this.hawbs = hawbs;
        this.mawbs = mawbs;
        this.support = support;
    }

    @Override
    public Hawb create(CreateHawbCommand command) {
        support.require(Feature.HAWB_WRITE);
        return support.inTransaction(() -> {
            if (mawbs.findById(command.mawbId()).isEmpty()) {
                throw new NotFoundException("MAWB", command.mawbId());
            }
            Instant now = support.now();
            Hawb hawb = Hawb.create(new HawbId(support.newId()), command.mawbId(), command.hawbNumber(),
                    command.details(), now);
            Hawb stored = hawbs.insert(hawb);
            support.publish(new HawbCreated(stored, now, support.actor().userId()));
            return stored;
        });
    }

    @Override
    public Hawb update(UpdateHawbCommand command) {
        support.require(Feature.HAWB_WRITE);
        return support.inTransaction(() -> {
            Hawb current = load(command.id());
            Versions.requireCurrent(ENTITY, command.id(), command.expectedVersion(), current.version());
            Instant now = support.now();
            Hawb stored = hawbs.update(current.withDetails(command.details(), now));
            support.publish(new HawbUpdated(current, stored, now, support.actor().userId()));
            return stored;
        });
    }

    @Override
    public Hawb get(HawbId id) {
        support.require(Feature.HAWB_READ);
        return load(id);
    }

    private Hawb load(HawbId id) {
        return hawbs.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    @Override
    public Page<Hawb> list(ListHawbsCommand command) {
        support.require(Feature.HAWB_READ);
        HawbSort sort = command.sort();
        String field = sort.field().name();
        var after = CursorCodec.decode(command.page().cursor(), field, sort.direction(), sort.field().valueType());
        int limit = command.page().limit();
        return Pages.of(hawbs.list(command.criteria(), sort, after, limit + 1), limit,
                last -> CursorCodec.encode(field, sort.direction(), sort.field().valueOf(last), last.id().value()));
    }
}
