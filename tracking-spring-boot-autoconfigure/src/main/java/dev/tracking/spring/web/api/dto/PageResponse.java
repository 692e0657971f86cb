package dev.tracking.spring.web.api.dto;

import java.util.List;

/** One page of a list: its items and the cursor of the next page (null on the last page); pass it back as {@code ?cursor=}. */
public record PageResponse<T>(
        List<T> items,
        String nextCursor) {
}
