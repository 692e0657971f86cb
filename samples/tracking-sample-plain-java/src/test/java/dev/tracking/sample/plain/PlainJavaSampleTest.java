package dev.tracking.sample.plain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.mail.MailMessage;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.workflow.WorkflowStatus;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's walkthrough, as its main runs it: the pre-alert e-mail goes out and the MAWB reaches CLOSED. */
class PlainJavaSampleTest {

    @TempDir
    Path documents;

    @Test
    void theWalkthroughMailsThePreAlertWithTheDocumentsAndEndsClosedWithoutReminders() throws Exception {
        LinkedBlockingQueue<MailMessage> mailed = new LinkedBlockingQueue<>();
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        Clock clock = Clock.systemUTC();
        try (SampleTracking tracking = SampleTracking.start("sample-test", documents, mailed::add, clock)) {
            MawbWalkthrough walkthrough = new MawbWalkthrough(tracking, clock,
                    new PrintStream(console, true, StandardCharsets.UTF_8));

            Mawb mawb = walkthrough.create();
            MailMessage preAlert = mailed.poll(30, TimeUnit.SECONDS);
            WorkflowStatus closed = walkthrough.walkToClosed(mawb);

            assertThat(preAlert).isNotNull();
            assertThat(preAlert.subject()).contains("020-12345675");
            assertThat(preAlert.to()).containsExactly("imports@forwarder.example");
            assertThat(preAlert.attachments()).extracting(a -> a.fileName())
                    .containsExactlyInAnyOrder("mawb.pdf", "commercial_invoice.pdf", "packing_list.pdf");
            assertThat(closed.current().code()).isEqualTo("CLOSED");
            assertThat(closed.upcoming()).isEmpty();
            assertThat(console.toString(StandardCharsets.UTF_8)).contains("Carrier reported ARR at JFK: the MAWB is at ARRIVED")
                    .contains("Advanced DELIVERED -> CLOSED");
        }
    }
}
