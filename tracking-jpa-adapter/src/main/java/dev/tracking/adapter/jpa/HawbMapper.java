package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbDetails;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.measure.WeightUnit;
import dev.tracking.core.domain.status.ShipmentStatus;

/** Maps {@link Hawb} to {@link HawbEntity} and back. */
final class HawbMapper {

    static HawbEntity toNewEntity(Hawb hawb) {
        HawbEntity entity = new HawbEntity();
        entity.id = hawb.id().value();
        copyChangeable(hawb, entity);
        entity.version = Versions.FIRST;
        return entity;
    }

    /** Everything but the id and the version. */
    static void copyChangeable(Hawb hawb, HawbEntity entity) {
        HawbDetails details = hawb.details();
        entity.mawbId = hawb.mawbId().value();
        entity.hawbNumber = hawb.number().value();
        entity.shipper = PartyMapper.toColumns(details.shipper());
        entity.consignee = PartyMapper.toColumns(details.consignee());
        entity.notifyParty = PartyMapper.toColumns(details.notifyParty());
        entity.pieces = details.pieces();
        entity.weightAmount = details.weight().amount();
        entity.weightUnit = details.weight().unit().name();
        entity.description = details.description();
        entity.status = hawb.status().name();
        entity.statusAsOf = hawb.statusAsOf();
        entity.createdAt = hawb.createdAt();
        entity.updatedAt = hawb.updatedAt();
    }

    static Hawb toDomain(HawbEntity entity) {
        HawbDetails details = new HawbDetails(PartyMapper.toParty(entity.shipper),
                PartyMapper.toParty(entity.consignee), PartyMapper.toParty(entity.notifyParty), entity.pieces,
                new Weight(entity.weightAmount, WeightUnit.valueOf(entity.weightUnit)), entity.description);
        return new Hawb(HawbId.of(entity.id), MawbId.of(entity.mawbId), new HawbNumber(entity.hawbNumber), details,
                ShipmentStatus.valueOf(entity.status), entity.statusAsOf, entity.createdAt, entity.updatedAt,
                entity.version);
    }

    private HawbMapper() {
    }
}
