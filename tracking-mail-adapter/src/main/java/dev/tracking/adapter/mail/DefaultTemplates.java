package dev.tracking.adapter.mail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The templates {@link MailTemplates#defaults()} starts with: operations e-mails of a forwarder, each with a heading,
 * what happened, the shipment's facts, and what to do. Text and HTML are made from the same parts, so they say the
 * same.
 */
final class DefaultTemplates {

    static final String HTML_START = "<!DOCTYPE html>\n<html><head><meta charset=\"UTF-8\"></head>\n"
            + "<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222\">\n";
    static final String HTML_END = "</body></html>\n";

    private static final String REMINDER_FOOTER = "Sent automatically by the tracking system for MAWB ${mawbId}. "
            + "Times are local to ${destination} (${timeZone}).";
    private static final String SYSTEM_FOOTER = "Sent automatically by the tracking system at ${at}.";

    private static final List<Fact> SHIPMENT = List.of(
            new Fact("AWB", "${awbNumber}"),
            new Fact("Route", "${route}"),
            new Fact("Consignee", "${consignee}"),
            new Fact("Pieces", "${pieces}"));

    /** One line of the facts table. */
    private record Fact(String label, String value) {
    }

    static Map<String, MailTemplate> all() {
        Map<String, MailTemplate> templates = new LinkedHashMap<>();
        templates.put(MailTopics.PRE_ALERT, layout(
                "Pre-alert: AWB ${awbNumber} ${origin}-${destination}, ${pieces} pcs for ${consignee}",
                "Pre-alert for AWB ${awbNumber}",
                "A consignment is on its way from ${origin} to ${destination}. Its documents are attached to this "
                        + "e-mail.",
                shipmentAnd(),
                "Check the attached documents, prepare the customs clearance at ${destination} and plan the "
                        + "delivery to the consignee; tell us at once if anything is missing or wrong.",
                REMINDER_FOOTER));
        templates.put(MailTopics.LAST_FREE_DAY, layout(
                "Last free day ${lastFreeDayText}: AWB ${awbNumber} at ${destination}",
                "Storage charges start after ${lastFreeDayText}",
                "The free storage time for AWB ${awbNumber} at ${destination} ends ${daysToLastFreeDayText}: the "
                        + "last free day is ${lastFreeDayText}. From the day after, the warehouse charges storage.",
                shipmentAnd(new Fact("Last free day", "${lastFreeDayText}"), new Fact("Alert time", "${dueLocal}")),
                "Clear customs and collect the cargo before the end of the last free day, or agree the extra "
                        + "storage with the consignee.",
                REMINDER_FOOTER));
        templates.put(MailTopics.ISC_PAYMENT, layout(
                "ISC unpaid: AWB ${awbNumber} at ${destination} cannot be released",
                "Import service charge (ISC) still unpaid",
                "The airline's import service charge for AWB ${awbNumber} at ${destination} is not paid yet. The "
                        + "cargo will not be released until it is.",
                shipmentAnd(new Fact("Last free day", "${lastFreeDayText}"),
                        new Fact("Reminder time", "${dueLocal}")),
                "Pay the ISC to the airline's handling agent at ${destination} and record the payment in the "
                        + "tracking system; the reminders stop once it is recorded.",
                REMINDER_FOOTER));
        templates.put(MailTopics.PICKUP, layout(
                "Ready for pickup: AWB ${awbNumber} at ${destination}",
                "Cargo released: arrange the pickup",
                "Customs released AWB ${awbNumber} at ${destination}; the cargo may leave the airport.",
                shipmentAnd(new Fact("Reminder time", "${dueLocal}"),
                        new Fact("Last free day", "${lastFreeDayText}")),
                "Book the truck and send the pickup order to the handling agent at ${destination} today; storage "
                        + "charges start after the last free day (${lastFreeDayText}).",
                REMINDER_FOOTER));
        templates.put(MailTopics.EMPTY_RETURN, layout(
                "Empty return due: containers of AWB ${awbNumber} (${consignee})",
                "Containers not yet returned empty",
                "The containers delivered for AWB ${awbNumber} to ${consignee} at ${destination} are not back at "
                        + "the line's depot. Detention charges run for every day they are out.",
                shipmentAnd(new Fact("Reminder time", "${dueLocal}")),
                "Have the consignee unload the containers and arrange the empty return to the depot; record the "
                        + "return (event EMPTY_RETURNED) so that the reminders stop.",
                REMINDER_FOOTER));
        templates.put(MailTopics.JOB_DEAD, layout(
                "Job failed for good: ${type} after ${attempts} attempts",
                "A background job is dead",
                "The job ${jobId} of type ${type} failed ${attempts} times and will not be tried again.",
                List.of(new Fact("Job", "${jobId}"), new Fact("Type", "${type}"), new Fact("Attempts", "${attempts}"),
                        new Fact("Last error", "${error}")),
                "Find the cause in the last error and fix it, then retry the job from the list of dead jobs.",
                SYSTEM_FOOTER));
        templates.put(MailTopics.DAILY_REPORT, layout(
                "Daily tracking report ${reportDate}: ${mawbsNearLastFreeDay} MAWBs near their last free day, "
                        + "${openIscBills} open ISC bills",
                "Daily tracking report for ${reportDate}",
                "The attached CSV (${fileName}) lists the shipments that need attention today.",
                List.of(new Fact("Report date", "${reportDate}"), new Fact("Time zone", "${timeZone}"),
                        new Fact("Near last free day", "${mawbsNearLastFreeDay}"),
                        new Fact("Open ISC bills", "${openIscBills}"), new Fact("File", "${fileName}")),
                "Work through the MAWBs nearest their last free day first, then chase the open ISC payments.",
                SYSTEM_FOOTER));
        return templates;
    }

    private static List<Fact> shipmentAnd(Fact... more) {
        List<Fact> facts = new java.util.ArrayList<>(SHIPMENT);
        facts.addAll(List.of(more));
        return facts;
    }

    /**
     * A template from its parts (which hold placeholders). The literal words are HTML-escaped for the HTML part; the
     * placeholders survive that ({@code ${name}} has no character to escape) and are escaped when filled.
     */
    private static MailTemplate layout(String subject, String heading, String intro, List<Fact> facts, String action,
            String footer) {
        int width = facts.stream().mapToInt(f -> f.label().length()).max().orElse(0) + 2;
        StringBuilder text = new StringBuilder()
                .append(heading).append("\n\n")
                .append(intro).append("\n\n");
        StringBuilder html = new StringBuilder(HTML_START)
                .append("<h2 style=\"font-size:18px\">").append(TemplateText.html(heading)).append("</h2>\n")
                .append("<p>").append(TemplateText.html(intro)).append("</p>\n")
                .append("<table cellpadding=\"4\" style=\"border-collapse:collapse\">\n");
        for (Fact fact : facts) {
            text.append("  ").append(pad(fact.label(), width)).append(fact.value()).append('\n');
            html.append("<tr><th align=\"left\" style=\"color:#555\">").append(TemplateText.html(fact.label()))
                    .append("</th><td>").append(TemplateText.html(fact.value())).append("</td></tr>\n");
        }
        text.append("\nWhat to do: ").append(action).append("\n\n-- \n").append(footer).append('\n');
        html.append("</table>\n")
                .append("<p><strong>What to do:</strong> ").append(TemplateText.html(action)).append("</p>\n")
                .append("<p style=\"color:#777;font-size:12px\">").append(TemplateText.html(footer)).append("</p>\n")
                .append(HTML_END);
        return MailTemplate.of(subject, text.toString(), html.toString());
    }

    private static String pad(String label, int width) {
        return label + " ".repeat(Math.max(1, width - label.length()));
    }

    private DefaultTemplates() {
    }
}
