package dev.tracking.adapter.jpa;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The schema's unique constraints and the field each protects, recognized in the message of a unique violation
 * (SQLState 23505), in any case. Named constraints appear by name on both databases. The primary keys of attachments,
 * bills and events are recognized by their table: the schema names them {@code <table>_pk}, but a violation on a
 * partition of {@code mawb_events} names the partition's own index ({@code mawb_events_default_pkey},
 * {@code mawb_events_y2025m03_pkey}), and older schemas left them unnamed ({@code bills_pkey}). The keys the schema
 * leaves unnamed ({@code mawb_workflows}, {@code workflow_steps}, {@code scheduled_jobs}) are recognized by the names
 * PostgreSQL gives them, and on H2 (which names them {@code CONSTRAINT_<hash>}) by their table and columns.
 *
 * @param pattern how the constraint shows in a lower-cased message
 * @param entity  the entity, as the core's exceptions name it
 * @param field   the field of the entity the constraint keeps unique
 */
record UniqueConstraint(Pattern pattern, String entity, String field) {

    /** The name of the constraint that keeps the idempotency keys of live jobs unique. */
    static final String LIVE_JOB_KEY_NAME = "scheduled_jobs_live_idempotency_key_uq";

    /** Live jobs' idempotency keys: a job is skipped, not refused, when its key is taken. */
    static final UniqueConstraint LIVE_JOB_KEY = named(LIVE_JOB_KEY_NAME, "job", "idempotencyKey");

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
            named("mawb_workflow_transitions_pk", "workflow transition", "seq"),
            named("workflow_definitions_pk", "workflow definition", "version"),
            LIVE_JOB_KEY,
            unnamed("mawb_workflows_pkey", "mawb_workflows", List.of("mawb_id"), "MAWB workflow", "mawbId"),
            unnamed("workflow_steps_pkey", "workflow_steps",
                    List.of("workflow_code", "workflow_version", "step_code"), "workflow definition", "version"),
            unnamed("workflow_steps_workflow_code_workflow_version_position_key", "workflow_steps",
                    List.of("workflow_code", "workflow_version", "position"), "workflow definition", "version"),
            unnamed("scheduled_jobs_pkey", "scheduled_jobs", List.of("id"), "job", "id"),
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

    /**
     * A key the schema leaves unnamed: by the name PostgreSQL gives it, or, since H2 names it
     * {@code CONSTRAINT_<hash>}, by its table and columns as H2's message lists them
     * ({@code public.workflow_steps(workflow_code nulls first, ...)}).
     */
    private static UniqueConstraint unnamed(String postgresName, String table, List<String> columns, String entity,
            String field) {
        String anyOrder = "(?: nulls (?:first|last))?";
        String h2Columns = columns.stream().map(Pattern::quote).collect(Collectors.joining(anyOrder + ", "))
                + anyOrder;
        return new UniqueConstraint(Pattern.compile("\\b" + postgresName + "\\b|\\b" + table + "\\(" + h2Columns
                + "\\)"), entity, field);
    }

    /** {@code <table>_pk} as the schema names it, or PostgreSQL's {@code <table>[_<partition>]_pkey}. */
    private static UniqueConstraint unnamedPrimaryKey(String table, String entity) {
        return new UniqueConstraint(Pattern.compile("\\b" + table + "(_[a-z0-9]+)?_pk(ey)?\\b"), entity, "id");
    }
}
