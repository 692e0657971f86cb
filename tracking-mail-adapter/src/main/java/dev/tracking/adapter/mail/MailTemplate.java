package dev.tracking.adapter.mail;

import dev.tracking.core.domain.notification.Notification;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a notification into an e-mail's subject, text and HTML. {@link MailTemplates} holds one per topic; a host
 * replaces any of them with its own, written with {@link #of(String, String, String)} or as code.
 *
 * <p>Placeholders are {@code ${name}}: a notification attribute ({@code awbNumber}, {@code origin},
 * {@code destination}, {@code consignee}, {@code pieces}, {@code dueAt}, {@code dueAtLocal}, {@code timeZone},
 * {@code step}, {@code lastFreeDay}, {@code daysToLastFreeDay}; for {@code job.dead} {@code jobId}, {@code type},
 * {@code attempts}, {@code error}), {@code topic}, {@code mawbId}, {@code at}, or a derived value: {@code route}
 * ("FRA → ORD"), {@code dueLocal} ("Tue 14 May 2024, 09:00 (America/Chicago)"), {@code lastFreeDayText}
 * ("Thu 16 May 2024"), {@code daysToLastFreeDayText} ("in 2 days", "tomorrow", "today"). A name without a value
 * renders as {@code -}.
 */
@FunctionalInterface
public interface MailTemplate {

    /** @throws RuntimeException when it cannot render (the e-mail job then fails for good) */
    RenderedMail render(Notification notification);

    /**
     * A template of three texts with {@code ${name}} placeholders. Values are HTML-escaped in the HTML part, and
     * reduced to one line in the subject; the text part gets them as they are.
     *
     * @param html the HTML body, or null for a plain-text e-mail
     * @throws MailConfigurationException when a text has a <code>${</code> that opens no well-formed placeholder
     */
    static MailTemplate of(String subject, String text, String html) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        List<String> problems = new ArrayList<>();
        TemplateText parsedSubject = TemplateText.parse(subject, "subject", problems);
        TemplateText parsedText = TemplateText.parse(text, "text", problems);
        TemplateText parsedHtml = html == null ? null : TemplateText.parse(html, "html", problems);
        MailConfigurationException.throwIfAny("MailTemplate", problems);
        return new PlaceholderTemplate(parsedSubject, parsedText, parsedHtml);
    }

    /** A plain-text template: {@link #of(String, String, String)} without HTML. */
    static MailTemplate of(String subject, String text) {
        return of(subject, text, null);
    }
}
