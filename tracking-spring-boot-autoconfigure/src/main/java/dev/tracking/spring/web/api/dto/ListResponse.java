package dev.tracking.spring.web.api.dto;

import java.util.List;

/** A whole list. */
public record ListResponse<T>(
        List<T> items) {
}
