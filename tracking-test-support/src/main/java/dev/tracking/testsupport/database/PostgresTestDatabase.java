package dev.tracking.testsupport.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** A fresh schema on the shared PostgreSQL server, dropped on close. */
final class PostgresTestDatabase implements TestDatabase {

    private final PostgresTestServer server;
    private final String schema;
    private final HikariDataSource pool;

    PostgresTestDatabase(PostgresTestServer server) {
        this.server = server;
        this.schema = "tracking_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        execute("CREATE SCHEMA " + schema);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(server.url);
        config.setUsername(server.user);
        config.setPassword(server.password);
        config.setSchema(schema);
        config.setMaximumPoolSize(8);
        config.setMinimumIdle(0);
        config.setPoolName("test-" + schema);
        pool = new HikariDataSource(config);
    }

    @Override
    public DatabaseKind kind() {
        return DatabaseKind.POSTGRESQL;
    }

    @Override
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public String schema() {
        return schema;
    }

    @Override
    public void truncateAll() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            List<String> tables = Tables.of(connection, schema);
            if (!tables.isEmpty()) {
                statement.execute("TRUNCATE " + tables.stream().map(t -> schema + "." + t)
                        .collect(Collectors.joining(", ")) + " RESTART IDENTITY CASCADE");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty the PostgreSQL test schema", e);
        }
    }

    @Override
    public void close() {
        pool.close();
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(server.url, server.user, server.password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on the PostgreSQL test server", e);
        }
    }

    @Override
    public String toString() {
        return "PostgreSQL";
    }
}
