package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.domain.mawb.MawbTextScope;
import dev.tracking.core.domain.status.ShipmentStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** {@link MawbCriteria} and {@link MawbSortField} as SQL over {@code mawbs m}. */
final class MawbFilter {

    /** The MAWBs with a HAWB whose number contains the text (for the text search), or more than a list allows. */
    @FunctionalInterface
    interface HouseMatches {

        /**
         * The MAWB ids (repeats allowed) of at most {@code limit} matching HAWBs, or more when there are more; or
         * null to ask for a matching HAWB per row, where no index finds HAWBs by a part of their number.
         */
        List<UUID> mawbIds(String pattern, int limit);
    }

    /**
     * The most HAWB matches the text search lists by MAWB id; with more it asks for a matching HAWB per row instead.
     * (With few, the search can read every condition from an index and combine them.)
     */
    static final int MAX_HOUSE_MATCHES = 1000;

    private static final String HOUSE_EXISTS = """
            EXISTS (SELECT 1 FROM hawbs h
                    WHERE h.mawb_id = m.id AND LOWER(h.hawb_number) LIKE LOWER(:text) ESCAPE '!')""";

    /**
     * The conditions every criterion given adds (instants from inclusive to exclusive, dates inclusive); the text
     * search asks {@code houses} for the HAWBs whose number contains the text.
     */
    static Conditions of(MawbCriteria criteria, HouseMatches houses) {
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
            text(where, MawbTextScope.of(criteria.text()), houses);
        }
        return where;
    }

    /**
     * A case-insensitive substring of the AWB number (with or without the dash), of the consignee's name or of a HAWB
     * number under the MAWB: only the parts the text can match ({@link MawbTextScope}), a prefix where only the AWB
     * number's start can hold the text, and, where an index finds HAWBs by a part of their number, the MAWBs of the
     * matching HAWBs by id when they are few, so that every condition can be read from an index (trigram indexes on
     * PostgreSQL, where pg_trgm is installed).
     */
    private static void text(Conditions where, MawbTextScope scope, HouseMatches houses) {
        String pattern = LikePattern.containing(scope.text());
        List<String> matches = new ArrayList<>();
        if (scope.awbNumberPrefix() != null) {
            matches.add("m.awb_number LIKE :text_prefix ESCAPE '!'");
            where.bind("text_prefix", LikePattern.startingWith(scope.awbNumberPrefix()));
        }
        if (scope.awbNumber()) {
            matches.add("LOWER(m.awb_number) LIKE LOWER(:text) ESCAPE '!'");
        }
        if (scope.awbDigits()) {
            matches.add("REPLACE(m.awb_number, '-', '') LIKE LOWER(:text) ESCAPE '!'");
        }
        matches.add("LOWER(m.consignee_name) LIKE LOWER(:text) ESCAPE '!'");
        if (scope.hawbNumber()) {
            List<UUID> ids = houses.mawbIds(pattern, MAX_HOUSE_MATCHES + 1);
            if (ids == null || ids.size() > MAX_HOUSE_MATCHES) {
                matches.add(HOUSE_EXISTS);
            } else if (!ids.isEmpty()) {
                matches.add("m.id IN (<text_houses>)");
                where.bindList("text_houses", List.copyOf(new LinkedHashSet<>(ids)));
            }
        }
        where.add("(" + String.join("\n    OR ", matches) + ")").bind("text", pattern);
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
