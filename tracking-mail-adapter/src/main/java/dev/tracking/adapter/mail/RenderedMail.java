package dev.tracking.adapter.mail;

import java.util.Objects;

/**
 * What a {@link MailTemplate} made of a notification: the subject, the plain text, and the HTML alternative.
 *
 * @param subject one line, not blank
 * @param text    the plain-text body, not blank
 * @param html    the HTML body, or null for a plain-text e-mail
 */
public record RenderedMail(String subject, String text, String html) {

    public RenderedMail {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        if (subject.isBlank()) {
            throw new IllegalArgumentException("a rendered e-mail needs a subject");
        }
        if (subject.contains("\r") || subject.contains("\n")) {
            throw new IllegalArgumentException("a subject is one line");
        }
        if (text.isBlank()) {
            throw new IllegalArgumentException("a rendered e-mail needs a text body");
        }
    }
}
