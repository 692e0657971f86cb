package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.job.JobCriteria;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.port.out.JobStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The auto-configurations under test, fresh H2 databases, and waiting for the engine. */
final class TestContexts {

    /** Every auto-configuration of this module but the REST API's, in no particular order (Boot sorts them). */
    static final Class<?>[] AUTO_CONFIGURATIONS = {
            TrackingActuatorAutoConfiguration.class,
            TrackingSchedulerAutoConfiguration.class,
            TrackingPlatformAutoConfiguration.class,
            TrackingSecurityAutoConfiguration.class,
            TrackingMailAutoConfiguration.class,
            TrackingJpaAutoConfiguration.class,
            TrackingJdbiAutoConfiguration.class,
            TrackingSchemaAutoConfiguration.class,
    };

    private static final Path ATTACHMENTS;

    static {
        try {
            ATTACHMENTS = Files.createTempDirectory("tracking-autoconfigure-attachments");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TestContexts() {
    }

    /** The auto-configurations, without a DataSource; documents in a temporary directory. */
    static ApplicationContextRunner runner() {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(AUTO_CONFIGURATIONS))
                .withPropertyValues("tracking.attachments.directory=" + ATTACHMENTS);
    }

    /** The auto-configurations on a fresh in-memory H2 database per context. */
    static ApplicationContextRunner h2Runner() {
        return runner().withBean(DataSource.class, TestContexts::h2);
    }

    /** A fresh, empty in-memory H2 database, kept until the JVM ends. */
    static JdbcDataSource h2() {
        return h2("tracking_" + UUID.randomUUID().toString().replace("-", ""));
    }

    /** The in-memory H2 database of that name (created on first use), kept until the JVM ends. */
    static JdbcDataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }

    /** A job of {@code type} due now, tried {@code attempts} times. */
    static JobRequest jobNow(String type, Map<String, String> payload, int attempts) {
        Instant now = Instant.now();
        return new JobRequest(UUID.randomUUID(), type, payload, now, null, attempts, now);
    }

    /** The jobs of a type, latest first. */
    static List<Job> jobsOf(JobStore store, String type) {
        return store.list(JobCriteria.any(), null, 500).stream().filter(job -> job.type().equals(type)).toList();
    }

    /** The job's status now. */
    static JobStatus statusOf(JobStore store, UUID id) {
        return store.find(id).orElseThrow().status();
    }

    /** Waits up to {@code timeout} for the condition, failing with the description. */
    static void await(Duration timeout, String description, BooleanSupplier condition) {
        await(timeout, () -> description, condition);
    }

    /** Waits up to {@code timeout} for the condition, failing with the description. */
    static void await(Duration timeout, Supplier<String> description, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as(description).isBefore(deadline);
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
