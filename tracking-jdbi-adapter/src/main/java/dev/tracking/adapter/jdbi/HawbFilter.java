package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSortField;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.Instant;

/** {@link HawbCriteria} and {@link HawbSortField} as SQL over {@code hawbs h}. */
final class HawbFilter {

    private static final String TEXT_MATCHES = """
            (LOWER(h.hawb_number) LIKE LOWER(:text) ESCAPE '!'
                OR LOWER(h.consignee_name) LIKE LOWER(:text) ESCAPE '!')""";

    static Conditions of(HawbCriteria criteria) {
        Conditions where = new Conditions();
        if (criteria.mawbId() != null) {
            where.add("h.mawb_id = :mawb_id").bind("mawb_id", criteria.mawbId().value());
        }
        if (!criteria.statuses().isEmpty()) {
            where.add("h.status IN (<statuses>)")
                    .bindList("statuses", criteria.statuses().stream().map(ShipmentStatus::name).sorted().toList());
        }
        if (criteria.text() != null) {
            where.add(TEXT_MATCHES).bind("text", LikePattern.containing(criteria.text()));
        }
        return where;
    }

    static SortColumn sortColumn(HawbSortField field) {
        return switch (field) {
            case CREATED_AT -> new SortColumn("h.created_at", "h.id", false, Instant.class);
            case UPDATED_AT -> new SortColumn("h.updated_at", "h.id", false, Instant.class);
            case HAWB_NUMBER -> new SortColumn("h.hawb_number", "h.id", false, String.class);
        };
    }

    private HawbFilter() {
    }
}
