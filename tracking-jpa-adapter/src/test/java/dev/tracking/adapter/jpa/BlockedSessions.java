package dev.tracking.adapter.jpa;

import dev.tracking.testsupport.database.DatabaseKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
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
        Instant deadline = Instant.now().plus(PATIENCE);
        int seen = 0;
        while (Instant.now().isBefore(deadline)) {
            seen = blockedSessions(db.rawDataSource(), db.kind()) > 0 ? seen + 1 : 0;
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

    private static int blockedSessions(DataSource dataSource, DatabaseKind kind) {
        String sql = kind == DatabaseKind.H2
                ? "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS"
                        + " WHERE LOWER(EXECUTING_STATEMENT) LIKE 'insert into %event_dedupe_keys%'"
                : "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                        + " AND datname = current_database()";
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private BlockedSessions() {
    }
}
