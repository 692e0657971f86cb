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
 * PostgreSQL, a look-up and then an insert under a savepoint on H2), and how a row is upserted
 * ({@code ON CONFLICT DO UPDATE} / {@code MERGE ... KEY}) or inserted unless present (the audit chain's head row).
 * The audit log ({@code JdbiAuditLog}) talks to the {@code HandleProvider} directly: its head lock must live in an
 * open unit of work.
 */
package dev.tracking.adapter.jdbi;
