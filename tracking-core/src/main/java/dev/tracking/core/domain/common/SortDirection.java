package dev.tracking.core.domain.common;

public enum SortDirection {
    ASC,
    DESC
}
