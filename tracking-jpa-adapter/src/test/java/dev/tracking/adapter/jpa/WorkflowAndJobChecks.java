package dev.tracking.adapter.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import dev.tracking.adapter.jpa.JdbcRecorder.Execution;
import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.common.VersionConflictException;
import dev.tracking.core.domain.event.FsuCode;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.workflow.Applicability;
import dev.tracking.core.domain.workflow.Condition;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.workflow.EntryAction;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.schema.TrackingSchema;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import jakarta.persistence.RollbackException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How the workflow and job ports meet the schema, beyond what their contract suites ask: the steps' lists are stored
 * as the schema's seed rows store them (and the seeded SOP reads as the core defines it); a refused definition, a step
 * the definition lacks and a job whose key is taken cost no failed statement, so the caller's unit of work goes on and
 * commits; duplicates and stale versions are typed, naming their fields; a job is a pending row with a JSON object
 * payload; waiting jobs include those waiting to retry but never a running one; prefixes select with {@code LIKE}
 * on {@code live_idempotency_key}; and two callers scheduling one key at once schedule it once.
 */
abstract class WorkflowAndJobChecks {

    private static final String FEATURE = "checks.advance";
    private static final Instant CREATED = Instant.parse("2025-03-14T09:00:00.654321Z");
    private static final Instant RUN_AT = Instant.parse("2025-03-17T13:00:00.123456Z");

    abstract DatabaseUnderTest db();

    private final ExecutorService racerThread = Executors.newSingleThreadExecutor();
    private PersistencePorts ports;
    private Mawb mawb;

    @BeforeEach
    void givenAFeatureAndAMawb() {
        ports = db().emptyPorts();
        ports.permissions().saveFeature(FEATURE, "Checks");
        ports.carriers().insert(TestData.carrier());
        mawb = ports.mawbs().insert(TestData.mawb(1));
    }

    @AfterEach
    void stopRacer() {
        racerThread.shutdownNow();
    }

    // ------------------------------------------------------------------------------------------------ definitions

    @Test
    void aStepsListsAreStoredAsTheSchemaSeedsThem() throws SQLException {
        ports.workflowDefinitions().insert(definition("CHECKS_SOP", 1, FEATURE));

        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT required_file_types,"
                        + " required_conditions, entry_actions, advance_on_events, applies_when FROM workflow_steps"
                        + " WHERE workflow_code = 'CHECKS_SOP' AND workflow_version = 1 ORDER BY position")) {
            try (ResultSet rows = statement.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5))).as("a step without lists").containsExactly("", "", "", "", "ALWAYS");
                assertThat(rows.next()).isTrue();
                assertThat(List.of(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5))).as("sets sorted, entry actions in their order").containsExactly(
                                "COMMERCIAL_INVOICE,MAWB,PACKING_LIST", "CUSTOMS_CLEARED,ISC_PAID",
                                "SCHEDULE_LAST_FREE_DAY_ALERTS,SCHEDULE_ISC_REMINDERS", "ARR,RCF",
                                "OCEAN_CONTAINERS");
            }
        }
    }

    @Test
    void theSeededSopReadsAsTheCoreDefinesIt() {
        try (TestDatabase fresh = TestDatabase.create(db().kind())) {
            TrackingSchema.configure(fresh.dataSource()).schema(fresh.schema()).migrate();
            try (JpaPersistence persistence = JpaPersistence.builder(fresh.dataSource()).schema(fresh.schema())
                    .build()) {
                assertThat(persistence.workflowDefinitions().find(DefaultWorkflows.US_AIR_IMPORT, 1))
                        .contains(DefaultWorkflows.usAirImport());
                assertThat(persistence.workflowDefinitions().findLatest(DefaultWorkflows.US_AIR_IMPORT))
                        .contains(DefaultWorkflows.usAirImport());
            }
        }
    }

    @Test
    void aRefusedDefinitionCostsNoFailedStatementAndTheUnitGoesOn() {
        ports.workflowDefinitions().insert(definition("CHECKS_SOP", 1, FEATURE));

        ports.transactions().run(() -> {
            assertThat(catchThrowable(() -> ports.workflowDefinitions().insert(
                    definition("CHECKS_OTHER", 1, "checks.unknown"))))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("advanceFeature"));
            assertThat(catchThrowable(() -> ports.workflowDefinitions().insert(definition("CHECKS_SOP", 1, FEATURE))))
                    .isInstanceOfSatisfying(DuplicateException.class, e -> {
                        assertThat(e.entity()).isEqualTo("workflow definition");
                        assertThat(e.field()).isEqualTo("version");
                        assertThat(e.value()).isEqualTo("CHECKS_SOP v1");
                    });
            ports.workflowDefinitions().insert(definition("CHECKS_SOP", 2, FEATURE));
        });

        assertThat(ports.workflowDefinitions().find("CHECKS_OTHER", 1)).isEmpty();
        assertThat(ports.workflowDefinitions().findLatest("CHECKS_SOP")).map(WorkflowDefinition::version).contains(2);
    }

    @Test
    void aListValueThatCouldNotBeReadBackIsRefused() {
        WorkflowDefinition commaInCode = new WorkflowDefinition("CHECKS_SOP", 1, List.of(
                step("A", 0, Set.of("MAWB,HAWB"), FEATURE),
                step("B", 1, Set.of(), FEATURE)));

        assertThat(catchThrowable(() -> ports.workflowDefinitions().insert(commaInCode)))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("requiredFileTypes"));
        assertThat(ports.workflowDefinitions().find("CHECKS_SOP", 1)).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------- MAWB workflows

    @Test
    void aStepTheDefinitionLacksCostsNoFailedStatementAndTheUnitGoesOn() {
        WorkflowDefinition definition = definition("CHECKS_SOP", 1, FEATURE);
        ports.workflowDefinitions().insert(definition);
        MawbWorkflow stored = ports.mawbWorkflows().insert(MawbWorkflow.start(mawb.id(), definition, CREATED));

        MawbWorkflow moved = ports.transactions().inTransaction(() -> {
            assertThat(catchThrowable(() -> ports.mawbWorkflows().update(stored.moveTo("NO_SUCH_STEP", RUN_AT))))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("currentStep"));
            assertThat(catchThrowable(() -> ports.mawbWorkflows().insert(
                    new MawbWorkflow(mawb.id(), "CHECKS_SOP", 1, "NO_SUCH_STEP", CREATED, CREATED, 0))))
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.field()).isEqualTo("currentStep"));
            return ports.mawbWorkflows().update(stored.moveTo("LANDED", RUN_AT));
        });

        assertThat(ports.mawbWorkflows().findByMawb(mawb.id())).contains(moved);
        assertThat(moved.version()).isEqualTo(2);
    }

    @Test
    void duplicatesNameTheirFields() {
        WorkflowDefinition definition = definition("CHECKS_SOP", 1, FEATURE);
        ports.workflowDefinitions().insert(definition);
        MawbWorkflow started = MawbWorkflow.start(mawb.id(), definition, CREATED);
        WorkflowTransition first = new WorkflowTransition(mawb.id(), 1, null, "START", TransitionTrigger.MANUAL, null,
                "anna", CREATED);
        ports.mawbWorkflows().insert(started);
        ports.mawbWorkflows().addTransition(first);

        assertThat(catchThrowable(() -> ports.mawbWorkflows().insert(started)))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.entity()).isEqualTo("MAWB workflow");
                    assertThat(e.field()).isEqualTo("mawbId");
                    assertThat(e.value()).isEqualTo(mawb.id().toString());
                });
        assertThat(catchThrowable(() -> ports.mawbWorkflows().addTransition(first)))
                .isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.entity()).isEqualTo("workflow transition");
                    assertThat(e.field()).isEqualTo("seq");
                    assertThat(e.value()).isEqualTo("1");
                });
    }

    @Test
    void aSecondWorkflowOrMoveInOneUnitReachesTheDatabaseAndIsADuplicateToo() {
        WorkflowDefinition definition = definition("CHECKS_SOP", 1, FEATURE);
        ports.workflowDefinitions().insert(definition);
        MawbWorkflow started = MawbWorkflow.start(mawb.id(), definition, CREATED);
        WorkflowTransition first = new WorkflowTransition(mawb.id(), 1, null, "START", TransitionTrigger.MANUAL, null,
                "anna", CREATED);
        AtomicReference<Throwable> secondWorkflow = new AtomicReference<>();
        AtomicReference<Throwable> secondMove = new AtomicReference<>();

        // each in a unit of its own: a failed statement dooms its unit (PostgreSQL refuses every later statement)
        Throwable workflowUnit = catchThrowable(() -> ports.transactions().run(() -> {
            ports.mawbWorkflows().insert(started);
            secondWorkflow.set(catchThrowable(() -> ports.mawbWorkflows().insert(started)));
        }));
        ports.mawbWorkflows().insert(started);
        Throwable moveUnit = catchThrowable(() -> ports.transactions().run(() -> {
            ports.mawbWorkflows().addTransition(first);
            secondMove.set(catchThrowable(() -> ports.mawbWorkflows().addTransition(first)));
        }));

        assertThat(secondWorkflow.get()).isInstanceOfSatisfying(DuplicateException.class,
                e -> assertThat(e.field()).isEqualTo("mawbId"));
        assertThat(secondMove.get()).isInstanceOfSatisfying(DuplicateException.class,
                e -> assertThat(e.field()).isEqualTo("seq"));
        assertThat(workflowUnit).as("the doomed unit").isInstanceOf(RollbackException.class);
        assertThat(moveUnit).as("the doomed unit").isInstanceOf(RollbackException.class);
        assertThat(ports.mawbWorkflows().findTransitions(mawb.id())).isEmpty();
    }

    @Test
    void staleUnknownAndOrphanWorkflowsAreTyped() {
        WorkflowDefinition definition = definition("CHECKS_SOP", 1, FEATURE);
        ports.workflowDefinitions().insert(definition);
        MawbWorkflow stored = ports.mawbWorkflows().insert(MawbWorkflow.start(mawb.id(), definition, CREATED));
        MawbId unknown = new MawbId(UUID.randomUUID());

        assertThat(catchThrowable(() -> ports.mawbWorkflows().update(stored.withVersion(3))))
                .isInstanceOfSatisfying(VersionConflictException.class, e -> {
                    assertThat(e.entity()).isEqualTo("MAWB workflow");
                    assertThat(e.expectedVersion()).isEqualTo(3);
                });
        assertThat(catchThrowable(() -> ports.mawbWorkflows().update(
                MawbWorkflow.start(unknown, definition, CREATED).withVersion(1))))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.entity()).isEqualTo("MAWB workflow"));
        assertThat(catchThrowable(() -> ports.mawbWorkflows().insert(MawbWorkflow.start(unknown, definition,
                CREATED)))).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.field()).isEqualTo("mawbId"));
        assertThat(catchThrowable(() -> ports.mawbWorkflows().addTransition(new WorkflowTransition(unknown, 1, null,
                "START", TransitionTrigger.MANUAL, null, "anna", CREATED))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.field()).isEqualTo("mawbId"));
    }

    // ------------------------------------------------------------------------------------------------------- jobs

    @Test
    void aJobIsAPendingRowWithItsPayloadAsAJsonObject() throws SQLException {
        JobRequest job = new JobRequest(UUID.randomUUID(), "reminder",
                Map.of("kind", "ISC", "note", "東京 \"quoted\""), RUN_AT, "checks:a:1", 3, CREATED);

        assertThat(ports.jobScheduler().schedule(job)).isTrue();

        String payloadIsObject = db().kind() == DatabaseKind.POSTGRESQL
                ? "jsonb_typeof(payload) = 'object'"
                : "payload IS JSON OBJECT";
        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT " + payloadIsObject + ", status,"
                        + " attempts, max_attempts, job_type, idempotency_key, live_idempotency_key, run_at,"
                        + " created_at, updated_at FROM scheduled_jobs WHERE id = ?")) {
            statement.setObject(1, job.id());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getBoolean(1)).as("the payload is a JSON object").isTrue();
                assertThat(row.getString(2)).isEqualTo("PENDING");
                assertThat(row.getInt(3)).as("attempts").isZero();
                assertThat(row.getInt(4)).as("max attempts").isEqualTo(3);
                assertThat(row.getString(5)).isEqualTo("reminder");
                assertThat(row.getString(6)).isEqualTo("checks:a:1");
                assertThat(row.getString(7)).as("the live key the database computed").isEqualTo("checks:a:1");
                assertThat(row.getObject(8, OffsetDateTime.class).toInstant()).isEqualTo(RUN_AT);
                assertThat(row.getObject(9, OffsetDateTime.class).toInstant()).isEqualTo(CREATED);
                assertThat(row.getObject(10, OffsetDateTime.class).toInstant()).isEqualTo(CREATED);
            }
        }
        assertThat(ports.jobScheduler().pending("checks:")).singleElement()
                .satisfies(planned -> assertThat(planned.payload()).isEqualTo(job.payload()));
    }

    @Test
    void aTakenKeyCostsNoFailedStatementAndTheUnitGoesOn() {
        ports.transactions().run(() -> {
            assertThat(ports.jobScheduler().schedule(job("checks:a:1", RUN_AT))).isTrue();
            assertThat(ports.jobScheduler().schedule(job("checks:a:1", RUN_AT))).isFalse();
            ports.carriers().insert(TestData.carrier("EK", "176", "Emirates SkyCargo"));
            assertThat(ports.jobScheduler().schedule(job("checks:a:2", RUN_AT))).isTrue();
        });

        assertThat(ports.jobScheduler().pending("checks:a:")).hasSize(2);
        assertThat(ports.carriers().findByDesignator("EK")).isPresent();
    }

    @Test
    void aSecondJobWithOneIdIsADuplicateId() {
        JobRequest job = job("checks:a:1", RUN_AT);
        ports.jobScheduler().schedule(job);

        assertThat(catchThrowable(() -> ports.jobScheduler().schedule(new JobRequest(job.id(), "reminder", Map.of(),
                RUN_AT, "checks:a:2", 5, CREATED)))).isInstanceOfSatisfying(DuplicateException.class, e -> {
                    assertThat(e.entity()).isEqualTo("job");
                    assertThat(e.field()).isEqualTo("id");
                    assertThat(e.value()).isEqualTo(job.id().toString());
                });
    }

    @Test
    void jobsWaitingToRetryWaitButRunningOnesAreLeftToFinish() throws SQLException {
        UUID retrying = givenJobRow(JobStatus.FAILED_WILL_RETRY, "checks:a:retry");
        UUID running = givenJobRow(JobStatus.RUNNING, "checks:a:running");

        assertThat(ports.jobScheduler().pending("checks:a:")).extracting(PlannedJob::id, PlannedJob::status,
                PlannedJob::attempts).containsExactly(tuple(retrying,
                        JobStatus.FAILED_WILL_RETRY, 1));
        assertThat(ports.jobScheduler().schedule(job("checks:a:running", RUN_AT)))
                .as("a running job's key is live").isFalse();

        assertThat(ports.jobScheduler().cancel("checks:a:")).isEqualTo(1);

        assertThat(statusOf(retrying)).isEqualTo("CANCELLED");
        assertThat(statusOf(running)).isEqualTo("RUNNING");
    }

    @Test
    void cancellingStampsTheRowAndFreesItsKey() throws SQLException {
        JobRequest job = job("checks:a:1", RUN_AT);
        ports.jobScheduler().schedule(job);

        assertThat(ports.jobScheduler().cancel("checks:a:1")).isEqualTo(1);

        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("SELECT status, live_idempotency_key,"
                        + " updated_at FROM scheduled_jobs WHERE id = ?")) {
            statement.setObject(1, job.id());
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString(1)).isEqualTo("CANCELLED");
                assertThat(row.getString(2)).as("no longer live").isNull();
                assertThat(row.getObject(3, OffsetDateTime.class).toInstant()).as("updated when cancelled")
                        .isAfter(CREATED);
            }
        }
    }

    @Test
    void aBackslashInAPrefixIsLiteralToo() {
        ports.jobScheduler().schedule(job("checks:a\\b:1", RUN_AT));
        ports.jobScheduler().schedule(job("checks:ab:1", RUN_AT));

        assertThat(ports.jobScheduler().pending("checks:a\\")).extracting(PlannedJob::idempotencyKey)
                .containsExactly("checks:a\\b:1");
        assertThat(ports.jobScheduler().cancel("checks:a\\b")).isEqualTo(1);
        assertThat(ports.jobScheduler().pending("checks:")).extracting(PlannedJob::idempotencyKey)
                .containsExactly("checks:ab:1");
    }

    @Test
    void prefixesSelectWithLikeOnTheLiveKey() {
        ports.jobScheduler().schedule(job("checks:a:1", RUN_AT));
        db().jdbc().clear();

        ports.jobScheduler().pending("checks:a:");
        ports.jobScheduler().cancel("checks:a:");

        assertThat(db().jdbc().on("scheduled_jobs")).extracting(Execution::sql)
                .extracting(sql -> sql.toLowerCase(Locale.ROOT))
                .hasSize(2)
                .allSatisfy(sql -> assertThat(sql).containsPattern("live_idempotency_key like \\? escape '\\\\'"));
    }

    @Test
    void aRacerSkipsAKeyTheFirstUnitCommits() throws Exception {
        JobRequest first = job("checks:race:1", RUN_AT);
        AtomicReference<Future<Boolean>> racer = new AtomicReference<>();

        boolean scheduledFirst = ports.transactions().inTransaction(() -> {
            boolean scheduled = ports.jobScheduler().schedule(first);
            racer.set(racerThread.submit(() -> ports.jobScheduler().schedule(job("checks:race:1", RUN_AT))));
            awaitRacerBlocked(racer.get());
            return scheduled;
        });

        assertThat(scheduledFirst).isTrue();
        assertThat(racer.get().get(30, TimeUnit.SECONDS)).as("the racer's schedule").isFalse();
        assertThat(ports.jobScheduler().pending("checks:race:")).extracting(PlannedJob::id)
                .containsExactly(first.id());
    }

    @Test
    void aRacerTakesAKeyTheFirstUnitRollsBack() throws Exception {
        JobRequest racing = job("checks:race:1", RUN_AT);
        AtomicReference<Future<Boolean>> racer = new AtomicReference<>();
        IllegalStateException failure = new IllegalStateException("the first caller fails after scheduling");

        Throwable thrown = catchThrowable(() -> ports.transactions().run(() -> {
            ports.jobScheduler().schedule(job("checks:race:1", RUN_AT));
            racer.set(racerThread.submit(() -> ports.jobScheduler().schedule(racing)));
            awaitRacerBlocked(racer.get());
            throw failure;
        }));

        assertThat(thrown).isSameAs(failure);
        assertThat(racer.get().get(30, TimeUnit.SECONDS)).as("the racer's schedule").isTrue();
        assertThat(ports.jobScheduler().pending("checks:race:")).extracting(PlannedJob::id)
                .containsExactly(racing.id());
    }

    // -------------------------------------------------------------------------------------------------- helpers

    /** A two-step definition whose second step uses every list. */
    static WorkflowDefinition definition(String code, int version, String feature) {
        return new WorkflowDefinition(code, version, List.of(
                step("START", 0, Set.of(), feature),
                new WorkflowStep("LANDED", "Landed", 10, Set.of("PACKING_LIST", "MAWB", "COMMERCIAL_INVOICE"),
                        Set.of(Condition.ISC_PAID, Condition.CUSTOMS_CLEARED),
                        List.of(EntryAction.SCHEDULE_LAST_FREE_DAY_ALERTS, EntryAction.SCHEDULE_ISC_REMINDERS),
                        feature, Set.of(FsuCode.RCF, FsuCode.ARR), Applicability.OCEAN_CONTAINERS)));
    }

    private static WorkflowStep step(String code, int position, Set<String> fileTypes, String feature) {
        return new WorkflowStep(code, code, position, fileTypes, Set.of(), List.of(), feature, Set.of(),
                Applicability.ALWAYS);
    }

    private static JobRequest job(String key, Instant runAt) {
        return new JobRequest(UUID.randomUUID(), "reminder", Map.of("kind", "ISC"), runAt, key,
                JobRequest.DEFAULT_MAX_ATTEMPTS, CREATED);
    }

    /** A job row as a job engine leaves it, written behind the adapter's back. */
    private UUID givenJobRow(JobStatus status, String key) throws SQLException {
        UUID id = UUID.randomUUID();
        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement("INSERT INTO scheduled_jobs (id, job_type,"
                        + " run_at, status, attempts, max_attempts, idempotency_key, created_at, updated_at)"
                        + " VALUES (?, 'reminder', ?, ?, 1, 5, ?, ?, ?)")) {
            statement.setObject(1, id);
            statement.setObject(2, RUN_AT.atOffset(ZoneOffset.UTC));
            statement.setString(3, status.name());
            statement.setString(4, key);
            statement.setObject(5, CREATED.atOffset(ZoneOffset.UTC));
            statement.setObject(6, CREATED.atOffset(ZoneOffset.UTC));
            statement.executeUpdate();
        }
        return id;
    }

    private String statusOf(UUID job) throws SQLException {
        try (Connection connection = db().rawDataSource().getConnection();
                PreparedStatement statement = connection.prepareStatement(
                        "SELECT status FROM scheduled_jobs WHERE id = ?")) {
            statement.setObject(1, job);
            try (ResultSet row = statement.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private void awaitRacerBlocked(Future<?> racer) {
        try {
            assertThat(BlockedSessions.awaitBlocked(db(), racer, "insert into %scheduled_jobs%"))
                    .as("the racer waits for the first caller's key").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
