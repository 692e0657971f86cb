package dev.tracking.core.domain.mawb;

import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The fields a MAWB list may be sorted by. The keyset value of each is an {@link java.time.Instant},
 * {@link java.time.LocalDate} or {@link String}, as {@link #valueOf(Mawb)} gives.
 */
public enum MawbSortField {
    CREATED_AT(Instant.class, Mawb::createdAt),
    UPDATED_AT(Instant.class, Mawb::updatedAt),
    AWB_NUMBER(String.class, m -> m.number().toString()),
    ETA(Instant.class, m -> m.details().eta()),
    ETD(Instant.class, m -> m.details().etd()),
    LAST_FREE_DAY(LocalDate.class, m -> m.details().lastFreeDay());

    private final Class<?> valueType;
    private final Function<Mawb, Object> extractor;

    MawbSortField(Class<?> valueType, Function<Mawb, Object> extractor) {
        this.valueType = valueType;
        this.extractor = extractor;
    }

    /** The type of the values this field sorts by. */
    public Class<?> valueType() {
        return valueType;
    }

    /** The value a MAWB sorts by, or null (nulls sort last). */
    public Object valueOf(Mawb mawb) {
        return extractor.apply(mawb);
    }
}
