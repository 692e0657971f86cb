/**
 * Spring Boot auto-configuration of the tracking platform. Registered only in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}, never component-scanned,
 * each configuration ordered after the DataSource auto-configuration and every bean backing off when the host
 * declares its own:
 *
 * <ol>
 *   <li>{@link dev.tracking.spring.autoconfigure.TrackingSchemaAutoConfiguration}: the Flyway migrations, before any
 *       persistence bean;</li>
 *   <li>{@link dev.tracking.spring.autoconfigure.TrackingJdbiAutoConfiguration} or
 *       {@link dev.tracking.spring.autoconfigure.TrackingJpaAutoConfiguration}: the persistence adapter, chosen by
 *       {@code tracking.persistence} or the class path;</li>
 *   <li>{@link dev.tracking.spring.autoconfigure.TrackingMailAutoConfiguration} and
 *       {@link dev.tracking.spring.autoconfigure.TrackingSecurityAutoConfiguration}: e-mail and the signed-in user;</li>
 *   <li>{@link dev.tracking.spring.autoconfigure.TrackingPlatformAutoConfiguration}: the platform and its ports;</li>
 *   <li>{@link dev.tracking.spring.autoconfigure.TrackingSchedulerAutoConfiguration}: the job engine, started and
 *       stopped with the context;</li>
 *   <li>{@link dev.tracking.spring.autoconfigure.TrackingActuatorAutoConfiguration}: the health indicator.</li>
 * </ol>
 *
 * Settings: {@link dev.tracking.spring.autoconfigure.TrackingProperties} ({@code tracking.*}).
 */
package dev.tracking.spring.autoconfigure;
