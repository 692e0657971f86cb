package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.domain.identifier.CarrierCode;
import java.net.URI;

/** Maps {@link Carrier} to {@link CarrierEntity} and back. */
final class CarrierMapper {

    /** A new row at the first version. */
    static CarrierEntity toNewEntity(Carrier carrier) {
        CarrierEntity entity = new CarrierEntity();
        entity.designator = carrier.designator();
        entity.awbPrefix = carrier.code().awbPrefix();
        copyChangeable(carrier, entity);
        entity.version = Versions.FIRST;
        return entity;
    }

    /** What an update may change: the name, the tracking endpoint and the active flag, never the code. */
    static void copyChangeable(Carrier carrier, CarrierEntity entity) {
        entity.name = carrier.name();
        TrackingEndpoint endpoint = carrier.trackingEndpoint();
        entity.endpointUrl = endpoint == null ? null : endpoint.url().toString();
        entity.endpointUsername = endpoint == null ? null : endpoint.username();
        entity.endpointApiKey = endpoint == null ? null : endpoint.apiKey();
        entity.active = carrier.active();
    }

    static Carrier toDomain(CarrierEntity entity) {
        TrackingEndpoint endpoint = entity.endpointUrl == null ? null
                : new TrackingEndpoint(URI.create(entity.endpointUrl), entity.endpointUsername, entity.endpointApiKey);
        return new Carrier(CarrierCode.of(entity.designator, entity.awbPrefix), entity.name, endpoint, entity.active,
                entity.version);
    }

    private CarrierMapper() {
    }
}
