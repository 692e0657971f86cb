package dev.tracking.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tracking.core.domain.mail.MailMessage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoggingMailSenderTest {

    @Test
    void writesTheEmailToTheLogAndSendsNothing() {
        MailMessage message = new MailMessage(null, List.of("ops@forwarder.example"), List.of("cc@forwarder.example"),
                null, "Ready for pickup: AWB 020-12345675 at ORD", "Book the truck.", "<p>Book the truck.</p>",
                List.of(MailTestData.csv()));
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream original = System.err;
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LoggingMailSender.create().send(message);
        } finally {
            System.setErr(original);
        }

        assertThat(captured.toString(StandardCharsets.UTF_8))
                .contains("dev.tracking.adapter.mail")
                .contains("E-mail (logged, not sent)")
                .contains("[ops@forwarder.example]")
                .contains("cc [cc@forwarder.example]")
                .contains("'Ready for pickup: AWB 020-12345675 at ORD'")
                .contains("shipments.csv (text/csv, " + MailTestData.csv().size() + " bytes)")
                .contains("Book the truck.");
        assertThat(LoggingMailSender.create("mail.out")).hasToString("LoggingMailSender[mail.out]");
    }
}
