package dev.tracking.core.domain.hawb;

import java.time.Instant;
import java.util.function.Function;

/** The fields a HAWB list may be sorted by; keyset values are {@link java.time.Instant} or {@link String}. */
public enum HawbSortField {
    CREATED_AT(Instant.class, Hawb::createdAt),
    UPDATED_AT(Instant.class, Hawb::updatedAt),
    HAWB_NUMBER(String.class, h -> h.number().value());

    private final Class<?> valueType;
    private final Function<Hawb, Object> extractor;

    HawbSortField(Class<?> valueType, Function<Hawb, Object> extractor) {
        this.valueType = valueType;
        this.extractor = extractor;
    }

    /** The type of the values this field sorts by. */
    public Class<?> valueType() {
        return valueType;
    }

    public Object valueOf(Hawb hawb) {
        return extractor.apply(hawb);
    }
}
