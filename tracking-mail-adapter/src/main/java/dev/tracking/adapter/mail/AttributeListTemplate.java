package dev.tracking.adapter.mail;

import dev.tracking.core.domain.notification.Notification;
import java.util.Map;

/**
 * The fallback for a topic without a template of its own: the topic as the subject, every attribute listed (escaped
 * in the HTML part), so that nothing is lost.
 */
final class AttributeListTemplate implements MailTemplate {

    @Override
    public RenderedMail render(Notification notification) {
        Map<String, String> attributes = notification.attributes();
        String awb = attributes.get("awbNumber");
        String subject = TemplateText.oneLine("Tracking notification " + notification.topic()
                + (awb == null ? "" : " for AWB " + awb)).strip();
        StringBuilder text = new StringBuilder("Tracking notification ").append(notification.topic())
                .append(" at ").append(notification.at()).append("\n\n");
        StringBuilder html = new StringBuilder(DefaultTemplates.HTML_START).append("<h2>Tracking notification ")
                .append(TemplateText.html(notification.topic())).append("</h2>\n<table>\n");
        if (notification.mawbId() != null) {
            line(text, html, "MAWB id", notification.mawbId().toString());
        }
        attributes.forEach((name, value) -> line(text, html, name, value));
        html.append("</table>\n").append(DefaultTemplates.HTML_END);
        return new RenderedMail(subject, text.toString(), html.toString());
    }

    private static void line(StringBuilder text, StringBuilder html, String name, String value) {
        text.append(name).append(": ").append(value).append('\n');
        html.append("<tr><th align=\"left\">").append(TemplateText.html(name)).append("</th><td>")
                .append(TemplateText.html(value)).append("</td></tr>\n");
    }

    @Override
    public String toString() {
        return "MailTemplate[every attribute]";
    }
}
