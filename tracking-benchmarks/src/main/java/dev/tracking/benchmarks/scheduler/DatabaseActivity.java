package dev.tracking.benchmarks.scheduler;

import dev.tracking.benchmarks.BenchDatabase;
import dev.tracking.benchmarks.BenchDatabaseKind;

/**
 * What a PostgreSQL server has done so far: the WAL it wrote (server-wide; only the benchmark uses the server) and the
 * transactions committed in the trial's database. Unknown (negative) on H2.
 */
record DatabaseActivity(long walBytes, long commits) {

    static final DatabaseActivity UNKNOWN = new DatabaseActivity(-1, -1);

    static DatabaseActivity of(BenchDatabase database) {
        if (database.kind() != BenchDatabaseKind.POSTGRESQL) {
            return UNKNOWN;
        }
        return new DatabaseActivity(
                database.queryForLong("SELECT (pg_current_wal_lsn() - '0/0')::bigint"),
                database.queryForLong("SELECT xact_commit FROM pg_stat_database WHERE datname = current_database()"));
    }

    boolean isKnown() {
        return walBytes >= 0;
    }

    /** What was done between {@code before} and this. */
    DatabaseActivity since(DatabaseActivity before) {
        if (!isKnown() || !before.isKnown()) {
            return UNKNOWN;
        }
        return new DatabaseActivity(walBytes - before.walBytes, commits - before.commits);
    }
}
