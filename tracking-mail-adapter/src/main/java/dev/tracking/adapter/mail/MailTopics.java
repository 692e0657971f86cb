package dev.tracking.adapter.mail;

import java.util.List;

/** The notification topics the default templates know. */
public final class MailTopics {

    /** A consignment is coming: to the destination agent when the MAWB is created; carries the MAWB's documents. */
    public static final String PRE_ALERT = "reminder.PRE_ALERT";
    /** Storage charges start after the last free day. */
    public static final String LAST_FREE_DAY = "reminder.LAST_FREE_DAY";
    /** The import service charge is unpaid: the airline will not release the cargo. */
    public static final String ISC_PAYMENT = "reminder.ISC_PAYMENT";
    /** The cargo may leave the airport: arrange the pickup. */
    public static final String PICKUP = "reminder.PICKUP";
    /** Ocean containers are not back at the line's depot: detention charges run. */
    public static final String EMPTY_RETURN = "reminder.EMPTY_RETURN";
    /** A job used up its attempts (attributes jobId, type, attempts, error). */
    public static final String JOB_DEAD = "job.dead";
    /**
     * The daily report, its CSV attached by the job that sends it (attributes reportDate, timeZone, fileName,
     * mawbsNearLastFreeDay, openIscBills).
     */
    public static final String DAILY_REPORT = "report.daily";

    /** Every topic above, reminders first. */
    public static final List<String> ALL = List.of(PRE_ALERT, LAST_FREE_DAY, ISC_PAYMENT, PICKUP, EMPTY_RETURN,
            JOB_DEAD, DAILY_REPORT);

    private MailTopics() {
    }
}
