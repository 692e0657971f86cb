package dev.tracking.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The schema's check constraints keep working on H2 after the connections that migrated it are closed, as they are
 * with a data source that does not pool (H2 2.4.240 broke this: its CHECK ... IN (...) constraints then failed with
 * "Check constraint invalid", h2database#4302).
 */
class H2ConnectionsTest {

    @Test
    void checkConstraintsHoldOnAConnectionOpenedAfterTheMigration() throws SQLException {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:unpooled-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");

        TrackingSchema.migrate(dataSource);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThat(statement.executeUpdate("INSERT INTO features (code, description) VALUES "
                    + "('sample.read', 'Sample')")).isEqualTo(1);
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO user_overrides (user_id, feature_code, "
                    + "effect, created_at, created_by) VALUES ('u', 'sample.read', 'MAYBE', CURRENT_TIMESTAMP, 's')"))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("violation");
            assertThat(statement.executeUpdate("INSERT INTO user_overrides (user_id, feature_code, effect, "
                    + "created_at, created_by) VALUES ('u', 'sample.read', 'GRANT', CURRENT_TIMESTAMP, 's')"))
                    .isEqualTo(1);
        }
    }
}
