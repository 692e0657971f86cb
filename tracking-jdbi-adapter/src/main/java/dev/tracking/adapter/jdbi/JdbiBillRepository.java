package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.bill.OpenBillTotal;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.port.out.BillRepository;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;

/** Bills in {@code bills}, money as {@code amount numeric(18,3)} and {@code currency}. */
final class JdbiBillRepository implements BillRepository {

    private static final String ENTITY = "bill";

    private static final String INSERT = """
            INSERT INTO bills (id, mawb_id, bill_type, amount, currency, due_date, status, payment_reference,
                               paid_at, created_at, version)
            VALUES (:id, :mawb_id, :bill_type, :amount, :currency, :due_date, :status, :payment_reference,
                    :paid_at, :created_at, 1)
            """;

    private static final String UPDATE = """
            UPDATE bills
            SET mawb_id = :mawb_id, bill_type = :bill_type, amount = :amount, currency = :currency,
                due_date = :due_date, status = :status, payment_reference = :payment_reference, paid_at = :paid_at,
                created_at = :created_at, version = version + 1
            WHERE id = :id AND version = :version
            """;

    private static final String COUNT_BY_ID = """
            SELECT COUNT(*) FROM bills WHERE id = :key
            """;

    private static final String SELECT = """
            SELECT id, mawb_id, bill_type, amount, currency, due_date, status, payment_reference, paid_at,
                   created_at, version
            FROM bills
            """;

    private static final String BY_ID = SELECT + "WHERE id = :id";
    private static final String BY_MAWB = SELECT + "WHERE mawb_id = :mawb_id ORDER BY created_at, id";

    private static final String OPEN_OF_TYPE = SELECT
            + "WHERE status = 'OPEN' AND bill_type = :bill_type ORDER BY created_at, id";

    private static final String TOTALS_OF_OPEN = """
            SELECT currency, COUNT(*) AS bills, SUM(amount) AS total
            FROM bills
            WHERE status = 'OPEN' AND bill_type = :bill_type
            GROUP BY currency
            ORDER BY currency
            """;

    private static final BillRowMapper MAPPER = new BillRowMapper();

    private final Sql sql;

    JdbiBillRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Bill insert(Bill bill) {
        Objects.requireNonNull(bill, "bill");
        return sql.write(WrittenKeys.of(ENTITY, "id", bill.id()), handle -> {
            bind(handle.createUpdate(INSERT), bill).execute();
            return bill.withVersion(1);
        });
    }

    @Override
    public Bill update(Bill bill) {
        Objects.requireNonNull(bill, "bill");
        return sql.write(WrittenKeys.of(ENTITY, "id", bill.id()), handle -> {
            int updated = bind(handle.createUpdate(UPDATE), bill).bind("version", bill.version()).execute();
            if (updated == 0) {
                throw Versions.noRowUpdated(handle, COUNT_BY_ID, bill.id().value(), ENTITY, bill.version());
            }
            return bill.withVersion(bill.version() + 1);
        });
    }

    @Override
    public Optional<Bill> findById(BillId id) {
        Objects.requireNonNull(id, "id");
        return sql.read(handle -> handle.createQuery(BY_ID).bind("id", id.value()).map(MAPPER).findOne());
    }

    @Override
    public List<Bill> findByMawb(MawbId mawbId) {
        Objects.requireNonNull(mawbId, "mawbId");
        return sql.read(handle -> handle.createQuery(BY_MAWB).bind("mawb_id", mawbId.value()).map(MAPPER).list());
    }

    @Override
    public List<Bill> findOpen(BillType type) {
        Objects.requireNonNull(type, "type");
        return sql.read(handle -> handle.createQuery(OPEN_OF_TYPE).bind("bill_type", type.name()).map(MAPPER).list());
    }

    /** Summed exactly by the database; each total in its currency's scale. */
    @Override
    public List<OpenBillTotal> totalsOfOpen(BillType type) {
        Objects.requireNonNull(type, "type");
        return sql.read(handle -> handle.createQuery(TOTALS_OF_OPEN).bind("bill_type", type.name())
                .map((rs, ctx) -> {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    return new OpenBillTotal(currency, rs.getLong("bills"), inScaleOf(currency,
                            rs.getBigDecimal("total")));
                })
                .list());
    }

    /** The total in its currency's scale (as Money keeps amounts), unless that would round it. */
    private static BigDecimal inScaleOf(Currency currency, BigDecimal total) {
        int digits = Math.max(currency.getDefaultFractionDigits(), 0);
        return total.stripTrailingZeros().scale() > digits ? total : total.setScale(digits, RoundingMode.UNNECESSARY);
    }

    private static <S extends SqlStatement<S>> S bind(S statement, Bill bill) {
        return statement
                .bind("id", bill.id().value())
                .bind("mawb_id", bill.mawbId().value())
                .bind("bill_type", bill.type().name())
                .bind("amount", bill.amount().amount())
                .bind("currency", bill.amount().currency().getCurrencyCode())
                .bind("due_date", bill.dueDate())
                .bind("status", bill.status().name())
                .bind("payment_reference", bill.paymentReference())
                .bind("paid_at", bill.paidAt())
                .bind("created_at", bill.createdAt());
    }
}
