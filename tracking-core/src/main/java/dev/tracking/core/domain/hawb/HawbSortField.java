package dev.tracking.core.domain.hawb;

import java.util.function.Function;

/** The fields a HAWB list may be sorted by; keyset values are {@link java.time.Instant} or {@link String}. */
public enum HawbSortField {
    CREATED_AT(Hawb::createdAt),
    UPDATED_AT(Hawb::updatedAt),
    HAWB_NUMBER(h -> h.number().value());

    private final Function<Hawb, Object> extractor;

    HawbSortField(Function<Hawb, Object> extractor) {
        this.extractor = extractor;
    }

    public Object valueOf(Hawb hawb) {
        return extractor.apply(hawb);
    }
}
