package dev.tracking.adapter.mail;

import dev.tracking.core.domain.notification.Notification;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The e-mail template of each notification topic, immutable. {@link #defaults()} has templates for the five reminder
 * topics, {@code job.dead} and {@code report.daily} (see {@link MailTopics}); a host replaces or adds topics:
 *
 * <pre>{@code
 * MailTemplates templates = MailTemplates.defaults()
 *         .with(MailTopics.PICKUP, MailTemplate.of(
 *                 "Abholung AWB ${awbNumber}",
 *                 "Bitte Abholung in ${destination} veranlassen.",
 *                 "<p>Bitte Abholung in <b>${destination}</b> veranlassen.</p>"));
 * }</pre>
 *
 * A topic without a template of its own is rendered by the fallback, which lists every attribute.
 */
public final class MailTemplates {

    private final Map<String, MailTemplate> byTopic;
    private final MailTemplate fallback;

    private MailTemplates(Map<String, MailTemplate> byTopic, MailTemplate fallback) {
        this.byTopic = Collections.unmodifiableMap(new LinkedHashMap<>(byTopic));
        this.fallback = fallback;
    }

    /** The built-in templates of every topic in {@link MailTopics#ALL}, and the attribute-list fallback. */
    public static MailTemplates defaults() {
        return new MailTemplates(DefaultTemplates.all(), new AttributeListTemplate());
    }

    /** These templates, with {@code template} for {@code topic} (replacing the one it had). */
    public MailTemplates with(String topic, MailTemplate template) {
        Objects.requireNonNull(template, "template");
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("a template needs a topic, such as " + MailTopics.PICKUP);
        }
        Map<String, MailTemplate> changed = new LinkedHashMap<>(byTopic);
        changed.put(topic, template);
        return new MailTemplates(changed, fallback);
    }

    /** These templates, with {@code template} for topics that have none. */
    public MailTemplates withFallback(MailTemplate template) {
        return new MailTemplates(byTopic, Objects.requireNonNull(template, "template"));
    }

    /** The template of the topic, if it has one of its own. */
    public Optional<MailTemplate> template(String topic) {
        return Optional.ofNullable(byTopic.get(topic));
    }

    /** The topics with a template of their own. */
    public Set<String> topics() {
        return byTopic.keySet();
    }

    /** Renders the notification with its topic's template, or the fallback. */
    public RenderedMail render(Notification notification) {
        Objects.requireNonNull(notification, "notification");
        RenderedMail rendered = byTopic.getOrDefault(notification.topic(), fallback).render(notification);
        return Objects.requireNonNull(rendered, () -> "the template of " + notification.topic() + " rendered null");
    }

    @Override
    public String toString() {
        return "MailTemplates" + byTopic.keySet();
    }
}
