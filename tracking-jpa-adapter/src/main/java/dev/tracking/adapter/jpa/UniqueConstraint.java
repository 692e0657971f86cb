package dev.tracking.adapter.jpa;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The schema's unique constraints and the field each protects, recognized in the message of a unique violation
 * (SQLState 23505), in any case. Named constraints appear by name on both databases. The primary keys of attachments,
 * bills and events are recognized by their table: the schema names them {@code <table>_pk}, but a violation on a
 * partition of {@code mawb_events} names the partition's own index ({@code mawb_events_default_pkey},
 * {@code mawb_events_y2025m03_pkey}), and older schemas left them unnamed ({@code bills_pkey}).
 *
 * @param pattern how the constraint shows in a lower-cased message
 * @param entity  the entity, as the core's exceptions name it
 * @param field   the field of the entity the constraint keeps unique
 */
record UniqueConstraint(Pattern pattern, String entity, String field) {

    private static final List<UniqueConstraint> ALL = List.of(
            named("mawbs_awb_number_uq", "MAWB", "awbNumber"),
            named("mawbs_pk", "MAWB", "id"),
            named("hawbs_number_within_mawb_uq", "HAWB", "hawbNumber"),
            named("hawbs_pk", "HAWB", "id"),
            named("carriers_awb_prefix_uq", "carrier", "awbPrefix"),
            named("carriers_pk", "carrier", "designator"),
            named("file_types_pk", "file type", "code"),
            named("attachments_storage_key_uq", "attachment", "storageKey"),
            named("features_pk", "feature", "code"),
            named("role_features_pk", "role grant", "feature"),
            named("user_overrides_pk", "user override", "feature"),
            unnamedPrimaryKey("attachments", "attachment"),
            unnamedPrimaryKey("bills", "bill"),
            unnamedPrimaryKey("mawb_events", "event"),
            unnamedPrimaryKey("hawb_events", "event"));

    /** The constraint a driver's message names, if it is one of the schema's. */
    static Optional<UniqueConstraint> in(String message) {
        String text = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return ALL.stream().filter(c -> c.pattern().matcher(text).find()).findFirst();
    }

    private static UniqueConstraint named(String name, String entity, String field) {
        return new UniqueConstraint(Pattern.compile("\\b" + name + "\\b"), entity, field);
    }

    /** {@code <table>_pk} as the schema names it, or PostgreSQL's {@code <table>[_<partition>]_pkey}. */
    private static UniqueConstraint unnamedPrimaryKey(String table, String entity) {
        return new UniqueConstraint(Pattern.compile("\\b" + table + "(_[a-z0-9]+)?_pk(ey)?\\b"), entity, "id");
    }
}
