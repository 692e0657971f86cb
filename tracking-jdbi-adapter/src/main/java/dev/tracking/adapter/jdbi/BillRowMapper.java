package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.bill.Bill;
import dev.tracking.core.domain.bill.BillStatus;
import dev.tracking.core.domain.bill.BillType;
import dev.tracking.core.domain.common.BillId;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.measure.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.StatementContext;

/** A {@code bills} row as a {@link Bill}; the amount comes back in its currency's scale. */
final class BillRowMapper implements RowMapper<Bill> {

    @Override
    public Bill map(ResultSet rs, StatementContext ctx) throws SQLException {
        return new Bill(
                new BillId(Columns.uuid(rs, "id")),
                new MawbId(Columns.uuid(rs, "mawb_id")),
                BillType.valueOf(rs.getString("bill_type")),
                new Money(rs.getBigDecimal("amount"), Currency.getInstance(rs.getString("currency"))),
                Columns.localDate(rs, "due_date"),
                BillStatus.valueOf(rs.getString("status")),
                rs.getString("payment_reference"),
                Columns.instant(rs, "paid_at"),
                Columns.instant(rs, "created_at"),
                rs.getLong("version"));
    }
}
