package dev.tracking.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.workflow.DefaultWorkflows;
import dev.tracking.core.domain.workflow.WorkflowStep;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The SOP the schema seeds is the one the core ships as {@link DefaultWorkflows#usAirImport()}, step for step. */
class SeededWorkflowTest {

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void theSeededUsAirImportSopMatchesTheCoresDefinition(DatabaseKind kind) throws SQLException {
        try (TestDatabase database = TestDatabase.create(kind)) {
            TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();

            assertThat(seededSteps(database)).containsExactlyElementsOf(
                    DefaultWorkflows.usAirImport().steps().stream().map(SeededWorkflowTest::row).toList());
        }
    }

    private static List<String> seededSteps(TestDatabase database) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT step_code, name, position, required_file_types,"
                        + " required_conditions, entry_actions, advance_feature, advance_on_events, applies_when"
                        + " FROM workflow_steps WHERE workflow_code = 'US_AIR_IMPORT' AND workflow_version = 1"
                        + " ORDER BY position")) {
            while (rs.next()) {
                rows.add(String.join("|", rs.getString(1), rs.getString(2), Integer.toString(rs.getInt(3)),
                        sorted(rs.getString(4)), sorted(rs.getString(5)), rs.getString(6), rs.getString(7),
                        sorted(rs.getString(8)), rs.getString(9)));
            }
        }
        return rows;
    }

    private static String row(WorkflowStep step) {
        return String.join("|", step.code(), step.name(), Integer.toString(step.position()),
                String.join(",", new TreeSet<>(step.requiredFileTypes())),
                step.requiredConditions().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                step.entryActions().stream().map(Enum::name).collect(Collectors.joining(",")),
                step.advanceFeature(),
                step.advanceOnEvents().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                step.appliesWhen().name());
    }

    private static String sorted(String commaSeparated) {
        return commaSeparated.isEmpty() ? "" : String.join(",", new TreeSet<>(Set.copyOf(
                Arrays.asList(commaSeparated.split(",")))));
    }
}
