package dev.tracking.adapter.jpa;

import dev.tracking.testsupport.database.DatabaseKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Future;
import javax.sql.DataSource;

/**
 * Waits, in race tests, until another session waits for a lock the test's unit of work holds. PostgreSQL reports such
 * a session in {@code pg_stat_activity}; H2 does not (its {@code BLOCKER_ID} stays null for row locks), so on H2 a
 * session still running an insert into the contended table a moment later counts as waiting.
 */
final class BlockedSessions {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * Returns once a session of the database waits for a lock (seen three times in a row), or {@code racer} is
     * done, whichever comes first.
     *
     * @return whether a blocked session was seen
     */
    static boolean awaitBlocked(DatabaseUnderTest db, Future<?> racer) throws InterruptedException {
        return awaitBlocked(db, racer, "insert into %event_dedupe_keys%");
    }

    /**
     * As {@link #awaitBlocked(DatabaseUnderTest, Future)}, where on H2 a waiting session is one whose statement, in
     * lower case, is {@code LIKE h2Statement} (such as {@code select % from %audit_chain_head% for update}).
     */
    static boolean awaitBlocked(DatabaseUnderTest db, Future<?> racer, String h2Statement)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        int seen = 0;
        while (Instant.now().isBefore(deadline)) {
            seen = blockedSessions(db.rawDataSource(), db.kind(), h2Statement) > 0 ? seen + 1 : 0;
            if (seen >= 3) {
                return true;
            }
            if (racer.isDone()) {
                return false;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no session blocked within " + PATIENCE + " and the racer is still running");
    }

    private static int blockedSessions(DataSource dataSource, DatabaseKind kind, String h2Statement) {
        String sql = kind == DatabaseKind.H2
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS WHERE LOWER(EXECUTING_STATEMENT) LIKE ?"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND datname = current_database()";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            if (kind == DatabaseKind.H2) {
                statement.setString(1, h2Statement);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private BlockedSessions() {
    }
}
