package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.core.port.out.MawbWorkflowRepository;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Where each MAWB stands in its workflow, in {@code mawb_workflows} (optimistically versioned), and its moves in
 * {@code mawb_workflow_transitions}.
 *
 * <p>A workflow refers to its MAWB and to a step of its definition by foreign keys. An insert selects the step from
 * {@code workflow_steps}, so that a step the definition lacks inserts no row and is told apart from an unknown MAWB
 * (the one foreign key left to fail): both are {@link ValidationException}s, on {@code currentStep} and
 * {@code mawbId}. An update's only foreign key that can fail is the step's.
 */
final class JdbiMawbWorkflowRepository implements MawbWorkflowRepository {

    private static final String ENTITY = "MAWB workflow";
    private static final String TRANSITION = "workflow transition";

    /** Inserts nothing when the definition lacks the step. */
    private static final String INSERT = """
            INSERT INTO mawb_workflows (mawb_id, workflow_code, workflow_version, current_step, started_at, updated_at,
                                        version)
            SELECT :mawb_id, s.workflow_code, s.workflow_version, s.step_code, :started_at, :updated_at, 1
            FROM workflow_steps s
            WHERE s.workflow_code = :workflow_code AND s.workflow_version = :workflow_version
              AND s.step_code = :current_step
            """;

    private static final String UPDATE = """
            UPDATE mawb_workflows
            SET workflow_code = :workflow_code, workflow_version = :workflow_version, current_step = :current_step,
                started_at = :started_at, updated_at = :updated_at, version = version + 1
            WHERE mawb_id = :mawb_id AND version = :version
            """;

    private static final String COUNT_BY_MAWB = """
            SELECT COUNT(*) FROM mawb_workflows WHERE mawb_id = :key
            """;

    private static final String BY_MAWB = """
            SELECT mawb_id, workflow_code, workflow_version, current_step, started_at, updated_at, version
            FROM mawb_workflows
            WHERE mawb_id = :mawb_id
            """;

    private static final String BY_MAWBS = """
            SELECT mawb_id, workflow_code, workflow_version, current_step, started_at, updated_at, version
            FROM mawb_workflows
            WHERE mawb_id IN (<mawb_ids>)
            """;

    /** At most this many ids go into one IN list. */
    private static final int MAX_IDS_PER_QUERY = 1000;

    private static final String INSERT_TRANSITION = """
            INSERT INTO mawb_workflow_transitions (mawb_id, seq, from_step, to_step, trigger_kind, trigger_code,
                                                   moved_by, moved_at)
            VALUES (:mawb_id, :seq, :from_step, :to_step, :trigger_kind, :trigger_code, :moved_by, :moved_at)
            """;

    private static final String TRANSITIONS = """
            SELECT mawb_id, seq, from_step, to_step, trigger_kind, trigger_code, moved_by, moved_at
            FROM mawb_workflow_transitions
            WHERE mawb_id = :mawb_id
            ORDER BY seq
            """;

    private static final RowMapper<MawbWorkflow> MAPPER = (rs, ctx) -> new MawbWorkflow(
            new MawbId(Columns.uuid(rs, "mawb_id")),
            rs.getString("workflow_code"),
            rs.getInt("workflow_version"),
            rs.getString("current_step"),
            Columns.instant(rs, "started_at"),
            Columns.instant(rs, "updated_at"),
            rs.getLong("version"));

    private static final RowMapper<WorkflowTransition> TRANSITION_MAPPER = (rs, ctx) -> new WorkflowTransition(
            new MawbId(Columns.uuid(rs, "mawb_id")),
            rs.getInt("seq"),
            rs.getString("from_step"),
            rs.getString("to_step"),
            TransitionTrigger.valueOf(rs.getString("trigger_kind")),
            rs.getString("trigger_code"),
            rs.getString("moved_by"),
            Columns.instant(rs, "moved_at"));

    private final Sql sql;

    JdbiMawbWorkflowRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public MawbWorkflow insert(MawbWorkflow workflow) {
        Objects.requireNonNull(workflow, "workflow");
        WrittenKeys keys = WrittenKeys.of(ENTITY, "mawbId", workflow.mawbId()).referring("mawbId", workflow.mawbId());
        return sql.write(keys, handle -> {
            int inserted = handle.createUpdate(INSERT)
                    .bind("mawb_id", workflow.mawbId().value())
                    .bind("workflow_code", workflow.workflowCode())
                    .bind("workflow_version", workflow.workflowVersion())
                    .bind("current_step", workflow.currentStep())
                    .bind("started_at", workflow.startedAt())
                    .bind("updated_at", workflow.updatedAt())
                    .execute();
            if (inserted == 0) {
                throw unknownStep(workflow);
            }
            return workflow.withVersion(1);
        });
    }

    @Override
    public MawbWorkflow update(MawbWorkflow workflow) {
        Objects.requireNonNull(workflow, "workflow");
        WrittenKeys keys = WrittenKeys.of(ENTITY, "mawbId", workflow.mawbId())
                .referring("currentStep", workflow.workflowCode() + " v" + workflow.workflowVersion() + " "
                        + workflow.currentStep());
        return sql.write(keys, handle -> {
            int updated = handle.createUpdate(UPDATE)
                    .bind("mawb_id", workflow.mawbId().value())
                    .bind("workflow_code", workflow.workflowCode())
                    .bind("workflow_version", workflow.workflowVersion())
                    .bind("current_step", workflow.currentStep())
                    .bind("started_at", workflow.startedAt())
                    .bind("updated_at", workflow.updatedAt())
                    .bind("version", workflow.version())
                    .execute();
            if (updated == 0) {
                throw Versions.noRowUpdated(handle, COUNT_BY_MAWB, workflow.mawbId().value(), ENTITY,
                        workflow.version());
            }
            return workflow.withVersion(workflow.version() + 1);
        });
    }

    @Override
    public Optional<MawbWorkflow> findByMawb(MawbId mawbId) {
        Objects.requireNonNull(mawbId, "mawbId");
        return sql.read(handle -> handle.createQuery(BY_MAWB).bind("mawb_id", mawbId.value()).map(MAPPER).findOne());
    }

    @Override
    public List<MawbWorkflow> findByMawbs(Collection<MawbId> mawbIds) {
        Objects.requireNonNull(mawbIds, "mawbIds");
        List<UUID> distinct = mawbIds.stream().map(MawbId::value).distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        return sql.read(handle -> {
            List<MawbWorkflow> found = new ArrayList<>(distinct.size());
            for (int from = 0; from < distinct.size(); from += MAX_IDS_PER_QUERY) {
                List<UUID> chunk = distinct.subList(from, Math.min(distinct.size(), from + MAX_IDS_PER_QUERY));
                found.addAll(handle.createQuery(BY_MAWBS).bindList("mawb_ids", chunk).map(MAPPER).list());
            }
            return found;
        });
    }

    @Override
    public void addTransition(WorkflowTransition transition) {
        Objects.requireNonNull(transition, "transition");
        WrittenKeys keys = WrittenKeys.of(TRANSITION, "seq", transition.seq())
                .referring("mawbId", transition.mawbId());
        sql.write(keys, handle -> handle.createUpdate(INSERT_TRANSITION)
                .bind("mawb_id", transition.mawbId().value())
                .bind("seq", transition.seq())
                .bind("from_step", transition.fromStep())
                .bind("to_step", transition.toStep())
                .bind("trigger_kind", transition.trigger().name())
                .bind("trigger_code", transition.triggerCode())
                .bind("moved_by", transition.movedBy())
                .bind("moved_at", transition.movedAt())
                .execute());
    }

    @Override
    public List<WorkflowTransition> findTransitions(MawbId mawbId) {
        Objects.requireNonNull(mawbId, "mawbId");
        return sql.read(handle -> handle.createQuery(TRANSITIONS).bind("mawb_id", mawbId.value())
                .map(TRANSITION_MAPPER).list());
    }

    private static ValidationException unknownStep(MawbWorkflow workflow) {
        return new ValidationException("currentStep", "workflow " + workflow.workflowCode() + " v"
                + workflow.workflowVersion() + " has no step " + workflow.currentStep());
    }
}
