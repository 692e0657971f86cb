package dev.tracking.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.tracking.schema.TrackingSchema;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
    private final List<HikariDataSource> extraPools = new ArrayList<>();

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
        return open(kind, newName(), poolSize, null);
    }

    /**
     * PostgreSQL: a new database copied from {@code template} (a database whose pool was {@link #release() released}),
     * so that data seeded once serves several measurements, each on its own copy.
     */
    public static BenchDatabase copyOf(String template, int poolSize) {
        return open(BenchDatabaseKind.POSTGRESQL, newName(), poolSize, template);
    }

    private static String newName() {
        return "bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static BenchDatabase open(BenchDatabaseKind kind, String name, int poolSize, String template) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        switch (kind) {
            case POSTGRESQL -> {
                BenchPostgres server = BenchPostgres.shared();
                server.execute("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
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

    public String name() {
        return name;
    }

    /**
     * PostgreSQL: closes the pool but keeps the database, to serve as a {@link #copyOf template}; drop it with
     * {@link #drop(String)}.
     */
    public String release() {
        if (kind != BenchDatabaseKind.POSTGRESQL) {
            throw new IllegalStateException("only PostgreSQL databases serve as templates");
        }
        pool.close();
        return name;
    }

    /** PostgreSQL: drops a released database. */
    public static void drop(String name) {
        BenchPostgres.shared().execute("DROP DATABASE IF EXISTS " + name);
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

    /**
     * Another connection pool on the same database, with at most {@code poolSize} connections (for a second engine
     * instance or client that must not share the first pool); closed with the database.
     */
    public synchronized DataSource openPool(String purpose, int poolSize) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name + "_" + purpose);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        config.setJdbcUrl(pool.getJdbcUrl());
        config.setUsername(pool.getUsername());
        config.setPassword(pool.getPassword());
        HikariDataSource extra = new HikariDataSource(config);
        extraPools.add(extra);
        return extra;
    }

    /** Runs one statement outside any use case (set-up, statistics, plans). */
    public void execute(String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run: " + sql, e);
        }
    }

    /** Runs one query that returns a single number (a count, a size) outside any use case. */
    public long queryForLong(String sql) {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            if (!rows.next()) {
                throw new IllegalStateException("no row from: " + sql);
            }
            return rows.getLong(1);
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
        synchronized (this) {
            extraPools.forEach(HikariDataSource::close);
            extraPools.clear();
        }
        if (kind == BenchDatabaseKind.H2) {
            dropH2();
        }
        pool.close();
        if (kind == BenchDatabaseKind.POSTGRESQL) {
            BenchPostgres.shared().execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    /** Frees the in-memory database's memory; the connection that runs it is closed by it. */
    private void dropH2() {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP ALL OBJECTS");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop the H2 benchmark database", e);
        }
    }

    @Override
    public String toString() {
        return kind.label();
    }
}
