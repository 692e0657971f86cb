package dev.tracking.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tracking.schema.TrackingSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * One fresh database for one measurement: a new database on the shared embedded PostgreSQL server, or a new H2
 * database, migrated with the tracking schema, behind a connection pool.
 */
public final class BenchDatabase implements AutoCloseable {

    private final BenchDatabaseKind kind;
    private final String name;
    private final HikariDataSource pool;

    private BenchDatabase(BenchDatabaseKind kind, String name, HikariDataSource pool) {
        this.kind = kind;
        this.name = name;
        this.pool = pool;
    }

    /** A new, empty, migrated database of the given kind, with at most {@code poolSize} connections. */
    public static BenchDatabase create(BenchDatabaseKind kind, int poolSize) {
        BenchDatabase database = createEmpty(kind, poolSize);
        TrackingSchema.migrate(database.dataSource());
        return database;
    }

    /** A new database without any schema (for baselines that bring their own tables). */
    public static BenchDatabase createEmpty(BenchDatabaseKind kind, int poolSize) {
        String name = "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        switch (kind) {
            case POSTGRESQL -> {
                BenchPostgres server = BenchPostgres.shared();
                server.execute("CREATE DATABASE " + name);
                config.setJdbcUrl(server.jdbcUrl(name));
                config.setUsername(BenchPostgres.USER);
                config.setPassword(BenchPostgres.USER);
            }
            case H2 -> {
                config.setJdbcUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
                config.setUsername("sa");
                config.setPassword("");
            }
            default -> throw new IllegalArgumentException(kind.name());
        }
        return new BenchDatabase(kind, name, new HikariDataSource(config));
    }

    /**
     * Another pool of at most {@code maximumSize} connections to the same database, for work that must run on
     * connections of its own (e.g. one connection whose statistics are read); the caller closes it.
     */
    public HikariDataSource newPool(String purpose, int maximumSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name + "-" + purpose);
        config.setJdbcUrl(pool.getJdbcUrl());
        config.setUsername(pool.getUsername());
        config.setPassword(pool.getPassword());
        config.setMaximumPoolSize(maximumSize);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    public BenchDatabaseKind kind() {
        return kind;
    }

    public DataSource dataSource() {
        return pool;
    }

    /** Runs one statement outside any use case (set-up, statistics, plans). */
    public void execute(String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run: " + sql, e);
        }
    }

    /** Refreshes the planner's statistics, as autovacuum would after a bulk load. */
    public void analyze() {
        execute("ANALYZE");
    }

    @Override
    public void close() {
        if (kind == BenchDatabaseKind.H2) {
            try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN");
            } catch (SQLException e) {
                // handing back a connection of the database just shut down fails; the database is gone either way
            }
        }
        pool.close();
        if (kind == BenchDatabaseKind.POSTGRESQL) {
            BenchPostgres.shared().execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    @Override
    public String toString() {
        return kind.label();
    }
}
