package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.identifier.AirportCode;
import dev.tracking.core.domain.identifier.AwbNumber;
import dev.tracking.core.domain.mawb.ArrivalSlot;
import dev.tracking.core.domain.mawb.LastFreeDayCount;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbStatusChange;
import dev.tracking.core.domain.status.ShipmentStatus;
import dev.tracking.core.port.out.MawbRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;

/** MAWBs in {@code mawbs}, their lists in child tables ({@link MawbChildren}). */
final class JdbiMawbRepository implements MawbRepository {

    private static final String ENTITY = "MAWB";

    private static final String INSERT = """
            INSERT INTO mawbs (id, awb_number, carrier, origin, destination,
                shipper_name, shipper_address, shipper_city, shipper_country, shipper_contact,
                consignee_name, consignee_address, consignee_city, consignee_country, consignee_contact,
                notify_name, notify_address, notify_city, notify_country, notify_contact,
                pieces, weight_amount, weight_unit, volume_amount, volume_unit, commodity, etd, eta,
                last_free_day, customs_status, status, status_as_of, created_at, updated_at, version)
            VALUES (:id, :awb_number, :carrier, :origin, :destination,
                :shipper_name, :shipper_address, :shipper_city, :shipper_country, :shipper_contact,
                :consignee_name, :consignee_address, :consignee_city, :consignee_country, :consignee_contact,
                :notify_name, :notify_address, :notify_city, :notify_country, :notify_contact,
                :pieces, :weight_amount, :weight_unit, :volume_amount, :volume_unit, :commodity, :etd, :eta,
                :last_free_day, :customs_status, :status, :status_as_of, :created_at, :updated_at, 1)
            """;

    private static final String UPDATE = """
            UPDATE mawbs
            SET awb_number = :awb_number, carrier = :carrier, origin = :origin, destination = :destination,
                shipper_name = :shipper_name, shipper_address = :shipper_address, shipper_city = :shipper_city,
                shipper_country = :shipper_country, shipper_contact = :shipper_contact,
                consignee_name = :consignee_name, consignee_address = :consignee_address,
                consignee_city = :consignee_city, consignee_country = :consignee_country,
                consignee_contact = :consignee_contact,
                notify_name = :notify_name, notify_address = :notify_address, notify_city = :notify_city,
                notify_country = :notify_country, notify_contact = :notify_contact,
                pieces = :pieces, weight_amount = :weight_amount, weight_unit = :weight_unit,
                volume_amount = :volume_amount, volume_unit = :volume_unit, commodity = :commodity,
                etd = :etd, eta = :eta, last_free_day = :last_free_day, customs_status = :customs_status,
                status = :status, status_as_of = :status_as_of, created_at = :created_at,
                updated_at = :updated_at, version = version + 1
            WHERE id = :id AND version = :version
            """;

    private static final String COUNT_BY_ID = """
            SELECT COUNT(*) FROM mawbs WHERE id = :key
            """;

    private static final String BY_ID = "SELECT " + MawbColumns.SELECT_LIST + """
            FROM mawbs m
            WHERE m.id = :id
            """;

    private static final String BY_IDS = "SELECT " + MawbColumns.SELECT_LIST + """
            FROM mawbs m
            WHERE m.id IN (<ids>)
            """;

    /** At most this many ids go into one IN list. */
    private static final int MAX_IDS_PER_QUERY = 1000;

    private static final String BY_NUMBER = "SELECT " + MawbColumns.SELECT_LIST + """
            FROM mawbs m
            WHERE m.awb_number = :awb_number
            """;

    /** Formatted with the WHERE clause and the ORDER BY list, both built from whitelisted fragments. */
    private static final String PAGE = "SELECT " + MawbColumns.SELECT_LIST + """
            FROM mawbs m
            %s
            ORDER BY %s
            FETCH FIRST :limit ROWS ONLY
            """;

    /** The MAWBs of the HAWBs whose number contains a text, for the list's text search (with the trigram index). */
    private static final String HOUSE_MATCHES = """
            SELECT h.mawb_id
            FROM hawbs h
            WHERE LOWER(h.hawb_number) LIKE LOWER(:text) ESCAPE '!'
            FETCH FIRST :limit ROWS ONLY
            """;

    private static final String COUNT_BY_STATUS = """
            SELECT status, COUNT(*) AS mawbs
            FROM mawbs
            GROUP BY status
            """;

    private static final String ARRIVALS = """
            SELECT id, destination, eta
            FROM mawbs
            WHERE eta >= :from AND eta < :to
            ORDER BY eta, id
            """;

    private static final String UNDELIVERED_BY_LAST_FREE_DAY = """
            SELECT destination, last_free_day, COUNT(*) AS mawbs
            FROM mawbs
            WHERE status <> 'DELIVERED' AND last_free_day <= :up_to
            GROUP BY destination, last_free_day
            ORDER BY destination, last_free_day
            """;

    private static final MawbRowMapper MAPPER = new MawbRowMapper();

    private final Sql sql;
    private final HawbNumberIndex hawbNumberIndex;
    private final MawbChildren children = new MawbChildren();
    private final MawbStatusUpdates statusUpdates;

    JdbiMawbRepository(Sql sql, Dialect dialect, HawbNumberIndex hawbNumberIndex) {
        this.sql = sql;
        this.statusUpdates = dialect.mawbStatusUpdates();
        this.hawbNumberIndex = hawbNumberIndex;
    }

    @Override
    public Mawb insert(Mawb mawb) {
        Objects.requireNonNull(mawb, "mawb");
        return sql.write(keysOf(mawb), handle -> {
            MawbColumns.bind(handle.createUpdate(INSERT), mawb).execute();
            children.insert(handle, mawb);
            return mawb.withVersion(1);
        });
    }

    @Override
    public Mawb update(Mawb mawb) {
        Objects.requireNonNull(mawb, "mawb");
        return sql.write(keysOf(mawb), handle -> {
            int updated = MawbColumns.bind(handle.createUpdate(UPDATE), mawb).bind("version", mawb.version())
                    .execute();
            if (updated == 0) {
                throw Versions.noRowUpdated(handle, COUNT_BY_ID, mawb.id().value(), ENTITY, mawb.version());
            }
            children.replace(handle, mawb);
            return mawb.withVersion(mawb.version() + 1);
        });
    }

    @Override
    public void updateStatuses(List<MawbStatusChange> changes) {
        Objects.requireNonNull(changes, "changes");
        changes.forEach(c -> Objects.requireNonNull(c, "changes must not hold null"));
        if (changes.isEmpty()) {
            return;
        }
        if (changes.stream().map(MawbStatusChange::id).distinct().count() != changes.size()) {
            throw new IllegalArgumentException("changes must name each MAWB once");
        }
        WrittenKeys keys = WrittenKeys.of(ENTITY, "id", changes.stream().map(MawbStatusChange::id).toList());
        sql.write(keys, handle -> {
            Set<MawbId> updated = statusUpdates.update(handle, changes);
            for (MawbStatusChange change : changes) {
                if (!updated.contains(change.id())) {
                    throw Versions.noRowUpdated(handle, COUNT_BY_ID, change.id().value(), ENTITY, change.version());
                }
            }
            return null;
        });
    }

    @Override
    public List<Mawb> findAllById(Collection<MawbId> ids) {
        Objects.requireNonNull(ids, "ids");
        List<UUID> distinct = ids.stream().map(MawbId::value).distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        return sql.read(handle -> {
            List<Mawb> found = new ArrayList<>(distinct.size());
            for (int from = 0; from < distinct.size(); from += MAX_IDS_PER_QUERY) {
                List<UUID> chunk = distinct.subList(from, Math.min(distinct.size(), from + MAX_IDS_PER_QUERY));
                found.addAll(children.attachTo(handle,
                        handle.createQuery(BY_IDS).bindList("ids", chunk).map(MAPPER).list()));
            }
            return found;
        });
    }

    @Override
    public Optional<Mawb> findById(MawbId id) {
        Objects.requireNonNull(id, "id");
        return sql.read(handle -> withLists(handle,
                handle.createQuery(BY_ID).bind("id", id.value()).map(MAPPER).findOne()));
    }

    @Override
    public Optional<Mawb> findByNumber(AwbNumber number) {
        Objects.requireNonNull(number, "number");
        return sql.read(handle -> withLists(handle,
                handle.createQuery(BY_NUMBER).bind("awb_number", number.toString()).map(MAPPER).findOne()));
    }

    @Override
    public List<Mawb> list(MawbCriteria criteria, MawbSort sort, Keyset after, int limit) {
        Objects.requireNonNull(criteria, "criteria");
        Objects.requireNonNull(sort, "sort");
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        SortColumn column = MawbFilter.sortColumn(sort.field());
        return sql.read(handle -> {
            MawbFilter.HouseMatches houses = (pattern, most) -> !hawbNumberIndex.present(handle) ? null
                    : handle.createQuery(HOUSE_MATCHES).bind("text", pattern).bind("limit", most)
                            .map((rs, ctx) -> Columns.uuid(rs, "mawb_id")).list();
            Conditions where = MawbFilter.of(criteria, houses);
            column.after(after, sort.direction(), where);
            String page = PAGE.formatted(where.where(), column.orderBy(sort.direction()));
            return children.attachTo(handle,
                    where.bindTo(handle.createQuery(page)).bind("limit", limit).map(MAPPER).list());
        });
    }

    @Override
    public Map<ShipmentStatus, Long> countByStatus() {
        return sql.read(handle -> {
            Map<ShipmentStatus, Long> counts = new EnumMap<>(ShipmentStatus.class);
            handle.createQuery(COUNT_BY_STATUS)
                    .map((rs, ctx) -> Map.entry(ShipmentStatus.valueOf(rs.getString("status")), rs.getLong("mawbs")))
                    .forEach(row -> counts.put(row.getKey(), row.getValue()));
            return Collections.unmodifiableMap(counts);
        });
    }

    @Override
    public List<ArrivalSlot> findArrivals(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return sql.read(handle -> handle.createQuery(ARRIVALS).bind("from", from).bind("to", to)
                .map((rs, ctx) -> new ArrivalSlot(new MawbId(Columns.uuid(rs, "id")),
                        new AirportCode(rs.getString("destination")), Columns.instant(rs, "eta")))
                .list());
    }

    @Override
    public List<LastFreeDayCount> countUndeliveredByLastFreeDay(LocalDate upTo) {
        Objects.requireNonNull(upTo, "upTo");
        return sql.read(handle -> handle.createQuery(UNDELIVERED_BY_LAST_FREE_DAY).bind("up_to", upTo)
                .map((rs, ctx) -> new LastFreeDayCount(new AirportCode(rs.getString("destination")),
                        Columns.localDate(rs, "last_free_day"), rs.getLong("mawbs")))
                .list());
    }

    /** The MAWB found, with its flights, references and equipment. */
    private Optional<Mawb> withLists(Handle handle, Optional<Mawb> withoutLists) {
        return withoutLists.map(m -> children.attachTo(handle, List.of(m)).get(0));
    }

    private static WrittenKeys keysOf(Mawb mawb) {
        return WrittenKeys.of(ENTITY, "id", mawb.id(), "awbNumber", mawb.number());
    }
}
