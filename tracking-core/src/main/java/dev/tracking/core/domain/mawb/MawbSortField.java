package dev.tracking.core.domain.mawb;

import java.util.function.Function;

/**
 * The fields a MAWB list may be sorted by. The keyset value of each is an {@link java.time.Instant},
 * {@link java.time.LocalDate} or {@link String}, as {@link #valueOf(Mawb)} gives.
 */
public enum MawbSortField {
    CREATED_AT(Mawb::createdAt),
    UPDATED_AT(Mawb::updatedAt),
    AWB_NUMBER(m -> m.number().toString()),
    ETA(m -> m.details().eta()),
    ETD(m -> m.details().etd()),
    LAST_FREE_DAY(m -> m.details().lastFreeDay());

    private final Function<Mawb, Object> extractor;

    MawbSortField(Function<Mawb, Object> extractor) {
        this.extractor = extractor;
    }

    /** The value a MAWB sorts by, or null (nulls sort last). */
    public Object valueOf(Mawb mawb) {
        return extractor.apply(mawb);
    }
}
