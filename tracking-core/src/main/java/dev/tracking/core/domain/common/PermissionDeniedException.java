package dev.tracking.core.domain.common;

/** The acting user lacks the feature a use case needs; {@link #feature()} names it. */
public final class PermissionDeniedException extends TrackingException {

    private final String feature;
    private final String userId;

    public PermissionDeniedException(String feature, String userId) {
        super("user " + userId + " lacks the feature " + feature);
        this.feature = feature;
        this.userId = userId;
    }

    public String feature() {
        return feature;
    }

    public String userId() {
        return userId;
    }
}
