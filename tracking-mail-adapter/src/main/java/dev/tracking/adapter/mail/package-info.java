/**
 * The mail adapter: e-mail for the tracking platform on Jakarta Mail (Eclipse Angus).
 *
 * <ul>
 * <li>{@link dev.tracking.adapter.mail.JakartaMailSender} implements the {@code MailSender} port over SMTP (STARTTLS or
 * implicit TLS, login, HTML with a plain-text alternative, attachments), configured by
 * {@link dev.tracking.adapter.mail.MailSettings}; {@link dev.tracking.adapter.mail.LoggingMailSender} logs instead.</li>
 * <li>{@link dev.tracking.adapter.mail.MailNotifier} implements the {@code Notifier} port by queueing an
 * {@link dev.tracking.adapter.mail.EmailJob e-mail job} in the caller's unit of work;
 * {@link dev.tracking.adapter.mail.EmailJobHandler} runs those jobs in the job engine.</li>
 * <li>{@link dev.tracking.adapter.mail.MailTemplates} renders each topic ({@link dev.tracking.adapter.mail.MailTopics}), replaceable
 * per topic; {@link dev.tracking.adapter.mail.MailRecipients} says who gets what; {@link dev.tracking.adapter.mail.MawbDocuments}
 * supplies the pre-alert's documents.</li>
 * </ul>
 *
 * <pre>{@code
 * MailSender sender = JakartaMailSender.create(MailSettings.builder()
 *         .host("smtp.forwarder.example").credentials("tracking", secret)
 *         .from("Tracking <tracking@forwarder.example>").build());
 * Notifier notifier = MailNotifier.builder().scheduler(persistence.jobStore()).clock(clock).build();
 * JobHandler emails = EmailJobHandler.builder()
 *         .sender(sender)
 *         .recipients(MailRecipients.builder().always("ops@forwarder.example")
 *                 .topic(MailTopics.ISC_PAYMENT, "accounts@forwarder.example").build())
 *         .documents(MawbDocuments.stored(platform.attachments(), documentStore))
 *         .build();
 * }</pre>
 */
package dev.tracking.adapter.mail;
