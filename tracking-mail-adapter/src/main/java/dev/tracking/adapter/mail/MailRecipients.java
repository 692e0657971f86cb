package dev.tracking.adapter.mail;

import dev.tracking.core.domain.notification.Notification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Who gets the e-mail of a notification. Write a lambda for anything clever (the consignee's agent from a lookup);
 * {@link #builder()} covers the usual case: addresses that get every topic, plus addresses per topic.
 */
@FunctionalInterface
public interface MailRecipients {

    /** The addresses, in order, without duplicates; empty when nobody should get it. */
    List<String> resolve(Notification notification);

    /** Everyone listed gets every topic. */
    static MailRecipients to(String... addresses) {
        return builder().always(addresses).build();
    }

    /** Addresses for every topic and per topic; {@link Builder#build()} checks every address. */
    static Builder builder() {
        return new Builder();
    }

    /** Builds the recipients: each topic goes to the {@link #always} addresses plus its own. */
    final class Builder {

        private final Set<String> always = new LinkedHashSet<>();
        private final Map<String, Set<String>> byTopic = new LinkedHashMap<>();

        Builder() {
        }

        /** These addresses get every topic. */
        public Builder always(String... addresses) {
            always.addAll(List.of(addresses));
            return this;
        }

        /** These addresses get the topic too, such as the accounts desk for {@link MailTopics#ISC_PAYMENT}. */
        public Builder topic(String topic, String... addresses) {
            Objects.requireNonNull(topic, "topic");
            byTopic.computeIfAbsent(topic, t -> new LinkedHashSet<>()).addAll(List.of(addresses));
            return this;
        }

        /** @throws MailConfigurationException naming every address that does not parse */
        public MailRecipients build() {
            List<String> problems = new ArrayList<>();
            always.forEach(a -> MailAddresses.check(a, "recipient", problems));
            byTopic.forEach((topic, addresses) -> addresses.forEach(
                    a -> MailAddresses.check(a, "recipient of " + topic, problems)));
            MailConfigurationException.throwIfAny("MailRecipients", problems);
            return new TopicRecipients(always, byTopic);
        }
    }
}
