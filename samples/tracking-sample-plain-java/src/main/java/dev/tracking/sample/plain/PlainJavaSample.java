package dev.tracking.sample.plain;

import dev.tracking.adapter.mail.LoggingMailSender;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.workflow.WorkflowStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Run: {@code ./mvnw -q -pl samples/tracking-sample-plain-java -am -DskipTests -Psample verify}. Composes the platform
 * by hand, walks a MAWB to CLOSED, and shows the pre-alert reminder firing: its e-mail (with the MAWB's documents)
 * is written to the console instead of an SMTP server.
 */
public final class PlainJavaSample {

    private PlainJavaSample() {
    }

    public static void main(String[] args) throws Exception {
        Clock clock = Clock.systemUTC();
        LoggingMailSender console = LoggingMailSender.create();
        CountDownLatch mailed = new CountDownLatch(1);
        Path documents = Files.createTempDirectory("tracking-sample-documents");
        try (SampleTracking tracking = SampleTracking.start("sample", documents, message -> {
            console.send(message);
            mailed.countDown();
        }, clock)) {
            MawbWalkthrough walkthrough = new MawbWalkthrough(tracking, clock, System.out);
            Mawb mawb = walkthrough.create();
            System.out.println("Waiting for the pre-alert reminder to fire ...");
            if (!mailed.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the pre-alert e-mail did not go out within 30 seconds");
            }
            WorkflowStatus closed = walkthrough.walkToClosed(mawb);
            System.out.printf("Done: MAWB %s is %s; %d reminders left.%n", mawb.number(), closed.current().code(),
                    closed.upcoming().size());
            tracking.scheduler.stop();
        }
        Thread.sleep(Duration.ofMillis(100).toMillis());
    }
}
