package dev.tracking.core.application;

import dev.tracking.core.domain.common.MawbId;
import dev.tracking.core.domain.job.JobRequest;
import dev.tracking.core.domain.job.PlannedJob;
import dev.tracking.core.domain.reminder.Reminder;
import dev.tracking.core.domain.reminder.ReminderKind;
import dev.tracking.core.port.out.IdGenerator;
import dev.tracking.core.port.out.JobScheduler;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reminders as jobs of type {@value #TYPE}: scheduled, cancelled and listed through the {@link JobScheduler}, in the
 * unit of work of the change that causes them. A reminder's key is its job's idempotency key, so the same reminder is
 * never scheduled twice and a MAWB's reminders (of a kind, or all) are found by key prefix.
 */
public final class ReminderJobs {

    /** The job type of reminders; the job engine hands such jobs to {@code ReminderUseCases.fire}. */
    public static final String TYPE = "reminder";
    public static final String KIND = "kind";
    public static final String MAWB_ID = "mawbId";
    public static final String FIRE_AT = "fireAt";

    private final JobScheduler scheduler;
    private final IdGenerator ids;
    private final Clock clock;

    ReminderJobs(JobScheduler scheduler, IdGenerator ids, Clock clock) {
        this.scheduler = scheduler;
        this.ids = ids;
        this.clock = clock;
    }

    void schedule(Reminder reminder) {
        scheduler.schedule(new JobRequest(ids.newId(), TYPE, payloadOf(reminder), reminder.fireAt(), reminder.key(),
                JobRequest.DEFAULT_MAX_ATTEMPTS, clock.instant()));
    }

    void scheduleAll(List<Reminder> reminders) {
        reminders.forEach(this::schedule);
    }

    void cancel(MawbId mawbId, ReminderKind kind) {
        scheduler.cancel(Reminder.group(mawbId, kind));
    }

    void cancelAll(MawbId mawbId) {
        scheduler.cancel(Reminder.groupsOf(mawbId));
    }

    /** Whether a reminder of the kind is waiting for the MAWB. */
    boolean anyWaiting(MawbId mawbId, ReminderKind kind) {
        return !scheduler.pending(Reminder.group(mawbId, kind)).isEmpty();
    }

    /** The MAWB's waiting reminders, soonest first. */
    List<Reminder> upcoming(MawbId mawbId) {
        return scheduler.pending(Reminder.groupsOf(mawbId)).stream()
                .filter(job -> TYPE.equals(job.type()))
                .map(ReminderJobs::reminderOf)
                .toList();
    }

    static Map<String, String> payloadOf(Reminder reminder) {
        return Map.of(KIND, reminder.kind().name(), MAWB_ID, reminder.mawbId().toString(), FIRE_AT,
                reminder.fireAt().toString());
    }

    private static Reminder reminderOf(PlannedJob job) {
        Map<String, String> payload = job.payload();
        return new Reminder(ReminderKind.valueOf(payload.get(KIND)),
                new MawbId(UUID.fromString(payload.get(MAWB_ID))), Instant.parse(payload.get(FIRE_AT)),
                job.idempotencyKey());
    }
}
