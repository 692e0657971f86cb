package dev.tracking.testsupport;

import dev.tracking.core.domain.common.Keyset;
import dev.tracking.core.domain.common.SortDirection;
import dev.tracking.core.domain.common.Uuids;
import dev.tracking.core.domain.hawb.Hawb;
import dev.tracking.core.domain.hawb.HawbSort;
import dev.tracking.core.domain.hawb.HawbSortField;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.mawb.MawbSort;
import dev.tracking.core.domain.mawb.MawbSortField;
import java.util.Comparator;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * The order {@link Keyset} defines, written out in Java: by value, then by id, both in the sort's direction, ids as
 * unsigned bytes ({@link Uuids#compare}); rows without a value last in either direction, among themselves by id in
 * the sort's direction.
 *
 * <p>The in-memory repositories sort and page with it, and the contract suites use it to work out the order they
 * expect. Authors of stores that cannot push the order down to a database (a cache, a document store) can use it
 * too: sort with {@link #comparator}, and keep the rows for which {@link #isAfter} holds.
 */
public final class KeysetOrder {

    /**
     * Compares the positions {@code (valueA, idA)} and {@code (valueB, idB)}: negative when A comes first.
     *
     * @param valueA an {@link java.time.Instant}, {@link java.time.LocalDate}, {@link String} or other
     *               {@link Comparable}, or null
     * @throws IllegalArgumentException when both values are given but are of different types
     */
    public static int compare(Object valueA, UUID idA, Object valueB, UUID idB, SortDirection direction) {
        Objects.requireNonNull(idA, "idA");
        Objects.requireNonNull(idB, "idB");
        Objects.requireNonNull(direction, "direction");
        if (valueA == null && valueB == null) {
            return directed(Uuids.compare(idA, idB), direction);
        }
        if (valueA == null) {
            return 1;
        }
        if (valueB == null) {
            return -1;
        }
        int byValue = compareValues(valueA, valueB);
        return directed(byValue != 0 ? byValue : Uuids.compare(idA, idB), direction);
    }

    /** Whether the row at {@code (value, id)} belongs on the page after {@code after}; always true for no keyset. */
    public static boolean isAfter(Object value, UUID id, Keyset after, SortDirection direction) {
        return after == null || compare(value, id, after.value(), after.id(), direction) > 0;
    }

    /** Orders rows by the value {@code value} gives and the id {@code id} gives. */
    public static <T> Comparator<T> comparator(Function<? super T, ?> value, Function<? super T, UUID> id,
            SortDirection direction) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(direction, "direction");
        return (a, b) -> compare(value.apply(a), id.apply(a), value.apply(b), id.apply(b), direction);
    }

    /** The order a MAWB list in {@code sort} has. */
    public static Comparator<Mawb> forMawbs(MawbSort sort) {
        return comparator(sort.field()::valueOf, m -> m.id().value(), sort.direction());
    }

    /** The order a HAWB list in {@code sort} has. */
    public static Comparator<Hawb> forHawbs(HawbSort sort) {
        return comparator(sort.field()::valueOf, h -> h.id().value(), sort.direction());
    }

    /** The keyset that asks for the rows after {@code mawb} in a list sorted by {@code field}. */
    public static Keyset keysetOf(Mawb mawb, MawbSortField field) {
        return new Keyset(field.valueOf(mawb), mawb.id().value());
    }

    /** The keyset that asks for the rows after {@code hawb} in a list sorted by {@code field}. */
    public static Keyset keysetOf(Hawb hawb, HawbSortField field) {
        return new Keyset(field.valueOf(hawb), hawb.id().value());
    }

    private static int directed(int comparison, SortDirection direction) {
        return direction == SortDirection.DESC ? -comparison : comparison;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compareValues(Object a, Object b) {
        if (a.getClass() != b.getClass() || !(a instanceof Comparable)) {
            throw new IllegalArgumentException("cannot compare sort value " + a + " (" + a.getClass().getName()
                    + ") with " + b + " (" + b.getClass().getName() + ")");
        }
        return ((Comparable) a).compareTo(b);
    }

    private KeysetOrder() {
    }
}
