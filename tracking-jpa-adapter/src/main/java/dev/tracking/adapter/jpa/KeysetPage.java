package dev.tracking.adapter.jpa;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.SortDirection;
import java.util.Objects;

/**
 * Keyset pagination exactly as {@link Keyset} defines it: rows ordered by a value and then the id, both in the sort's
 * direction (ids as the databases order {@code uuid}: unsigned bytes), rows without a value last in either direction;
 * a page holds the rows strictly after the keyset in that order.
 *
 * <p>For a column that is never null the order and the condition leave nulls out, so that a database can read both
 * from an index on (value, id): {@code order by value desc nulls last} cannot be read backwards from an ascending
 * index, and the condition starts with a plain bound on the value.
 *
 * @param value     the JPQL path of the sort value, such as {@code m.eta}, from a whitelisted enum
 * @param id        the JPQL path of the id
 * @param valueType what a keyset's value must be for this sort
 * @param direction the sort's direction
 * @param nullable  whether the value may be null
 */
record KeysetPage(String value, String id, Class<?> valueType, SortDirection direction, boolean nullable) {

    KeysetPage {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(valueType, "valueType");
        Objects.requireNonNull(direction, "direction");
    }

    /** Adds the condition "after {@code keyset}" unless it is null (the first page). */
    void after(Keyset keyset, JpqlConditions conditions) {
        if (keyset == null) {
            return;
        }
        String beyond = direction == SortDirection.ASC ? " > " : " < ";
        String lastId = conditions.param(keyset.id());
        if (keyset.value() == null) {
            conditions.and("(" + value + " is null and " + id + beyond + lastId + ")");
            return;
        }
        if (!valueType.isInstance(keyset.value())) {
            throw new IllegalArgumentException("a keyset for this sort holds a " + valueType.getSimpleName()
                    + ", not " + keyset.value().getClass().getName());
        }
        String lastValue = conditions.param(keyset.value());
        if (!nullable) {
            String upTo = direction == SortDirection.ASC ? " >= " : " <= ";
            conditions.and(value + upTo + lastValue);
            conditions.and("(" + value + beyond + lastValue + " or " + id + beyond + lastId + ")");
            return;
        }
        conditions.and("(" + value + beyond + lastValue
                + " or (" + value + " = " + lastValue + " and " + id + beyond + lastId + ")"
                + " or " + value + " is null)");
    }

    /** {@code " order by <value> <dir> [nulls last], <id> <dir>"}. */
    String orderByClause() {
        String dir = direction == SortDirection.ASC ? "asc" : "desc";
        return " order by " + value + " " + dir + (nullable ? " nulls last" : "") + ", " + id + " " + dir;
    }
}
