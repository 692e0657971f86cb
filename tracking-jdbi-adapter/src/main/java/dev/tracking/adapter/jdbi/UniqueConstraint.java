package dev.tracking.adapter.jdbi;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema's named unique keys and the domain field each guards. Both drivers name the violated constraint in their
 * message (PostgreSQL {@code ... violates unique constraint "mawbs_awb_number_uq"}, H2 {@code ... violation:
 * "PUBLIC.MAWBS_AWB_NUMBER_UQ INDEX ..."}), before any of the offending values.
 */
enum UniqueConstraint {
    CARRIERS_PK("carrier", "designator"),
    CARRIERS_AWB_PREFIX_UQ("carrier", "awbPrefix"),
    FILE_TYPES_PK("file type", "code"),
    MAWBS_PK("MAWB", "id"),
    MAWBS_AWB_NUMBER_UQ("MAWB", "awbNumber"),
    MAWB_EQUIPMENT_UQ("MAWB", "equipment"),
    HAWBS_PK("HAWB", "id"),
    HAWBS_NUMBER_WITHIN_MAWB_UQ("HAWB", "hawbNumber"),
    ATTACHMENTS_STORAGE_KEY_UQ("attachment", "storageKey"),
    FEATURES_PK("feature", "code"),
    ROLE_FEATURES_PK("role grant", "feature"),
    USER_OVERRIDES_PK("user override", "feature"),
    MAWB_WORKFLOW_TRANSITIONS_PK("workflow transition", "seq"),
    SCHEDULED_JOBS_LIVE_IDEMPOTENCY_KEY_UQ("job", "idempotencyKey");

    private final String entity;
    private final String field;
    private final Pattern name;

    UniqueConstraint(String entity, String field) {
        this.entity = entity;
        this.field = field;
        this.name = Pattern.compile("(?<![a-z0-9_])" + name().toLowerCase(Locale.ROOT) + "(?![a-z0-9_])",
                Pattern.CASE_INSENSITIVE);
    }

    String entity() {
        return entity;
    }

    String field() {
        return field;
    }

    /** The constraint named first in a driver's message, if it is one of these. */
    static Optional<UniqueConstraint> namedIn(String message) {
        UniqueConstraint first = null;
        int firstAt = Integer.MAX_VALUE;
        for (UniqueConstraint constraint : values()) {
            Matcher matcher = constraint.name.matcher(message);
            if (matcher.find() && matcher.start() < firstAt) {
                first = constraint;
                firstAt = matcher.start();
            }
        }
        return Optional.ofNullable(first);
    }
}
