package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.hawb.HawbCriteria;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.hawb.HawbSortField;
import dev.tracking.core.domain.status.ShipmentStatus;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * One page of a HAWB list in JPQL: the {@link HawbCriteria} filters (text matches the HAWB number or the consignee's
 * name), the keyset condition and the order, built from the whitelisted {@link HawbSortField} only.
 */
final class HawbListQuery {

    static List<HawbEntity> page(EntityManager em, HawbCriteria criteria, HawbSort sort, Keyset after, int limit) {
        JpqlConditions where = new JpqlConditions();
        filter(criteria, where);
        KeysetPage keyset = new KeysetPage(pathOf(sort.field()), "h.id", sort.field().valueType(), sort.direction(),
                false);
        keyset.after(after, where);
        String jpql = "select h from HawbEntity h" + where.whereClause() + keyset.orderByClause();
        return where.bind(em.createQuery(jpql, HawbEntity.class)).setMaxResults(limit).getResultList();
    }

    private static void filter(HawbCriteria criteria, JpqlConditions where) {
        if (criteria.mawbId() != null) {
            where.and("h.mawbId = " + where.param(criteria.mawbId().value()));
        }
        if (!criteria.statuses().isEmpty()) {
            where.and("h.status in " + where.param(criteria.statuses().stream().map(ShipmentStatus::name).toList()));
        }
        if (criteria.text() != null) {
            String text = where.param(LikePattern.containing(criteria.text()));
            where.and("(" + LikePattern.matches("h.hawbNumber", text) + " or "
                    + LikePattern.matches("h.consignee.name", text) + ")");
        }
    }

    private static String pathOf(HawbSortField field) {
        return switch (field) {
            case CREATED_AT -> "h.createdAt";
            case UPDATED_AT -> "h.updatedAt";
            case HAWB_NUMBER -> "h.hawbNumber";
        };
    }

    private HawbListQuery() {
    }
}
