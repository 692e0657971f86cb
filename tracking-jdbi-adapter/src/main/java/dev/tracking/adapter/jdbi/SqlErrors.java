package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.common.DuplicateException;
import dev.tracking.core.domain.common.ValidationException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.JdbiException;

/**
 * The adapter's one translation of database errors into the domain's: a unique violation (SQLState 23505 on
 * PostgreSQL and H2) becomes a {@link DuplicateException} naming the field its constraint guards; a foreign key that
 * finds no row (SQLState 23503 on PostgreSQL, 23506 on H2) becomes a {@link ValidationException} on the field the
 * write said its foreign key refers to ({@link WrittenKeys#referring}). Other errors pass unchanged.
 */
final class SqlErrors {

    static final String UNIQUE_VIOLATION = "23505";

    /**
     * A referenced row is missing: PostgreSQL's foreign_key_violation (which it also raises for a delete of a row
     * still referred to), and H2's "parent missing" (H2 reports the other direction as 23503).
     */
    private static final Set<String> MISSING_REFERENCE = Set.of("23503", "23506");

    /**
     * {@code failure} as the domain sees it. A violated key the schema does not name (the primary keys of bills,
     * attachments, events, jobs and MAWB workflows, which PostgreSQL calls {@code <table>_pkey} and H2
     * {@code CONSTRAINT_<n>}) is the written record's primary key, the field {@code written} names first (such as
     * {@code id}, or a MAWB workflow's {@code mawbId}): no other unnamed unique key of those tables exists.
     */
    static RuntimeException translate(JdbiException failure, WrittenKeys written) {
        List<SQLException> causes = sqlCauses(failure);
        if (causes.stream().anyMatch(SqlErrors::isUniqueViolation)) {
            return duplicate(failure, causes, written);
        }
        if (written.refersToSomething() && causes.stream().anyMatch(SqlErrors::isMissingReference)) {
            ValidationException unknown = new ValidationException(written.referenceField(),
                    "unknown " + written.referenceField() + " " + written.referenceValue());
            unknown.initCause(failure);
            return unknown;
        }
        return failure;
    }

    private static DuplicateException duplicate(JdbiException failure, List<SQLException> causes,
            WrittenKeys written) {
        String messages = String.join("\n", causes.stream().map(String::valueOf).toList());
        DuplicateException duplicate = UniqueConstraint.namedIn(messages)
                .map(c -> new DuplicateException(c.entity(), c.field(), written.valueOf(c.field())))
                .orElseGet(() -> new DuplicateException(written.entity(), written.primaryField(),
                        written.valueOf(written.primaryField())));
        duplicate.initCause(failure);
        return duplicate;
    }

    /** Whether {@code failure} is, or was caused by, a unique violation. */
    static boolean isUniqueViolation(Throwable failure) {
        return sqlCauses(failure).stream().anyMatch(SqlErrors::isUniqueViolation);
    }

    /** Whether {@code failure} is, or was caused by, a violation of the unique key {@code constraint}. */
    static boolean violates(Throwable failure, UniqueConstraint constraint) {
        List<SQLException> causes = sqlCauses(failure).stream().filter(SqlErrors::isUniqueViolation).toList();
        String messages = String.join("\n", causes.stream().map(String::valueOf).toList());
        return !causes.isEmpty() && UniqueConstraint.namedIn(messages).filter(constraint::equals).isPresent();
    }

    private static boolean isMissingReference(SQLException e) {
        return MISSING_REFERENCE.contains(e.getSQLState());
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
