package dev.tracking.adapter.mail;

import dev.tracking.core.domain.notification.Notification;
import java.util.Map;

/** {@link MailTemplate#of(String, String, String)}: three texts with placeholders. */
final class PlaceholderTemplate implements MailTemplate {

    private final TemplateText subject;
    private final TemplateText text;
    private final TemplateText html;

    PlaceholderTemplate(TemplateText subject, TemplateText text, TemplateText html) {
        this.subject = subject;
        this.text = text;
        this.html = html;
    }

    @Override
    public RenderedMail render(Notification notification) {
        Map<String, String> values = TemplateValues.of(notification);
        String renderedSubject = TemplateText.oneLine(subject.fill(values, TemplateText::oneLine)).strip();
        return new RenderedMail(renderedSubject, text.fill(values, TemplateText::plain),
                html == null ? null : html.fill(values, TemplateText::html));
    }

    @Override
    public String toString() {
        return "MailTemplate[placeholders " + subject.names() + text.names() + "]";
    }
}
