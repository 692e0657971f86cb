package dev.tracking.adapter.jdbi;

import dev.tracking.core.domain.job.JobAttempt.Outcome;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * A change of jobs an owner holds: {@code set} is the SET list of an UPDATE of {@code scheduled_jobs}, which
 * {@link JobLeases#HELD} guards; it may use {@code :at} and the parameters {@code arguments} binds. Each changed job's
 * running attempt ends at {@code at} with {@code outcome} and {@code error}.
 *
 * @param ids non-empty
 */
record HeldJobChange(String set, String owner, List<UUID> ids, Instant at, UnaryOperator<Query> arguments,
        Outcome outcome, String error) {

    HeldJobChange {
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(owner, "owner");
        ids = List.copyOf(ids);
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(arguments, "arguments");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** The guarded UPDATE. */
    String update() {
        return "UPDATE scheduled_jobs\nSET " + set + "\n" + JobLeases.HELD;
    }

    /** Binds the UPDATE's parameters to {@code statement}. */
    Query bindUpdate(Query statement) {
        return arguments.apply(statement
                .bindArray("ids", UUID.class, ids)
                .bind("owner", owner)
                .bind("at", at));
    }

    /** Binds the parameters of {@link JobLeases#CLOSE_ATTEMPTS} but {@code :at}. */
    <S extends SqlStatement<S>> S bindAttempt(S statement) {
        return statement.bind("attempt_outcome", outcome.name()).bind("attempt_error", error);
    }
}
