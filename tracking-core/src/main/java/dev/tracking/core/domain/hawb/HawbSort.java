package dev.tracking.core.domain.hawb;

import dev.tracking.core.domain.common.SortDirection;
import java.util.Objects;

/** A HAWB list's order; ties are broken by id in the same direction. */
public record HawbSort(HawbSortField field, SortDirection direction) {

    public static final HawbSort NEWEST_FIRST = new HawbSort(HawbSortField.CREATED_AT, SortDirection.DESC);

    public HawbSort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }
}
