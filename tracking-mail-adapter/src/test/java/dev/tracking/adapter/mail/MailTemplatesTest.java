package dev.tracking.adapter.mail;

import static dev.tracking.adapter.mail.MailTestData.MAWB_ID;
import static dev.tracking.adapter.mail.MailTestData.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.notification.Notification;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MailTemplatesTest {

    private static final String HOSTILE = "<script>alert('x')</script> & \"Co\" <img src=x onerror=alert(1)>";

    private final MailTemplates templates = MailTemplates.defaults();

    @Test
    void thereIsADefaultForEveryReminderJobDeadAndTheDailyReport() {
        assertThat(templates.topics()).containsExactlyInAnyOrderElementsOf(MailTopics.ALL)
                .contains("reminder.PRE_ALERT", "reminder.LAST_FREE_DAY", "reminder.ISC_PAYMENT", "reminder.PICKUP",
                        "reminder.EMPTY_RETURN", "job.dead", "report.daily");
    }

    @ParameterizedTest
    @ValueSource(strings = {MailTopics.PRE_ALERT, MailTopics.LAST_FREE_DAY, MailTopics.ISC_PAYMENT, MailTopics.PICKUP,
            MailTopics.EMPTY_RETURN})
    void everyReminderRendersSubjectTextAndHtmlWithTheShipmentsFacts(String topic) {
        RenderedMail mail = templates.render(MailTestData.reminder(topic));

        assertThat(mail.subject()).contains("020-12345675").doesNotContain("${");
        for (String part : List.of(mail.text(), mail.html())) {
            assertThat(part).contains("020-12345675", "FRA → ORD", "Midwest Machinery Inc.", "12")
                    .contains("What to do")
                    .contains("America/Chicago")
                    .contains(MAWB_ID.toString())
                    .doesNotContain("${");
        }
        assertThat(mail.html()).startsWith("<!DOCTYPE html>").contains("<table").endsWith("</html>\n");
        assertThat(mail.text()).doesNotContain("<");
    }

    @Test
    void thePreAlertSaysTheDocumentsAreAttached() {
        RenderedMail mail = templates.render(MailTestData.reminder(MailTopics.PRE_ALERT));

        assertThat(mail.subject()).isEqualTo("Pre-alert: AWB 020-12345675 FRA-ORD, 12 pcs for Midwest Machinery Inc.");
        assertThat(mail.text()).contains("Its documents are attached").contains("customs clearance at ORD");
    }

    @Test
    void theLastFreeDayAlertSaysWhenInDestinationLocalTerms() {
        RenderedMail mail = templates.render(MailTestData.reminder(MailTopics.LAST_FREE_DAY));

        assertThat(mail.subject()).isEqualTo("Last free day Wed 19 Mar 2025: AWB 020-12345675 at ORD");
        assertThat(mail.text()).contains("ends in 2 days: the last free day is Wed 19 Mar 2025")
                .contains("Mon 17 Mar 2025, 09:00 (America/Chicago)");
    }

    @Test
    void relativeDaysReadNaturally() {
        assertThat(templates.render(MailTestData.reminder(MailTopics.LAST_FREE_DAY,
                Map.of("daysToLastFreeDay", "1"))).text()).contains("ends tomorrow");
        assertThat(templates.render(MailTestData.reminder(MailTopics.LAST_FREE_DAY,
                Map.of("daysToLastFreeDay", "0"))).text()).contains("ends today");
    }

    @Test
    void theIscReminderAndThePickupSayWhatToDo() {
        assertThat(templates.render(MailTestData.reminder(MailTopics.ISC_PAYMENT)).text())
                .contains("not paid yet").contains("Pay the ISC");
        assertThat(templates.render(MailTestData.reminder(MailTopics.PICKUP)).text())
                .contains("Customs released").contains("Book the truck");
        assertThat(templates.render(MailTestData.reminder(MailTopics.EMPTY_RETURN)).text())
                .contains("Detention charges").contains("EMPTY_RETURNED");
    }

    @Test
    void aDeadJobNamesTheJobAndItsError() {
        RenderedMail mail = templates.render(MailTestData.jobDead());

        assertThat(mail.subject()).isEqualTo("Job failed for good: reminder after 5 attempts");
        assertThat(mail.text()).contains("0195a1b2-0000-7000-8000-000000000001", "SMTP server down");
        assertThat(mail.html()).contains("SMTP server down");
    }

    @Test
    void theDailyReportPointsAtItsCsv() {
        RenderedMail mail = templates.render(MailTestData.dailyReport());

        assertThat(mail.subject()).isEqualTo("Daily tracking report 2025-03-17: 4 MAWBs near their last free day, "
                + "2 open ISC bills");
        assertThat(mail.text()).contains("tracking-report-2025-03-17.csv", "America/Chicago");
    }

    @Test
    void hostileValuesAreEscapedInTheHtmlAndKeptInTheText() {
        Notification notification = MailTestData.reminder(MailTopics.PICKUP, Map.of("consignee", HOSTILE));

        RenderedMail mail = templates.render(notification);

        assertThat(mail.html()).doesNotContain("<script", "<img", "onerror=alert(1)>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Co&quot; "
                        + "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(mail.text()).contains(HOSTILE);
    }

    @Test
    void aLineBreakInAValueCannotAddHeadersThroughTheSubject() {
        Notification notification = MailTestData.reminder(MailTopics.PRE_ALERT,
                Map.of("consignee", "ACME\r\nBcc: victim@example.com"));

        RenderedMail mail = templates.render(notification);

        assertThat(mail.subject()).doesNotContain("\r", "\n").contains("ACME Bcc: victim@example.com");
    }

    @Test
    void aMissingAttributeRendersAsADash() {
        Notification bare = new Notification(MailTopics.PICKUP, null, Map.of("awbNumber", "020-12345675"), NOW);

        RenderedMail mail = templates.render(bare);

        assertThat(mail.subject()).isEqualTo("Ready for pickup: AWB 020-12345675 at -");
        assertThat(mail.text()).containsPattern("Consignee +-\n");
    }

    @Test
    void aHostReplacesOneTopicAndKeepsTheOthers() {
        MailTemplates custom = MailTemplates.defaults().with(MailTopics.PICKUP, MailTemplate.of(
                "Abholung AWB ${awbNumber}",
                "Bitte Abholung in ${destination} veranlassen, Empfänger ${consignee}.",
                "<p>Bitte Abholung in <b>${destination}</b> veranlassen: ${consignee}</p>"));

        RenderedMail pickup = custom.render(MailTestData.reminder(MailTopics.PICKUP,
                Map.of("consignee", "Smith & Sons")));

        assertThat(pickup).isEqualTo(new RenderedMail("Abholung AWB 020-12345675",
                "Bitte Abholung in ORD veranlassen, Empfänger Smith & Sons.",
                "<p>Bitte Abholung in <b>ORD</b> veranlassen: Smith &amp; Sons</p>"));
        assertThat(custom.render(MailTestData.reminder(MailTopics.ISC_PAYMENT)))
                .isEqualTo(templates.render(MailTestData.reminder(MailTopics.ISC_PAYMENT)));
        assertThat(templates.render(MailTestData.reminder(MailTopics.PICKUP)).subject())
                .as("the defaults are unchanged").startsWith("Ready for pickup");
    }

    @Test
    void aHostTemplateMayBeCode() {
        MailTemplates custom = MailTemplates.defaults().with("shipment.custom",
                n -> new RenderedMail("Custom " + n.attributes().get("awbNumber"), "Body", null));

        RenderedMail mail = custom.render(new Notification("shipment.custom", null,
                Map.of("awbNumber", "020-1"), NOW));

        assertThat(mail).isEqualTo(new RenderedMail("Custom 020-1", "Body", null));
    }

    @Test
    void aTopicWithoutTemplateListsEveryAttributeEscaped() {
        Notification unknown = new Notification("shipment.delayed", MAWB_ID,
                Map.of("awbNumber", "020-12345675", "reason", HOSTILE), NOW);

        RenderedMail mail = templates.render(unknown);

        assertThat(mail.subject()).isEqualTo("Tracking notification shipment.delayed for AWB 020-12345675");
        assertThat(mail.text()).contains("reason: " + HOSTILE).contains(MAWB_ID.toString());
        assertThat(mail.html()).contains("&lt;script&gt;").doesNotContain("<script");
    }

    @Test
    void theFallbackIsReplaceable() {
        MailTemplates custom = MailTemplates.defaults().withFallback(MailTemplate.of("Note ${topic}", "See ${x}"));

        assertThat(custom.render(new Notification("any.topic", null, Map.of("x", "y"), NOW)))
                .isEqualTo(new RenderedMail("Note any.topic", "See y", null));
    }

    @Test
    void aMalformedPlaceholderFailsWhenTheTemplateIsMade() {
        assertThatThrownBy(() -> MailTemplate.of("AWB ${awbNumber", "Text ${ bad }", null))
                .isInstanceOf(MailConfigurationException.class)
                .hasMessageContaining("subject: '${' at position 4")
                .hasMessageContaining("text: '${' at position 5")
                .satisfies(e -> assertThat(((MailConfigurationException) e).problems()).hasSize(2));
    }

    @Test
    void aTemplateNeedsATopic() {
        assertThatThrownBy(() -> MailTemplates.defaults().with(" ", MailTemplate.of("s", "t")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDollarWithoutBraceIsJustText() {
        RenderedMail mail = MailTemplate.of("ISC $120 for ${awbNumber}", "Pay $120.")
                .render(MailTestData.reminder(MailTopics.ISC_PAYMENT));

        assertThat(mail.subject()).isEqualTo("ISC $120 for 020-12345675");
    }

    @Test
    void aDueTimeWithoutLocalFormIsShownInTheTimeZone() {
        Map<String, String> attributes = new java.util.HashMap<>(MailTestData.reminderAttributes());
        attributes.remove("dueAtLocal");

        RenderedMail mail = MailTemplate.of("${dueLocal}", "x")
                .render(new Notification(MailTopics.PICKUP, MAWB_ID, attributes, NOW));

        assertThat(mail.subject()).isEqualTo("Mon 17 Mar 2025, 09:00 (America/Chicago)");
    }
}
