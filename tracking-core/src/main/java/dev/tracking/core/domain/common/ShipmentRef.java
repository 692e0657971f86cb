package dev.tracking.core.domain.common;

import java.util.Objects;
import java.util.UUID;

/** Points at a master or a house air waybill: what an event or an attachment belongs to. */
public record ShipmentRef(ShipmentKind kind, UUID id) {

    public ShipmentRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static ShipmentRef of(MawbId id) {
        return new ShipmentRef(ShipmentKind.MAWB, id.value());
    }

    public static ShipmentRef of(HawbId id) {
        return new ShipmentRef(ShipmentKind.HAWB, id.value());
    }

    public MawbId mawbId() {
        if (kind != ShipmentKind.MAWB) {
            throw new IllegalStateException(this + " is not a MAWB");
        }
        return new MawbId(id);
    }

    public HawbId hawbId() {
        if (kind != ShipmentKind.HAWB) {
            throw new IllegalStateException(this + " is not a HAWB");
        }
        return new HawbId(id);
    }

    @Override
    public String toString() {
        return kind + ":" + id;
    }
}
