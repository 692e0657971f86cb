package dev.tracking.schema;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The MAWB list's indexes on PostgreSQL: the trigram indexes of the text search where pg_trgm can be had (the embedded
 * test server has it), created again on request without harm, and the list and dashboard indexes of V7.
 */
class PostgresTextSearchIndexesTest {

    private static final List<String> TRIGRAM_INDEXES = List.of("hawbs_hawb_number_trgm_idx",
            "mawbs_awb_digits_trgm_idx", "mawbs_awb_number_trgm_idx", "mawbs_consignee_name_trgm_idx");

    private static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.create(DatabaseKind.POSTGRESQL);
        TrackingSchema.configure(database.dataSource()).schema(database.schema()).migrate();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @Test
    void theMigrationCreatesTheTrigramIndexesWhenPgTrgmCanBeHad() throws SQLException {
        assertThat(strings("SELECT extname FROM pg_extension WHERE extname = 'pg_trgm'")).containsExactly("pg_trgm");
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND indexname LIKE '%trgm_idx' ORDER BY indexname")).containsExactlyElementsOf(TRIGRAM_INDEXES);
        assertThat(strings("SELECT indexdef FROM pg_indexes WHERE indexname = 'mawbs_awb_number_trgm_idx'"
                + " AND schemaname = current_schema()")).singleElement().asString()
                .contains("USING gin (lower((awb_number)::text)").contains("gin_trgm_ops");
    }

    @Test
    void creatingTheTrigramIndexesAgainChangesNothing() throws SQLException {
        assertThat(strings("SELECT tracking_create_text_search_indexes()::text")).containsExactly("true");
        assertThat(strings("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND indexname LIKE '%trgm_idx' ORDER BY indexname")).containsExactlyElementsOf(TRIGRAM_INDEXES);
    }

    @Test
    void theListAndDashboardIndexesCarryTheirComments() throws SQLException {
        for (String index : List.of("mawbs_status_destination_created_idx", "mawbs_undelivered_last_free_day_idx",
                "mawbs_awb_number_prefix_idx", "bills_open_idx", "mawbs_awb_number_trgm_idx")) {
            assertThat(strings("SELECT obj_description(to_regclass('" + index + "'), 'pg_class')"))
                    .as(index).singleElement().isNotNull();
        }
        assertThat(strings("SELECT indexdef FROM pg_indexes WHERE indexname = 'bills_open_idx'"
                + " AND schemaname = current_schema()")).singleElement().asString()
                .contains("INCLUDE (amount)").contains("WHERE ((status)::text = 'OPEN'::text)");
    }

    private static List<String> strings(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
