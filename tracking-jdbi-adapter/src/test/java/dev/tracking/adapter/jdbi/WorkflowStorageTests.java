package dev.tracking.adapter.jdbi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.FieldViolation;
import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.common.NotFoundException;
import dev.tracking.core.domain.common.ValidationException;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.workflow.Applicability;
import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.workflow.MawbWorkflow;
import dev.tracking.core.domain.workflow.TransitionTrigger;
import dev.tracking.core.domain.workflow.WorkflowDefinition;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.core.domain.workflow.WorkflowTransition;
import dev.tracking.testsupport.PersistencePorts;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the workflow contracts cannot see: the lists as the schema's seed writes them, one query per definition, a
 * refused definition that leaves the caller's unit of work usable, and which field each refusal names.
 */
abstract class WorkflowStorageTests {

    private static final String FEATURE = "workflow.advance";
    private static final Instant NOW = Instant.parse("2025-03-14T09:00:00.123456Z");

    private PersistencePorts ports;

    abstract PersistencePorts ports();

    abstract TestDatabase database();

    @BeforeEach
    void givenTheAdvanceFeature() {
        ports = ports();
        ports.permissions().saveFeature(FEATURE, "Advance a MAWB's workflow");
    }

    @Test
    void listsAreWrittenAsTheSchemasSeedWritesThem() {
        ports.workflowDefinitions().insert(DefaultWorkflows.usAirImport());

        assertThat(query("""
                SELECT step_code, required_file_types, required_conditions, entry_actions, advance_on_events,
                       applies_when
                FROM workflow_steps WHERE workflow_code = 'US_AIR_IMPORT' ORDER BY position
                """)).containsExactly(
                "PRE_ALERT||||||SEND_PRE_ALERT||||ALWAYS",
                "DOCS_COMPLETE||COMMERCIAL_INVOICE,MAWB,PACKING_LIST||||||||ALWAYS",
                "ARRIVED||||ARRIVAL_RECORDED||SCHEDULE_LAST_FREE_DAY_ALERTS,SCHEDULE_ISC_REMINDERS||ARR,RCF||ALWAYS",
                "ISC_PAID||||ISC_PAID||||||ALWAYS",
                "CUSTOMS_RELEASED||CUSTOMS_RELEASE||CUSTOMS_CLEARED,ISC_PAID||SCHEDULE_PICKUP_REMINDER||||ALWAYS",
                "PICKUP_SCHEDULED||DELIVERY_ORDER||||||||ALWAYS",
                "DELIVERED||||DELIVERED||SCHEDULE_EMPTY_RETURN_REMINDERS||DDL,DLV||ALWAYS",
                "EMPTY_RETURNED||EMPTY_RETURN_RECEIPT||CONTAINERS_RETURNED||||||OCEAN_CONTAINERS",
                "CLOSED||||||CANCEL_ALL_REMINDERS||||ALWAYS");
    }

    @Test
    void theSchemasSeededSopReadsAsTheDefaultSop() throws IOException {
        execute("INSERT INTO workflow_definitions (workflow_code, workflow_version) VALUES ('US_AIR_IMPORT', 1)");
        execute(seedOfUsAirImport());

        assertThat(ports.workflowDefinitions().findLatest(DefaultWorkflows.US_AIR_IMPORT))
                .contains(DefaultWorkflows.usAirImport());
    }

    @Test
    void aDefinitionIsReadInOneQueryAndWrittenInOneInsert() {
        StatementSpy spy = new StatementSpy(database().dataSource());
        JdbiPersistence spied = JdbiPersistence.create(spy.dataSource());
        spy.reset();

        spied.workflowDefinitions().insert(DefaultWorkflows.usAirImport());

        assertThat(spy.callsOf("insert into workflow_steps")).extracting(StatementSpy.Call::method)
                .containsExactly("execute");
        spy.reset();
        assertThat(spied.workflowDefinitions().findLatest(DefaultWorkflows.US_AIR_IMPORT)).isPresent();
        assertThat(spied.workflowDefinitions().find(DefaultWorkflows.US_AIR_IMPORT, 1)).isPresent();
        assertThat(spy.executions()).isEqualTo(2);
    }

    @Test
    void aRefusedDefinitionStoresNothingAndLeavesTheUnitOfWorkUsable() {
        WorkflowDefinition bad = definition("BAD", "unknown.feature");

        ValidationException refused = ports.transactions().inTransaction(() -> {
            ValidationException e = catchThrowableOfType(ValidationException.class,
                    () -> ports.workflowDefinitions().insert(bad));
            ports.carriers().insert(TestData.carrier());
            return e;
        });

        assertThat(refused.violations()).extracting(FieldViolation::field).containsExactly("advanceFeature");
        assertThat(refused.getMessage()).contains("B").contains("unknown.feature");
        assertThat(ports.workflowDefinitions().find("BAD", 1)).isEmpty();
        assertThat(ports.carriers().findAll()).hasSize(1);
    }

    @Test
    void aFileTypeTheListCannotHoldIsRefused() {
        WorkflowDefinition commas = new WorkflowDefinition("COMMAS", 1, List.of(
                new WorkflowStep("A", "A", 0, Set.of("MAWB,PACKING_LIST"), Set.of(), List.of(), FEATURE, Set.of(),
                        Applicability.ALWAYS),
                new WorkflowStep("B", "B", 1, Set.of(), Set.of(), List.of(), FEATURE, Set.of(),
                        Applicability.ALWAYS)));

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> ports.workflowDefinitions().insert(commas));

        assertThat(refused.field()).isEqualTo("requiredFileTypes");
        assertThat(ports.workflowDefinitions().find("COMMAS", 1)).isEmpty();
    }

    @Test
    void aSecondCopyNamesTheVersion() {
        ports.workflowDefinitions().insert(definition("TWICE", FEATURE));

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> ports.workflowDefinitions().insert(definition("TWICE", FEATURE)));

        assertThat(duplicate.field()).isEqualTo("version");
        assertThat(duplicate.value()).isEqualTo("TWICE v1");
    }

    @Test
    void aWorkflowOfAnUnknownMawbIsRefusedOnMawbId() {
        WorkflowDefinition definition = givenDefinition();
        MawbWorkflow workflow = MawbWorkflow.start(new MawbId(UUID.randomUUID()), definition, NOW);

        ValidationException refused = catchThrowableOfType(ValidationException.class,
                () -> ports.mawbWorkflows().insert(workflow));

        assertThat(refused.field()).isEqualTo("mawbId");
    }

    @Test
    void aWorkflowAtAStepItsDefinitionLacksIsRefusedOnCurrentStep() {
        WorkflowDefinition definition = givenDefinition();
        Mawb mawb = givenMawb();
        MawbWorkflow atNoSuchStep = MawbWorkflow.start(mawb.id(), definition, NOW).moveTo("NO_SUCH_STEP", NOW);

        ValidationException onInsert = catchThrowableOfType(ValidationException.class,
                () -> ports.mawbWorkflows().insert(atNoSuchStep));
        MawbWorkflow stored = ports.mawbWorkflows().insert(MawbWorkflow.start(mawb.id(), definition, NOW));
        ValidationException onUpdate = catchThrowableOfType(ValidationException.class,
                () -> ports.mawbWorkflows().update(stored.moveTo("NO_SUCH_STEP", NOW)));

        assertThat(onInsert.field()).isEqualTo("currentStep");
        assertThat(onUpdate.field()).isEqualTo("currentStep");
        assertThat(ports.mawbWorkflows().findByMawb(mawb.id())).contains(stored);
    }

    @Test
    void aSecondWorkflowOfAMawbNamesTheMawb() {
        WorkflowDefinition definition = givenDefinition();
        Mawb mawb = givenMawb();
        ports.mawbWorkflows().insert(MawbWorkflow.start(mawb.id(), definition, NOW));

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> ports.mawbWorkflows().insert(MawbWorkflow.start(mawb.id(), definition, NOW)));

        assertThat(duplicate.entity()).isEqualTo("MAWB workflow");
        assertThat(duplicate.field()).isEqualTo("mawbId");
        assertThat(duplicate.value()).isEqualTo(mawb.id().toString());
    }

    @Test
    void updatingAWorkflowNeverStoredIsNotFound() {
        WorkflowDefinition definition = givenDefinition();
        Mawb mawb = givenMawb();

        assertThat(catchThrowableOfType(NotFoundException.class, () -> ports.mawbWorkflows().update(
                MawbWorkflow.start(mawb.id(), definition, NOW).withVersion(1)))).isNotNull();
    }

    @Test
    void movesNameTheirSequenceNumberWhenTakenAndTheirMawbWhenUnknown() {
        WorkflowDefinition definition = givenDefinition();
        Mawb mawb = givenMawb();
        ports.mawbWorkflows().insert(MawbWorkflow.start(mawb.id(), definition, NOW));
        ports.mawbWorkflows().addTransition(move(mawb.id(), 1));

        DuplicateException duplicate = catchThrowableOfType(DuplicateException.class,
                () -> ports.mawbWorkflows().addTransition(move(mawb.id(), 1)));
        ValidationException unknown = catchThrowableOfType(ValidationException.class,
                () -> ports.mawbWorkflows().addTransition(move(new MawbId(UUID.randomUUID()), 1)));

        assertThat(duplicate.entity()).isEqualTo("workflow transition");
        assertThat(duplicate.field()).isEqualTo("seq");
        assertThat(duplicate.value()).isEqualTo("1");
        assertThat(unknown.field()).isEqualTo("mawbId");
    }

    private static WorkflowTransition move(MawbId mawbId, int seq) {
        return new WorkflowTransition(mawbId, seq, null, "A", TransitionTrigger.MANUAL, null, "alice", NOW);
    }

    private static WorkflowDefinition definition(String code, String featureOfB) {
        return new WorkflowDefinition(code, 1, List.of(
                new WorkflowStep("A", "A", 0, Set.of(), Set.of(), List.of(), FEATURE, Set.of(),
                        Applicability.ALWAYS),
                new WorkflowStep("B", "B", 1, Set.of(), Set.of(), List.of(), featureOfB, Set.of(),
                        Applicability.ALWAYS)));
    }

    private WorkflowDefinition givenDefinition() {
        WorkflowDefinition definition = definition("SOP", FEATURE);
        ports.workflowDefinitions().insert(definition);
        return definition;
    }

    private Mawb givenMawb() {
        ports.carriers().insert(TestData.carrier());
        return ports.mawbs().insert(TestData.mawb(1));
    }

    /** The schema's own INSERT of the default SOP, from its V4 migration for this database. */
    private String seedOfUsAirImport() throws IOException {
        String location = "db/tracking/" + database().kind().name().toLowerCase(Locale.ROOT) + "/V4__workflow.sql";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(location)) {
            assertThat(in).as(location).isNotNull();
            String migration = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int start = migration.indexOf("INSERT INTO workflow_steps");
            assertThat(start).as("the seed's INSERT in " + location).isNotNegative();
            return migration.substring(start, migration.indexOf(';', start));
        }
    }

    /** Each row's columns joined by {@code ||}. */
    private List<String> query(String sql) {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    values.add(rs.getString(i));
                }
                rows.add(String.join("||", values));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void execute(String sql) {
        try (Connection connection = database().dataSource().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
