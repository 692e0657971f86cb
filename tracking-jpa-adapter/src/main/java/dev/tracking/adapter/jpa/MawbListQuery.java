package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.mawb.MawbCriteria;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbSortField;
import dev.tracking.core.domain.status.ShipmentStatus;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * One page of a MAWB list in JPQL: the {@link MawbCriteria} filters, the keyset condition and the order, built from
 * the whitelisted {@link MawbSortField} only. Text matches the AWB number with or without its dash, a HAWB number under
 * the MAWB, or the consignee's name.
 */
final class MawbListQuery {

    static List<MawbEntity> page(EntityManager em, MawbCriteria criteria, MawbSort sort, Keyset after, int limit) {
        JpqlConditions where = new JpqlConditions();
        filter(criteria, where);
        KeysetPage keyset = new KeysetPage(pathOf(sort.field()), "m.id", sort.field().valueType(), sort.direction());
        keyset.after(after, where);
        String jpql = "select m from MawbEntity m" + where.whereClause() + keyset.orderByClause();
        return where.bind(em.createQuery(jpql, MawbEntity.class)).setMaxResults(limit).getResultList();
    }

    private static void filter(MawbCriteria criteria, JpqlConditions where) {
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
            String text = where.param(LikePattern.containing(criteria.text()));
            where.and("(" + String.join(" or ",
                    LikePattern.matches("m.awbNumber", text),
                    LikePattern.matches("replace(m.awbNumber, '-', '')", text),
                    LikePattern.matches("m.consignee.name", text),
                    "exists (select 1 from HawbEntity h where h.mawbId = m.id and "
                            + LikePattern.matches("h.hawbNumber", text) + ")") + ")");
        }
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
