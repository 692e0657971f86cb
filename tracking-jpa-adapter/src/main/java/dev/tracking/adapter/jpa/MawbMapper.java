package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbDetails;
import dev.tracking.core.domain.mawb.MawbStatusChange;
import dev.tracking.core.domain.measure.Volume;
import dev.tracking.core.domain.measure.VolumeUnit;
import dev.tracking.core.domain.measure.Weight;
import dev.tracking.core.domain.measure.WeightUnit;
import dev.tracking.core.domain.status.CustomsStatus;
import dev.tracking.core.domain.status.ShipmentStatus;

/**
 * Maps {@link Mawb} to its {@code mawbs} row and back; its lists go through {@link MawbChildMapper}. The row's
 * {@code eta}/{@code etd} are written from {@link MawbDetails#eta()}/{@link MawbDetails#etd()} on every write.
 */
final class MawbMapper {

    static MawbEntity toNewEntity(Mawb mawb) {
        MawbEntity entity = new MawbEntity();
        entity.id = mawb.id().value();
        copyChangeable(mawb, entity);
        entity.version = Versions.FIRST;
        return entity;
    }

    /** Everything but the id and the version. */
    static void copyChangeable(Mawb mawb, MawbEntity entity) {
        MawbDetails details = mawb.details();
        entity.awbNumber = mawb.number().toString();
        entity.carrier = mawb.carrier();
        entity.origin = details.origin().value();
        entity.destination = details.destination().value();
        entity.shipper = PartyMapper.toColumns(details.shipper());
        entity.consignee = PartyMapper.toColumns(details.consignee());
        entity.notifyParty = PartyMapper.toColumns(details.notifyParty());
        entity.pieces = details.pieces();
        entity.weightAmount = details.weight().amount();
        entity.weightUnit = details.weight().unit().name();
        entity.volumeAmount = details.volume() == null ? null : details.volume().amount();
        entity.volumeUnit = details.volume() == null ? null : details.volume().unit().name();
        entity.commodity = details.commodity();
        entity.etd = details.etd();
        entity.eta = details.eta();
        entity.lastFreeDay = details.lastFreeDay();
        entity.customsStatus = details.customs().name();
        entity.status = mawb.status().name();
        entity.statusAsOf = mawb.statusAsOf();
        entity.createdAt = mawb.createdAt();
        entity.updatedAt = mawb.updatedAt();
    }

    /** The status columns a status change writes. */
    static void copyStatus(MawbStatusChange change, MawbEntity entity) {
        entity.status = change.state().status().name();
        entity.statusAsOf = change.state().asOf();
        entity.customsStatus = change.state().customs().name();
        entity.updatedAt = change.updatedAt();
    }

    static Mawb toDomain(MawbEntity entity, MawbChildren children) {
        MawbDetails details = new MawbDetails(
                AirportCode.of(entity.origin),
                AirportCode.of(entity.destination),
                PartyMapper.toParty(entity.shipper),
                PartyMapper.toParty(entity.consignee),
                PartyMapper.toParty(entity.notifyParty),
                entity.pieces,
                new Weight(entity.weightAmount, WeightUnit.valueOf(entity.weightUnit)),
                entity.volumeAmount == null ? null
                        : new Volume(entity.volumeAmount, VolumeUnit.valueOf(entity.volumeUnit)),
                entity.commodity,
                MawbChildMapper.toFlights(children.flightsOf(entity.id)),
                entity.lastFreeDay,
                CustomsStatus.valueOf(entity.customsStatus),
                MawbChildMapper.toEquipment(children.equipmentOf(entity.id)),
                MawbChildMapper.toReferences(children.referencesOf(entity.id)));
        return new Mawb(MawbId.of(entity.id), AwbNumber.parse(entity.awbNumber), entity.carrier, details,
                ShipmentStatus.valueOf(entity.status), entity.statusAsOf, entity.createdAt, entity.updatedAt,
                entity.version);
    }

    private MawbMapper() {
    }
}
