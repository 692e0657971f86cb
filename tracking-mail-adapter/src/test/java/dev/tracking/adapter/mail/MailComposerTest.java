package dev.tracking.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tracking.core.domain.mail.MailDeliveryException;
import dev.tracking.core.domain.mail.MailMessage;
import java.util.List;
import org.junit.jupiter.api.Test;

class MailComposerTest {

    private final MailComposer composer = MailComposer.of(MailTemplates.defaults(),
            MailRecipients.builder().topic(MailTopics.DAILY_REPORT, "ops@forwarder.example").build());

    @Test
    void aJobThatSendsItselfComposesTheDailyReportWithItsCsv() {
        MailMessage report = composer.compose(MailTestData.dailyReport(), List.of(MailTestData.csv()));

        assertThat(report.to()).containsExactly("ops@forwarder.example");
        assertThat(report.from()).isNull();
        assertThat(report.replyTo()).isNull();
        assertThat(report.subject()).startsWith("Daily tracking report 2025-03-17");
        assertThat(report.text()).contains("tracking-report-2025-03-17.csv");
        assertThat(report.html()).contains("<table");
        assertThat(report.attachments()).containsExactly(MailTestData.csv());
    }

    @Test
    void aTopicNobodyGetsIsAPermanentFailure() {
        MailDeliveryException failure = catchThrowableOfType(MailDeliveryException.class,
                () -> composer.compose(MailTestData.reminder(MailTopics.PICKUP), List.of()));

        assertThat(failure.permanent()).isTrue();
        assertThat(failure).hasMessageStartingWith("nobody is to get the e-mail for reminder.PICKUP");
    }
}
