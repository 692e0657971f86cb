package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.DuplicateException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.JdbiException;

/**
 * The adapter's one translation of database errors into the domain's: a unique violation (SQLState 23505 on
 * PostgreSQL and H2) becomes a {@link DuplicateException} naming the field its constraint guards. Other errors pass
 * unchanged.
 */
final class SqlErrors {

    static final String UNIQUE_VIOLATION = "23505";

    /**
     * {@code failure} as the domain sees it. A violated key the schema does not name (the primary keys of bills,
     * attachments and events, which PostgreSQL calls {@code <table>_pkey} and H2 {@code CONSTRAINT_<n>}) is the
     * written record's {@code id}: no other unique key of those tables exists.
     */
    static RuntimeException translate(JdbiException failure, WrittenKeys written) {
        List<SQLException> causes = sqlCauses(failure);
        if (causes.stream().noneMatch(SqlErrors::isUniqueViolation)) {
            return failure;
        }
        String messages = String.join("\n", causes.stream().map(String::valueOf).toList());
        DuplicateException duplicate = UniqueConstraint.namedIn(messages)
                .map(c -> new DuplicateException(c.entity(), c.field(), written.valueOf(c.field())))
                .orElseGet(() -> new DuplicateException(written.entity(), "id", written.valueOf("id")));
        duplicate.initCause(failure);
        return duplicate;
    }

    /** Whether {@code failure} is, or was caused by, a unique violation. */
    static boolean isUniqueViolation(Throwable failure) {
        return sqlCauses(failure).stream().anyMatch(SqlErrors::isUniqueViolation);
    }

    private static boolean isUniqueViolation(SQLException e) {
        return UNIQUE_VIOLATION.equals(e.getSQLState());
    }

    /** Every SQLException among the causes, following JDBC's chain of next exceptions (batches use it). */
    private static List<SQLException> sqlCauses(Throwable failure) {
        List<SQLException> found = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        collect(failure, found, seen);
        return found;
    }

    private static void collect(Throwable t, List<SQLException> found, Map<Throwable, Boolean> seen) {
        if (t == null || seen.put(t, Boolean.TRUE) != null) {
            return;
        }
        if (t instanceof SQLException sql) {
            found.add(sql);
            collect(sql.getNextException(), found, seen);
        }
        collect(t.getCause(), found, seen);
    }

    private SqlErrors() {
    }
}
