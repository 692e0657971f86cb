package dev.tracking.core.domain.mawb;

import dev.tracking.core.domain.common.SortDirection;
import java.util.Objects;

/** A MAWB list's order: one whitelisted field and a direction; ties are broken by id in the same direction. */
public record MawbSort(MawbSortField field, SortDirection direction) {

    public static final MawbSort NEWEST_FIRST = new MawbSort(MawbSortField.CREATED_AT, SortDirection.DESC);

    public MawbSort {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(direction, "direction");
    }
}
