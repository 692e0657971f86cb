/**
 * The tracking core's persistence ports on Jakarta Persistence 3.2 and Hibernate 7. The public entry is
 * {@link dev.tracking.adapter.jpa.JpaPersistence}; everything else is package-private.
 *
 * <p>How it is put together:
 * <ul>
 *   <li><b>Entities apart from the domain.</b> Each table of the tracking schema the ports use has an entity
 *       ({@code MawbEntity}, {@code FlightLegEntity}, ...) whose fields mirror its columns; mapper classes
 *       ({@code MawbMapper}, ...) turn them into the core's immutable records and back. The domain never sees an
 *       entity. A MAWB's flights, references and equipment are entities of their own keyed by (mawb_id, seq), loaded
 *       for a whole page of MAWBs with one query per table ({@code MawbChildren}).</li>
 *   <li><b>Units of work.</b> {@code EntityManagerBinding} is the seam that hands repositories the entity manager of
 *       the current unit of work (and tells whether one is open); {@code ThreadBoundEntityManagers} binds one per
 *       thread and transaction.</li>
 *   <li><b>Writes.</b> Every write flushes before it returns, so its failures surface from the port call that caused
 *       them and {@code PersistenceErrors} types them (duplicates by constraint name, stale versions).
 *       {@code @Version} does the optimistic locking ({@code OptimisticUpdate}); inserts and updates are JDBC-batched.</li>
 *   <li><b>Events.</b> Stored only when their dedupe key could be claimed ({@code DedupeKeyClaims}): with
 *       {@code INSERT ... ON CONFLICT DO NOTHING RETURNING} on PostgreSQL, with a lookup, a JDBC batch and a
 *       row-by-row fallback under savepoints on H2. Their metadata is JSON written by Jackson 3
 *       ({@code Jackson3JsonFormatMapper}).</li>
 *   <li><b>Audit log.</b> {@code JpaAuditLog}: the chain's head is the one row of {@code audit_chain_head}, locked
 *       with {@code PESSIMISTIC_WRITE} by {@code lockHead()} for the rest of the unit of work and recreated from the
 *       last entry when it is missing ({@code ChainHeadRow}); {@code append} moves it with a guarded bulk update and
 *       then inserts the (immutable) entries in JDBC batches; {@code stream} scrolls a forward-only cursor and detaches
 *       each row as it goes. Changes and context are JSON columns written by Jackson 3
 *       ({@code AuditChangeJson} pins their shape).</li>
 *   <li><b>Permissions.</b> {@code JpaPermissionRepository}: the catalogue, grants and overrides; saving a feature or
 *       an override is a native upsert per database ({@code SupportedDatabase}), and a grant or override of an
 *       unknown feature meets the schema's foreign key, which {@code PersistenceErrors} types.</li>
 *   <li><b>Workflows.</b> {@code JpaWorkflowDefinitionRepository} stores a definition as one {@code workflow_steps}
 *       row per step, its lists as comma-separated text ({@code WorkflowDefinitionMapper}), and reads a version with
 *       all its steps in one query; {@code JpaMawbWorkflowRepository} keeps each MAWB's workflow (versioned, through
 *       {@code OptimisticUpdate}) and its moves. Both check in the caller's unit of work what they can (a new version,
 *       known features, a step the definition has) before writing, so a refused write costs no failed statement; the
 *       schema's keys and foreign keys stay the guard, typed by {@code PersistenceErrors}.</li>
 *   <li><b>Jobs.</b> {@code JpaJobStore} inserts a job unless a live job has its idempotency key
 *       ({@code ScheduledJobInserts}): {@code INSERT ... ON CONFLICT ON CONSTRAINT ... DO NOTHING} on PostgreSQL, a
 *       lookup and an insert under a savepoint on H2, so a taken key never fails the caller's unit of work. Its
 *       payload is a JSON object written by the adapter's Jackson mapper; waiting jobs are listed and cancelled by a
 *       literal key prefix ({@code LIKE ... ESCAPE}) on the generated column {@code live_idempotency_key}. Engines
 *       claim due jobs in three statements whatever their number: a {@code SELECT ... FOR UPDATE SKIP LOCKED}
 *       ({@code PESSIMISTIC_WRITE} with the skip-locked timeout), one bulk update of the claimed rows and one
 *       {@code INSERT ... SELECT} of their attempts ({@code JobAttemptEntity}); the ends of a run are bulk updates
 *       guarded by the owner's lease, followed by one that closes the attempts. Paused types
 *       ({@code JobTypePauseEntity}) are inserted unless present ({@code JobTypePauses}).</li>
 *   <li><b>Storage maintenance.</b> On PostgreSQL {@code PostgresStorageMaintenance} calls the schema's partition
 *       routines ({@code tracking_ensure_partitions}, {@code tracking_drop_partitions}) on the unit of work's
 *       connection, named with the configured schema; H2 needs none.</li>
 *   <li><b>Schema.</b> Flyway ({@code tracking-schema}) owns it; Hibernate only validates the mapping against it at
 *       start-up.</li>
 * </ul>
 */
package dev.tracking.adapter.jpa;
