package dev.tracking.sample.plain;

import dev.tracking.adapter.jdbi.JdbiPersistence;
import dev.tracking.adapter.mail.EmailJobHandler;
import dev.tracking.adapter.mail.MailNotifier;
import dev.tracking.adapter.mail.MailRecipients;
import dev.tracking.adapter.mail.MawbDocuments;
import dev.tracking.core.TrackingPlatform;
import dev.tracking.core.domain.common.Actor;
import dev.tracking.core.port.out.AttachmentStorage;
import dev.tracking.core.port.out.MailSender;
import dev.tracking.core.storage.FileSystemAttachmentStorage;
import dev.tracking.scheduler.TrackingScheduler;
import dev.tracking.scheduler.handlers.ReminderJobHandler;
import dev.tracking.schema.TrackingSchema;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The platform composed by hand, without a framework: an H2 database migrated with the tracking schema, the Jdbi
 * adapter, documents in a directory, the job engine, and e-mail through the given sender. Everyone acts as a user in
 * the schema's default {@code admin} role, the engine's jobs included.
 */
final class SampleTracking implements AutoCloseable {

    static final Actor OPERATOR = Actor.user("sample.operator", "admin");

    final TrackingPlatform platform;
    final TrackingScheduler scheduler;
    final AttachmentStorage documents;

    private SampleTracking(TrackingPlatform platform, TrackingScheduler scheduler, AttachmentStorage documents) {
        this.platform = platform;
        this.scheduler = scheduler;
        this.documents = documents;
    }

    /** Everything over a fresh in-memory H2 database named {@code name}, documents under {@code documentDirectory}. */
    static SampleTracking start(String name, Path documentDirectory, MailSender mail, Clock clock) {
        DataSource dataSource = h2(name);
        TrackingSchema.migrate(dataSource);
        JdbiPersistence persistence = JdbiPersistence.create(dataSource);
        AttachmentStorage documents = FileSystemAttachmentStorage.in(documentDirectory);

        TrackingPlatform platform = TrackingPlatform.builder()
                .persistence(persistence)
                .actorProvider(() -> OPERATOR)
                .clock(clock)
                .notifier(MailNotifier.builder().scheduler(persistence.jobStore()).clock(clock).build())
                .build();

        TrackingScheduler scheduler = TrackingScheduler.create(persistence.jobStore(), List.of(
                        new ReminderJobHandler(platform.reminders()),
                        EmailJobHandler.builder()
                                .sender(mail)
                                .recipients(MailRecipients.to("imports@forwarder.example"))
                                .documents(MawbDocuments.stored(platform.attachments(), documents))
                                .build()))
                .threads(2)
                .pollInterval(Duration.ofMillis(250))
                .clock(clock)
                .build();
        scheduler.start();
        return new SampleTracking(platform, scheduler, documents);
    }

    private static DataSource h2(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        return dataSource;
    }

    @Override
    public void close() {
        scheduler.stop();
    }
}
