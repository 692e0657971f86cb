package dev.tracking.core.domain.permission;

/** What a user override does to a feature. */
public enum OverrideEffect {
    GRANT,
    DENY
}
