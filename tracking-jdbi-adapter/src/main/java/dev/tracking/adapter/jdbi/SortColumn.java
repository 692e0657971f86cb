package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.SortDirection;

/**
 * A column a list is sorted by, and the SQL that orders and pages by it exactly as {@link Keyset} defines: by value,
 * then by id, both in the sort's direction; rows without a value last in either direction, among themselves by id.
 * PostgreSQL and H2 both order {@code uuid} columns as unsigned bytes, as {@code Keyset} does.
 *
 * @param column    the qualified column, such as {@code m.eta}; never user input
 * @param idColumn  the qualified id column that breaks ties
 * @param nullable  whether the column may be null
 * @param valueType the type of the keyset values of this column
 */
record SortColumn(String column, String idColumn, boolean nullable, Class<?> valueType) {

    /** The ORDER BY list for this column in {@code direction}. */
    String orderBy(SortDirection direction) {
        String dir = direction == SortDirection.ASC ? "ASC" : "DESC";
        return column + " " + dir + (nullable ? " NULLS LAST" : "") + ", " + idColumn + " " + dir;
    }

    /** Adds the condition that keeps the rows after {@code after} (nothing for the first page). */
    void after(Keyset after, SortDirection direction, Conditions conditions) {
        if (after == null) {
            return;
        }
        String beyond = direction == SortDirection.ASC ? ">" : "<";
        conditions.bind("after_id", after.id());
        if (after.value() == null) {
            conditions.add("(" + column + " IS NULL AND " + idColumn + " " + beyond + " :after_id)");
            return;
        }
        if (!valueType.isInstance(after.value())) {
            throw new IllegalArgumentException("a keyset for " + column + " needs a " + valueType.getSimpleName()
                    + " value, not " + after.value().getClass().getSimpleName());
        }
        conditions.bind("after_value", after.value());
        if (nullable) {
            conditions.add("(" + column + " " + beyond + " :after_value OR (" + column + " = :after_value AND "
                    + idColumn + " " + beyond + " :after_id) OR " + column + " IS NULL)");
        } else {
            conditions.add("(" + column + ", " + idColumn + ") " + beyond + " (:after_value, :after_id)");
        }
    }
}
