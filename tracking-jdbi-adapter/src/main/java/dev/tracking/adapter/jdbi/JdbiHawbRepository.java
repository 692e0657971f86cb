package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.HawbId;
import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.identifier.HawbNumber;
import dev.tracking.core.port.out.HawbRepository;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** HAWBs in {@code hawbs}; a number is unique within its MAWB. */
final class JdbiHawbRepository implements HawbRepository {

    private static final String ENTITY = "HAWB";

    private static final String INSERT = """
            INSERT INTO hawbs (id, mawb_id, hawb_number,
                shipper_name, shipper_address, shipper_city, shipper_country, shipper_contact,
                consignee_name, consignee_address, consignee_city, consignee_country, consignee_contact,
                notify_name, notify_address, notify_city, notify_country, notify_contact,
                pieces, weight_amount, weight_unit, description, status, status_as_of, created_at, updated_at,
                version)
            VALUES (:id, :mawb_id, :hawb_number,
                :shipper_name, :shipper_address, :shipper_city, :shipper_country, :shipper_contact,
                :consignee_name, :consignee_address, :consignee_city, :consignee_country, :consignee_contact,
                :notify_name, :notify_address, :notify_city, :notify_country, :notify_contact,
                :pieces, :weight_amount, :weight_unit, :description, :status, :status_as_of, :created_at,
                :updated_at, 1)
            """;

    private static final String UPDATE = """
            UPDATE hawbs
            SET mawb_id = :mawb_id, hawb_number = :hawb_number,
                shipper_name = :shipper_name, shipper_address = :shipper_address, shipper_city = :shipper_city,
                shipper_country = :shipper_country, shipper_contact = :shipper_contact,
                consignee_name = :consignee_name, consignee_address = :consignee_address,
                consignee_city = :consignee_city, consignee_country = :consignee_country,
                consignee_contact = :consignee_contact,
                notify_name = :notify_name, notify_address = :notify_address, notify_city = :notify_city,
                notify_country = :notify_country, notify_contact = :notify_contact,
                pieces = :pieces, weight_amount = :weight_amount, weight_unit = :weight_unit,
                description = :description, status = :status, status_as_of = :status_as_of,
                created_at = :created_at, updated_at = :updated_at, version = version + 1
            WHERE id = :id AND version = :version
            """;

    private static final String COUNT_BY_ID = """
            SELECT COUNT(*) FROM hawbs WHERE id = :key
            """;

    private static final String BY_ID = "SELECT " + HawbColumns.SELECT_LIST + """
            FROM hawbs h
            WHERE h.id = :id
            """;

    private static final String BY_NUMBER = "SELECT " + HawbColumns.SELECT_LIST + """
            FROM hawbs h
            WHERE h.mawb_id = :mawb_id AND h.hawb_number = :hawb_number
            """;

    private static final String BY_MAWB = "SELECT " + HawbColumns.SELECT_LIST + """
            FROM hawbs h
            WHERE h.mawb_id = :mawb_id
            ORDER BY h.hawb_number
            """;

    /** Formatted with the WHERE clause and the ORDER BY list, both built from whitelisted fragments. */
    private static final String PAGE = "SELECT " + HawbColumns.SELECT_LIST + """
            FROM hawbs h
            %s
            ORDER BY %s
            FETCH FIRST :limit ROWS ONLY
            """;

    private static final HawbRowMapper MAPPER = new HawbRowMapper();

    private final Sql sql;

    JdbiHawbRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Hawb insert(Hawb hawb) {
        Objects.requireNonNull(hawb, "hawb");
        return sql.write(keysOf(hawb), handle -> {
            HawbColumns.bind(handle.createUpdate(INSERT), hawb).execute();
            return hawb.withVersion(1);
        });
    }

    @Override
    public Hawb update(Hawb hawb) {
        Objects.requireNonNull(hawb, "hawb");
        return sql.write(keysOf(hawb), handle -> {
            int updated = HawbColumns.bind(handle.createUpdate(UPDATE), hawb).bind("version", hawb.version())
                    .execute();
            if (updated == 0) {
                throw Versions.noRowUpdated(handle, COUNT_BY_ID, hawb.id().value(), ENTITY, hawb.version());
            }
            return hawb.withVersion(hawb.version() + 1);
        });
    }

    @Override
    public Optional<Hawb> findById(HawbId id) {
        Objects.requireNonNull(id, "id");
        return sql.read(handle -> handle.createQuery(BY_ID).bind("id", id.value()).map(MAPPER).findOne());
    }

    @Override
    public Optional<Hawb> findByNumber(MawbId mawbId, HawbNumber number) {
        Objects.requireNonNull(mawbId, "mawbId");
        Objects.requireNonNull(number, "number");
        return sql.read(handle -> handle.createQuery(BY_NUMBER).bind("mawb_id", mawbId.value())
                .bind("hawb_number", number.value()).map(MAPPER).findOne());
    }

    @Override
    public List<Hawb> findByMawb(MawbId mawbId) {
        Objects.requireNonNull(mawbId, "mawbId");
        return sql.read(handle -> handle.createQuery(BY_MAWB).bind("mawb_id", mawbId.value()).map(MAPPER).list());
    }

    @Override
    public List<Hawb> list(HawbCriteria criteria, HawbSort sort, Keyset after, int limit) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sort, "sort");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        SortColumn column = HawbFilter.sortColumn(sort.field());
        Conditions where = HawbFilter.of(criteria);
        column.after(after, sort.direction(), where);
        String page = PAGE.formatted(where.where(), column.orderBy(sort.direction()));
        return sql.read(handle -> where.bindTo(handle.createQuery(page)).bind("limit", limit).map(MAPPER).list());
    }

    private static WrittenKeys keysOf(Hawb hawb) {
        return WrittenKeys.of(ENTITY, "id", hawb.id(), "hawbNumber", hawb.number());
    }
}
