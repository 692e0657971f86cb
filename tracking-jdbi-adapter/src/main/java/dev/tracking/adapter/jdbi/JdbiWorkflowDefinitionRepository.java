package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.event.FsuCode;
import dev.tracking.core.domain.workflow.Applicability;
import dev.tracking.core.domain.workflow.Condition;
import dev.tracking.core.domain.workflow.EntryAction;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.port.out.WorkflowDefinitionRepository;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Update;

/**
 * Workflow definitions in {@code workflow_steps}, one row per step of a code and version, its sets and lists as
 * comma-separated text ({@link CommaList}: sets sorted, entry actions in order).
 *
 * <p>{@link #insert} checks in the caller's unit of work that the version is new and that the catalogue has every
 * step's advance feature, then writes the version's key row to {@code workflow_definitions} and all steps in one
 * multi-row {@code INSERT} (a single statement, so that a failure stores no step on either database: a JDBC batch would
 * not be, H2 keeps the rows before a failing one). What the checks cannot see is still refused: a racing copy of the
 * version fails on the key row ({@link DuplicateException}), a feature deleted meanwhile on its foreign key
 * ({@link ValidationException} on {@code advanceFeature}). Each read loads all steps of a definition in one query.
 */
final class JdbiWorkflowDefinitionRepository implements WorkflowDefinitionRepository {

    private static final String ENTITY = "workflow definition";

    private static final List<String> STEP_COLUMNS = List.of("step_code", "name", "position", "required_file_types",
            "required_conditions", "entry_actions", "advance_feature", "advance_on_events", "applies_when");

    /** The widths of the list columns: a longer list is refused before the database truncates or rejects it. */
    private static final int FILE_TYPES_WIDTH = 500;
    private static final int ENTRY_ACTIONS_WIDTH = 500;

    private static final String COUNT_DEFINITIONS = """
            SELECT COUNT(*) FROM workflow_definitions
            WHERE workflow_code = :workflow_code AND workflow_version = :workflow_version
            """;

    private static final String INSERT_DEFINITION = """
            INSERT INTO workflow_definitions (workflow_code, workflow_version)
            VALUES (:workflow_code, :workflow_version)
            """;

    private static final String KNOWN_FEATURES = """
            SELECT code FROM features WHERE code IN (<codes>)
            """;

    private static final String SELECT = """
            SELECT workflow_code, workflow_version, step_code, name, position, required_file_types,
                   required_conditions, entry_actions, advance_feature, advance_on_events, applies_when
            FROM workflow_steps
            """;

    private static final String VERSION = SELECT + """
            WHERE workflow_code = :workflow_code AND workflow_version = :workflow_version
            ORDER BY position
            """;

    private static final String LATEST = SELECT + """
            WHERE workflow_code = :workflow_code
              AND workflow_version = (SELECT MAX(workflow_version) FROM workflow_steps
                                      WHERE workflow_code = :workflow_code)
            ORDER BY position
            """;

    /** A stored step and the version it belongs to. */
    private record StoredStep(int version, WorkflowStep step) {
    }

    private static final RowMapper<StoredStep> MAPPER = (rs, ctx) -> new StoredStep(rs.getInt("workflow_version"),
            new WorkflowStep(
                    rs.getString("step_code"),
                    rs.getString("name"),
                    rs.getInt("position"),
                    Set.copyOf(CommaList.values(rs.getString("required_file_types"))),
                    Set.copyOf(CommaList.values(rs.getString("required_conditions"), Condition::valueOf)),
                    CommaList.values(rs.getString("entry_actions"), EntryAction::valueOf),
                    rs.getString("advance_feature"),
                    Set.copyOf(CommaList.values(rs.getString("advance_on_events"), FsuCode::valueOf)),
                    Applicability.valueOf(rs.getString("applies_when"))));

    private final Sql sql;

    JdbiWorkflowDefinitionRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(WorkflowDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        requireStorableLists(definition);
        List<String> features = definition.steps().stream().map(WorkflowStep::advanceFeature).distinct().toList();
        WrittenKeys keys = WrittenKeys.of(ENTITY, "version", versionOf(definition))
                .referring("advanceFeature", String.join(", ", features));
        sql.write(keys, handle -> {
            if (isStored(handle, definition)) {
                throw duplicate(definition);
            }
            requireKnownFeatures(handle, definition, features);
            try {
                handle.createUpdate(INSERT_DEFINITION)
                        .bind("workflow_code", definition.code())
                        .bind("workflow_version", definition.version())
                        .execute();
                bind(handle.createUpdate(insertSql(definition.steps().size())), definition).execute();
            } catch (JdbiException failure) {
                if (!SqlErrors.isUniqueViolation(failure)) {
                    throw failure;
                }
                // a racing unit of work stored this version first: its key row waited for that one to commit
                DuplicateException duplicate = duplicate(definition);
                duplicate.initCause(failure);
                throw duplicate;
            }
            return null;
        });
    }

    @Override
    public Optional<WorkflowDefinition> find(String code, int version) {
        Objects.requireNonNull(code, "code");
        return sql.read(handle -> definitionOf(code, handle.createQuery(VERSION)
                .bind("workflow_code", code)
                .bind("workflow_version", version)
                .map(MAPPER)
                .list()));
    }

    @Override
    public Optional<WorkflowDefinition> findLatest(String code) {
        Objects.requireNonNull(code, "code");
        return sql.read(handle -> definitionOf(code, handle.createQuery(LATEST)
                .bind("workflow_code", code)
                .map(MAPPER)
                .list()));
    }

    /** The definition of the steps of one version, read in position order; empty when there are none. */
    private static Optional<WorkflowDefinition> definitionOf(String code, List<StoredStep> steps) {
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new WorkflowDefinition(code, steps.get(0).version(),
                steps.stream().map(StoredStep::step).toList()));
    }

    private static boolean isStored(Handle handle, WorkflowDefinition definition) {
        return handle.createQuery(COUNT_DEFINITIONS)
                .bind("workflow_code", definition.code())
                .bind("workflow_version", definition.version())
                .mapTo(Long.class)
                .one() > 0;
    }

    /** Refuses, naming each step, the steps whose advance feature the catalogue lacks. */
    private static void requireKnownFeatures(Handle handle, WorkflowDefinition definition, List<String> features) {
        Set<String> known = new HashSet<>(handle.createQuery(KNOWN_FEATURES)
                .bindList("codes", features)
                .mapTo(String.class)
                .list());
        List<FieldViolation> unknown = definition.steps().stream()
                .filter(step -> !known.contains(step.advanceFeature()))
                .map(step -> new FieldViolation("advanceFeature", "step " + step.code()
                        + " names the unknown feature " + step.advanceFeature()))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ValidationException(unknown);
        }
    }

    /** Refuses file types the comma-separated column cannot hold, and lists wider than their columns. */
    private static void requireStorableLists(WorkflowDefinition definition) {
        List<FieldViolation> violations = new ArrayList<>();
        for (WorkflowStep step : definition.steps()) {
            step.requiredFileTypes().stream()
                    .filter(type -> !CommaList.isStorable(type))
                    .forEach(type -> violations.add(new FieldViolation("requiredFileTypes", "step " + step.code()
                            + " names the file type '" + type + "', which must be neither empty nor hold a comma")));
            if (CommaList.sorted(step.requiredFileTypes()).length() > FILE_TYPES_WIDTH) {
                violations.add(new FieldViolation("requiredFileTypes", "step " + step.code()
                        + " requires more file types than fit in " + FILE_TYPES_WIDTH + " characters"));
            }
            if (CommaList.orderedNames(step.entryActions()).length() > ENTRY_ACTIONS_WIDTH) {
                violations.add(new FieldViolation("entryActions", "step " + step.code()
                        + " has more entry actions than fit in " + ENTRY_ACTIONS_WIDTH + " characters"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }

    /** One {@code INSERT} of {@code steps} rows, the parameters of row {@code i} suffixed {@code _i}. */
    private static String insertSql(int steps) {
        String rows = IntStream.range(0, steps)
                .mapToObj(i -> STEP_COLUMNS.stream().map(c -> ":" + c + "_" + i)
                        .collect(Collectors.joining(", ", "(:workflow_code, :workflow_version, ", ")")))
                .collect(Collectors.joining(",\n"));
        return "INSERT INTO workflow_steps (workflow_code, workflow_version, " + String.join(", ", STEP_COLUMNS)
                + ")\nVALUES " + rows;
    }

    private static Update bind(Update update, WorkflowDefinition definition) {
        update.bind("workflow_code", definition.code()).bind("workflow_version", definition.version());
        List<WorkflowStep> steps = definition.steps();
        for (int i = 0; i < steps.size(); i++) {
            WorkflowStep step = steps.get(i);
            update.bind("step_code_" + i, step.code())
                    .bind("name_" + i, step.name())
                    .bind("position_" + i, step.position())
                    .bind("required_file_types_" + i, CommaList.sorted(step.requiredFileTypes()))
                    .bind("required_conditions_" + i, CommaList.sortedNames(step.requiredConditions()))
                    .bind("entry_actions_" + i, CommaList.orderedNames(step.entryActions()))
                    .bind("advance_feature_" + i, step.advanceFeature())
                    .bind("advance_on_events_" + i, CommaList.sortedNames(step.advanceOnEvents()))
                    .bind("applies_when_" + i, step.appliesWhen().name());
        }
        return update;
    }

    private static DuplicateException duplicate(WorkflowDefinition definition) {
        return new DuplicateException(ENTITY, "version", versionOf(definition));
    }

    private static String versionOf(WorkflowDefinition definition) {
        return definition.code() + " v" + definition.version();
    }
}
