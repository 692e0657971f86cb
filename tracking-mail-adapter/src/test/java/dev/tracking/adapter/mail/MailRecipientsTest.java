package dev.tracking.adapter.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MailRecipientsTest {

    @Test
    void everyTopicGoesToTheCommonAddressesPlusItsOwn() {
        MailRecipients recipients = MailRecipients.builder()
                .always("ops@forwarder.example")
                .topic(MailTopics.ISC_PAYMENT, "accounts@forwarder.example", "ops@forwarder.example")
                .topic(MailTopics.PRE_ALERT, "imports@agent.example")
                .build();

        assertThat(recipients.resolve(MailTestData.reminder(MailTopics.ISC_PAYMENT)))
                .containsExactly("ops@forwarder.example", "accounts@forwarder.example");
        assertThat(recipients.resolve(MailTestData.reminder(MailTopics.PRE_ALERT)))
                .containsExactly("ops@forwarder.example", "imports@agent.example");
        assertThat(recipients.resolve(MailTestData.jobDead())).containsExactly("ops@forwarder.example");
    }

    @Test
    void aTopicOnlyListIsEmptyForOtherTopics() {
        MailRecipients recipients = MailRecipients.builder().topic(MailTopics.JOB_DEAD, "it@forwarder.example")
                .build();

        assertThat(recipients.resolve(MailTestData.reminder(MailTopics.PICKUP))).isEmpty();
        assertThat(MailRecipients.to("a@b.example").resolve(MailTestData.jobDead())).containsExactly("a@b.example");
    }

    @Test
    void everyAddressIsCheckedWhenBuilt() {
        assertThatThrownBy(() -> MailRecipients.builder().always("ops@forwarder.example", "not valid")
                .topic(MailTopics.PICKUP, "").build())
                .isInstanceOf(MailConfigurationException.class)
                .satisfies(e -> assertThat(((MailConfigurationException) e).problems()).hasSize(2)
                        .anySatisfy(p -> assertThat(p).startsWith("recipient 'not valid' is not a valid"))
                        .anySatisfy(p -> assertThat(p).isEqualTo("recipient of reminder.PICKUP is missing")));
    }
}
