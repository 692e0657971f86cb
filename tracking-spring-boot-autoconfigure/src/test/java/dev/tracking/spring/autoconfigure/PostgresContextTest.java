package dev.tracking.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.JobStatus;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.port.in.mawb.CreateMawbCommand;
import dev.tracking.core.port.out.JobStore;
import dev.tracking.core.port.out.StorageMaintenance;
import dev.tracking.core.port.out.TrackingPersistence;
import dev.tracking.scheduler.TrackingScheduler;
import dev.tracking.scheduler.handlers.CleanupJobHandler;
import dev.tracking.testsupport.TestData;
import dev.tracking.testsupport.database.DatabaseKind;
import dev.tracking.testsupport.database.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.health.contributor.Status;

/**
 * The full context on PostgreSQL (embedded, or the server the test environment names), with each adapter: the
 * schema migrated into a schema of its own, a MAWB created, the clean-up job creating the partitions six months
 * ahead (tracking.jobs.cleanup.partition-months-ahead), and the
 * health indicator UP.
 */
class PostgresContextTest {

    @ParameterizedTest
    @ValueSource(strings = {"jdbi", "jpa"})
    void runsOnPostgresql(String adapter) {
        try (TestDatabase database = TestDatabase.create(DatabaseKind.POSTGRESQL)) {
            TestContexts.runner()
                    .withBean(DataSource.class, database::dataSource, definition -> definition.setDestroyMethodName(""))
                    .withPropertyValues("tracking.persistence=" + adapter, "tracking.schema.name=" + database.schema(),
                            "tracking.scheduler.poll-interval=100ms",
                            "tracking.jobs.cleanup.partition-months-ahead=6")
                    .run(context -> {
                        assertThat(context).hasNotFailed().hasSingleBean(TrackingPersistence.class);
                        TrackingPlatform platform = context.getBean(TrackingPlatform.class);
                        ScopedActorProvider actors = context.getBean(ScopedActorProvider.class);
                        Mawb mawb = actors.callAs(Actor.system(), () -> platform.mawbs().create(
                                new CreateMawbCommand(TestData.awbNumber(1234567), TestData.mawbDetails())));
                        assertThat(mawb.version()).isPositive();

                        assertThat(context.getBean(StorageMaintenance.class)).isNotSameAs(StorageMaintenance.none());
                        JobStore jobs = context.getBean(JobStore.class);
                        JobRequest cleanup = TestContexts.jobNow(CleanupJobHandler.TYPE, Map.of(), 1);
                        context.getBean(TrackingScheduler.class).enqueue(cleanup);
                        TestContexts.await(Duration.ofSeconds(30), "the clean-up completes",
                                () -> TestContexts.statusOf(jobs, cleanup.id()) == JobStatus.COMPLETED);
                        LocalDate sixMonthsAhead = LocalDate.now(ZoneOffset.UTC).plusMonths(6);
                        assertThat(partitions(database, "mawb_events"))
                                .contains(String.format("mawb_events_y%dm%02d", sixMonthsAhead.getYear(),
                                        sixMonthsAhead.getMonthValue()));

                        assertThat(context.getBean(TrackingHealthIndicator.class).health().getStatus())
                                .isEqualTo(Status.UP);
                    });
        }
    }

    private static java.util.List<String> partitions(TestDatabase database, String parent) throws Exception {
        java.util.List<String> names = new java.util.ArrayList<>();
        try (Connection connection = database.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT c.relname FROM pg_inherits i "
                        + "JOIN pg_class c ON c.oid = i.inhrelid JOIN pg_class p ON p.oid = i.inhparent "
                        + "JOIN pg_namespace n ON n.oid = p.relnamespace WHERE p.relname = '" + parent
                        + "' AND n.nspname = '" + database.schema() + "'")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        return names;
    }
}
