package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.domain.mawb.MawbTextScope;
import dev.tracking.core.domain.status.ShipmentStatus;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

/**
 * One page of a MAWB list in JPQL: the {@link MawbCriteria} filters, the keyset condition and the order, built from
 * the whitelisted {@link MawbSortField} only. Text matches the AWB number with or without its dash, a HAWB number under
 * the MAWB, or the consignee's name.
 */
final class MawbListQuery {

    /**
     * The most HAWB matches the text search lists by MAWB id; with more it asks for a matching HAWB per row instead.
     * (With few, the search can read every condition from an index and combine them.)
     */
    static final int MAX_HOUSE_MATCHES = 1000;

    /**
     * One page; {@code hawbNumbersIndexed} tells (asked only by a text search that may match HAWB numbers) whether
     * an index finds HAWBs by a part of their number, so that the search may look the matching HAWBs up first.
     */
    static List<MawbEntity> page(EntityManager em, MawbCriteria criteria, MawbSort sort, Keyset after, int limit,
            BooleanSupplier hawbNumbersIndexed) {
        JpqlConditions where = new JpqlConditions();
        filter(em, criteria, hawbNumbersIndexed, where);
        KeysetPage keyset = new KeysetPage(pathOf(sort.field()), "m.id", sort.field().valueType(), sort.direction(),
                isNullable(sort.field()));
        keyset.after(after, where);
        String jpql = "select m from MawbEntity m" + where.whereClause() + keyset.orderByClause();
        return where.bind(em.createQuery(jpql, MawbEntity.class)).setMaxResults(limit).getResultList();
    }

    private static void filter(EntityManager em, MawbCriteria criteria, BooleanSupplier hawbNumbersIndexed,
            JpqlConditions where) {
        if (!criteria.statuses().isEmpty()) {
            where.and("m.status in " + where.param(criteria.statuses().stream().map(ShipmentStatus::name).toList()));
        }
        if (criteria.carrier() != null) {
            where.and("m.carrier = " + where.param(criteria.carrier()));
        }
        if (criteria.origin() != null) {
            where.and("m.origin = " + where.param(criteria.origin().value()));
        }
        if (criteria.destination() != null) {
            where.and("m.destination = " + where.param(criteria.destination().value()));
        }
        if (criteria.etaFrom() != null) {
            where.and("m.eta >= " + where.param(criteria.etaFrom()));
        }
        if (criteria.etaTo() != null) {
            where.and("m.eta < " + where.param(criteria.etaTo()));
        }
        if (criteria.etdFrom() != null) {
            where.and("m.etd >= " + where.param(criteria.etdFrom()));
        }
        if (criteria.etdTo() != null) {
            where.and("m.etd < " + where.param(criteria.etdTo()));
        }
        if (criteria.lastFreeDayFrom() != null) {
            where.and("m.lastFreeDay >= " + where.param(criteria.lastFreeDayFrom()));
        }
        if (criteria.lastFreeDayTo() != null) {
            where.and("m.lastFreeDay <= " + where.param(criteria.lastFreeDayTo()));
        }
        if (criteria.text() != null) {
            text(em, MawbTextScope.of(criteria.text()), hawbNumbersIndexed, where);
        }
    }

    /**
     * A case-insensitive substring of the AWB number (with or without the dash), of the consignee's name or of a HAWB
     * number under the MAWB: only the parts the text can match ({@link MawbTextScope}), a prefix where only the AWB
     * number's start can hold the text, and, where an index finds HAWBs by a part of their number, the MAWBs of the
     * matching HAWBs by id when they are few, so that every condition can be read from an index (trigram indexes on
     * PostgreSQL, where pg_trgm is installed).
     */
    private static void text(EntityManager em, MawbTextScope scope, BooleanSupplier hawbNumbersIndexed,
            JpqlConditions where) {
        String pattern = LikePattern.containing(scope.text());
        String text = where.param(pattern);
        List<String> matches = new ArrayList<>();
        if (scope.awbNumberPrefix() != null) {
            matches.add(LikePattern.startsWith("m.awbNumber",
                    where.param(LikePattern.startingWith(scope.awbNumberPrefix()))));
        }
        if (scope.awbNumber()) {
            matches.add(LikePattern.matches("m.awbNumber", text));
        }
        if (scope.awbDigits()) {
            // digits only: no lower() around the column, so that the expression is the trigram index's
            matches.add("replace(m.awbNumber, '-', '') like lower(" + text + ") escape '\\'");
        }
        matches.add(LikePattern.matches("m.consignee.name", text));
        if (scope.hawbNumber() && !hawbNumbersIndexed.getAsBoolean()) {
            matches.add("exists (select 1 from HawbEntity h where h.mawbId = m.id and "
                    + LikePattern.matches("h.hawbNumber", text) + ")");
        } else if (scope.hawbNumber()) {
            List<UUID> ids = em.createQuery("select h.mawbId from HawbEntity h where "
                            + LikePattern.matches("h.hawbNumber", ":text"), UUID.class)
                    .setParameter("text", pattern)
                    .setMaxResults(MAX_HOUSE_MATCHES + 1)
                    .getResultList();
            if (ids.size() > MAX_HOUSE_MATCHES) {
                matches.add("exists (select 1 from HawbEntity h where h.mawbId = m.id and "
                        + LikePattern.matches("h.hawbNumber", text) + ")");
            } else if (!ids.isEmpty()) {
                matches.add("m.id in " + where.param(List.copyOf(new LinkedHashSet<>(ids))));
            }
        }
        where.and("(" + String.join(" or ", matches) + ")");
    }

    /** Whether the sort column may be null (such rows come last in either direction). */
    private static boolean isNullable(MawbSortField field) {
        return switch (field) {
            case CREATED_AT, UPDATED_AT, AWB_NUMBER -> false;
            case ETA, ETD, LAST_FREE_DAY -> true;
        };
    }

    private static String pathOf(MawbSortField field) {
        return switch (field) {
            case CREATED_AT -> "m.createdAt";
            case UPDATED_AT -> "m.updatedAt";
            case AWB_NUMBER -> "m.awbNumber";
            case ETA -> "m.eta";
            case ETD -> "m.etd";
            case LAST_FREE_DAY -> "m.lastFreeDay";
        };
    }

    private MawbListQuery() {
    }
}
