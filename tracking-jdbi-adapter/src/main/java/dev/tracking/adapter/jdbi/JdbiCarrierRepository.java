package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.carrier.Carrier;
import dev.tracking.core.domain.carrier.TrackingEndpoint;
import dev.tracking.core.port.out.CarrierRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;

/** Carriers in {@code carriers}, keyed by designator; the AWB prefix is unique too. */
final class JdbiCarrierRepository implements CarrierRepository {

    private static final String ENTITY = "carrier";

    private static final String INSERT = """
            INSERT INTO carriers (designator, awb_prefix, name, endpoint_url, endpoint_username, endpoint_api_key,
                                  active, version)
            VALUES (:designator, :awb_prefix, :name, :endpoint_url, :endpoint_username, :endpoint_api_key,
                    :active, 1)
            """;

    private static final String UPDATE = """
            UPDATE carriers
            SET name = :name, endpoint_url = :endpoint_url, endpoint_username = :endpoint_username,
                endpoint_api_key = :endpoint_api_key, active = :active, version = version + 1
            WHERE designator = :designator AND version = :version
            """;

    private static final String COUNT_BY_DESIGNATOR = """
            SELECT COUNT(*) FROM carriers WHERE designator = :key
            """;

    private static final String SELECT = """
            SELECT designator, awb_prefix, name, endpoint_url, endpoint_username, endpoint_api_key, active, version
            FROM carriers
            """;

    private static final String BY_DESIGNATOR = SELECT + "WHERE designator = :designator";
    private static final String BY_AWB_PREFIX = SELECT + "WHERE awb_prefix = :awb_prefix";
    private static final String ALL_BY_DESIGNATOR = SELECT + "ORDER BY designator";

    private static final CarrierRowMapper MAPPER = new CarrierRowMapper();

    private final Sql sql;

    JdbiCarrierRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Carrier insert(Carrier carrier) {
        Objects.requireNonNull(carrier, "carrier");
        WrittenKeys keys = WrittenKeys.of(ENTITY, "designator", carrier.designator(), "awbPrefix",
                carrier.code().awbPrefix());
        return sql.write(keys, handle -> {
            bindChangeable(handle.createUpdate(INSERT), carrier)
                    .bind("designator", carrier.designator())
                    .bind("awb_prefix", carrier.code().awbPrefix())
                    .execute();
            return carrier.withVersion(1);
        });
    }

    @Override
    public Carrier update(Carrier carrier) {
        Objects.requireNonNull(carrier, "carrier");
        return sql.write(WrittenKeys.of(ENTITY, "designator", carrier.designator()), handle -> {
            int updated = bindChangeable(handle.createUpdate(UPDATE), carrier)
                    .bind("designator", carrier.designator())
                    .bind("version", carrier.version())
                    .execute();
            if (updated == 0) {
                throw Versions.noRowUpdated(handle, COUNT_BY_DESIGNATOR, carrier.designator(), ENTITY,
                        carrier.version());
            }
            return findByDesignator(handle, carrier.designator()).orElseThrow();
        });
    }

    @Override
    public Optional<Carrier> findByDesignator(String designator) {
        return sql.read(handle -> findByDesignator(handle, designator));
    }

    @Override
    public Optional<Carrier> findByAwbPrefix(String awbPrefix) {
        return sql.read(handle -> handle.createQuery(BY_AWB_PREFIX).bind("awb_prefix", awbPrefix).map(MAPPER)
                .findOne());
    }

    @Override
    public List<Carrier> findAll() {
        return sql.read(handle -> handle.createQuery(ALL_BY_DESIGNATOR).map(MAPPER).list());
    }

    private static Optional<Carrier> findByDesignator(Handle handle, String designator) {
        return handle.createQuery(BY_DESIGNATOR).bind("designator", designator).map(MAPPER).findOne();
    }

    /** Binds what an update may change: name, endpoint, active. */
    private static <S extends SqlStatement<S>> S bindChangeable(S statement, Carrier carrier) {
        TrackingEndpoint endpoint = carrier.trackingEndpoint();
        return statement
                .bind("name", carrier.name())
                .bind("endpoint_url", endpoint == null ? null : endpoint.url().toString())
                .bind("endpoint_username", endpoint == null ? null : endpoint.username())
                .bind("endpoint_api_key", endpoint == null ? null : endpoint.apiKey())
                .bind("active", carrier.active());
    }
}
