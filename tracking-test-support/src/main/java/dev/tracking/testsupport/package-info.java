/**
 * Test support for the tracking platform: what an adapter must do, and stand-ins for tests of the application.
 *
 * <ul>
 *   <li>{@link dev.tracking.testsupport.PersistencePorts} bundles one instance of every persistence port.</li>
 *   <li>{@link dev.tracking.testsupport.inmemory.InMemoryPersistence#create()} gives in-memory ports, transactional
 *       and thread-safe, for use-case tests and prototypes.</li>
 *   <li>{@link dev.tracking.testsupport.contract} holds one abstract JUnit suite per port. An adapter's tests extend
 *       each and return the adapter's ports over an empty store; passing them all is what "implements the port"
 *       means.</li>
 *   <li>{@link dev.tracking.testsupport.TestData} makes valid domain objects with realistic defaults.</li>
 *   <li>{@link dev.tracking.testsupport.KeysetOrder} spells out the keyset order every list follows.</li>
 * </ul>
 *
 * <p>Put this jar on your adapter's test class path (Maven scope {@code test}); it brings JUnit Jupiter and AssertJ.
 */
package dev.tracking.testsupport;
