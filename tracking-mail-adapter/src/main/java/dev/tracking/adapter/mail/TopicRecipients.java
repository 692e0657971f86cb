package dev.tracking.adapter.mail;

import dev.tracking.core.domain.notification.Notification;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@link MailRecipients#builder()}: the addresses of every topic, then the topic's own. */
final class TopicRecipients implements MailRecipients {

    private final List<String> always;
    private final Map<String, List<String>> byTopic;

    TopicRecipients(Set<String> always, Map<String, Set<String>> byTopic) {
        this.always = List.copyOf(always);
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byTopic.forEach((topic, addresses) -> copy.put(topic, List.copyOf(addresses)));
        this.byTopic = Map.copyOf(copy);
    }

    @Override
    public List<String> resolve(Notification notification) {
        Set<String> addresses = new LinkedHashSet<>(always);
        addresses.addAll(byTopic.getOrDefault(notification.topic(), List.of()));
        return List.copyOf(addresses);
    }

    @Override
    public String toString() {
        return "MailRecipients[always " + always + ", by topic " + byTopic + "]";
    }
}
