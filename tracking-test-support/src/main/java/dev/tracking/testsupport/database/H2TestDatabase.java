package dev.tracking.testsupport.database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/** A fresh named in-memory H2 database. */
final class H2TestDatabase implements TestDatabase {

    private final JdbcConnectionPool pool;

    H2TestDatabase() {
        String name = "tracking_" + UUID.randomUUID().toString().replace("-", "");
        pool = JdbcConnectionPool.create("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        pool.setMaxConnections(16);
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.H2;
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public String schema() {
        return "PUBLIC";
    }

    @Override
    public void truncateAll() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = Tables.of(connection, schema());
            statement.execute("SET REFERENTIAL_INTEGRITY FALSE");
            for (String table : tables) {
                statement.execute("TRUNCATE TABLE \"" + table + "\"");
            }
            statement.execute("SET REFERENTIAL_INTEGRITY TRUE");
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the H2 test database", e);
        }
    }

    @Override
    public void close() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            // already gone
        }
        pool.dispose();
    }

    @Override
    public String toString() {
        return "H2";
    }
}
