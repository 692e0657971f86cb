/**
 * The tracking core's persistence ports on Jdbi 3, for PostgreSQL 14+ and H2 2.x. Hosts use
 * {@link dev.tracking.adapter.jdbi.JdbiPersistence} and nothing else; every other class is package-private.
 *
 * <p>How it is built: each repository runs its SQL through one {@code Sql} object, which gets the handle of the
 * calling thread's unit of work from a {@code HandleProvider} (the seam for a host's transaction manager; the default
 * {@code ThreadBoundHandles} keeps one handle per thread) and turns unique violations into
 * {@link dev.tracking.core.domain.common.DuplicateException}s, and an unknown reference (a foreign-key violation: a
 * grant's or override's feature, a workflow step's advance feature, a workflow's MAWB or step) into a
 * {@link dev.tracking.core.domain.common.ValidationException}, in one place, {@code SqlErrors}. The two databases
 * differ only in what {@code Dialect} says: how JSON is bound, how event dedupe keys are claimed
 * ({@code INSERT ... ON CONFLICT DO NOTHING} on PostgreSQL, a checked batch with a row-by-row fallback on H2), how a
 * job is scheduled unless its idempotency key is live ({@code ON CONFLICT ON CONSTRAINT ... DO NOTHING} on
 * PostgreSQL, a look-up and then an insert under a savepoint on H2), how due jobs are claimed and the jobs an owner
 * holds are changed ({@code JobLeases}: one statement of data-modifying common table expressions on PostgreSQL, a
 * few statements reading back a {@code FINAL TABLE} on H2, {@code FOR UPDATE SKIP LOCKED} on both), whether the
 * event tables and the audit log are partitioned by month (only on PostgreSQL, where {@code JdbiStorageMaintenance}
 * calls the schema's partition functions), and how a row is upserted ({@code ON CONFLICT DO UPDATE} /
 * {@code MERGE ... KEY}) or inserted unless present (the audit chain's head row, a paused job type). The audit log
 * ({@code JdbiAuditLog}) talks to the {@code HandleProvider} directly: its head lock must live in an open unit of
 * work.
 */
package dev.tracking.adapter.jdbi;
