package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.Instant;
import java.time.LocalDate;

/** {@link MawbCriteria} and {@link MawbSortField} as SQL over {@code mawbs m}. */
final class MawbFilter {

    private static final String TEXT_MATCHES = """
            (LOWER(m.awb_number) LIKE LOWER(:text) ESCAPE '!'
                OR REPLACE(m.awb_number, '-', '') LIKE LOWER(:text) ESCAPE '!'
                OR LOWER(m.consignee_name) LIKE LOWER(:text) ESCAPE '!'
                OR EXISTS (SELECT 1 FROM hawbs h
                           WHERE h.mawb_id = m.id AND LOWER(h.hawb_number) LIKE LOWER(:text) ESCAPE '!'))""";

    /** The conditions every criterion given adds (instants from inclusive to exclusive, dates inclusive). */
    static Conditions of(MawbCriteria criteria) {
        Conditions where = new Conditions();
        if (!criteria.statuses().isEmpty()) {
            where.add("m.status IN (<statuses>)")
                    .bindList("statuses", criteria.statuses().stream().map(ShipmentStatus::name).sorted().toList());
        }
        if (criteria.carrier() != null) {
            where.add("m.carrier = :carrier").bind("carrier", criteria.carrier());
        }
        if (criteria.origin() != null) {
            where.add("m.origin = :origin").bind("origin", criteria.origin().value());
        }
        if (criteria.destination() != null) {
            where.add("m.destination = :destination").bind("destination", criteria.destination().value());
        }
        from(where, "m.eta", "eta_from", criteria.etaFrom());
        before(where, "m.eta", "eta_to", criteria.etaTo());
        from(where, "m.etd", "etd_from", criteria.etdFrom());
        before(where, "m.etd", "etd_to", criteria.etdTo());
        from(where, "m.last_free_day", "last_free_day_from", criteria.lastFreeDayFrom());
        upTo(where, "m.last_free_day", "last_free_day_to", criteria.lastFreeDayTo());
        if (criteria.text() != null) {
            where.add(TEXT_MATCHES).bind("text", LikePattern.containing(criteria.text()));
        }
        return where;
    }

    static SortColumn sortColumn(MawbSortField field) {
        return switch (field) {
            case CREATED_AT -> new SortColumn("m.created_at", "m.id", false, Instant.class);
            case UPDATED_AT -> new SortColumn("m.updated_at", "m.id", false, Instant.class);
            case AWB_NUMBER -> new SortColumn("m.awb_number", "m.id", false, String.class);
            case ETA -> new SortColumn("m.eta", "m.id", true, Instant.class);
            case ETD -> new SortColumn("m.etd", "m.id", true, Instant.class);
            case LAST_FREE_DAY -> new SortColumn("m.last_free_day", "m.id", true, LocalDate.class);
        };
    }

    private static void from(Conditions where, String column, String parameter, Object value) {
        if (value != null) {
            where.add(column + " >= :" + parameter).bind(parameter, value);
        }
    }

    private static void before(Conditions where, String column, String parameter, Instant value) {
        if (value != null) {
            where.add(column + " < :" + parameter).bind(parameter, value);
        }
    }

    private static void upTo(Conditions where, String column, String parameter, LocalDate value) {
        if (value != null) {
            where.add(column + " <= :" + parameter).bind(parameter, value);
        }
    }

    private MawbFilter() {
    }
}
