/**
 * Contract suites: abstract JUnit Jupiter classes, one per persistence port, that say what every implementation must
 * do. To check an adapter, extend each suite in the adapter's tests and implement
 * {@link dev.tracking.testsupport.contract.PersistenceContract#ports()} to return its ports over an empty store:
 *
 * <pre>{@code
 * class JdbiMawbRepositoryContractTest extends MawbRepositoryContract {
 *     @Override
 *     protected PersistencePorts ports() {
 *         return PersistencePorts.of(JdbiPersistence.create(freshDatabase()));
 *     }
 * }
 * }</pre>
 *
 * <p>{@link dev.tracking.testsupport.contract.PersistenceContract} lists what the suites assume of a store
 * (microsecond timestamps, decimals compared by value, foreign keys allowed). The suites use each port only through
 * its interface, so an adapter passes them as a SQL database behaves, without special hooks; the one optional hook,
 * {@link dev.tracking.testsupport.contract.AuditLogContract#deleteHeadRow()}, lets an adapter show that it rebuilds a
 * lost audit chain head.
 */
package dev.tracking.testsupport.contract;
