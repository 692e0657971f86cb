package dev.tracking.scheduler;

import dev.tracking.core.domain.job.JobRequest;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * A job that runs on a {@link Schedule}, registered by name with {@link TrackingScheduler.Builder#recurring}.
 *
 * <p>Each occurrence is an ordinary job whose idempotency key is {@code recurring:<name>:<occurrence instant>} (see
 * {@link #keyOf(Instant)}). Since occurrences are a pure function of time and the store schedules a key only once
 * while a job with it will still run, every node that registers the same recurring job schedules the same single next
 * occurrence: N nodes never make N copies. When an occurrence completes or is dead, the engine that ran it schedules
 * the next one; every engine also makes sure, each poll interval, that one is waiting (so a chain broken by a crash is
 * mended). To stop a recurring job, stop registering it and cancel its waiting occurrence (key prefix
 * {@link #keyPrefix()}); to suspend it, pause its type. Nodes' clocks should be synchronized (NTP).
 *
 * @param name        unique among the recurring jobs: letters, digits, {@code .}, {@code _} and {@code -}, at most
 *                    {@value #MAX_NAME_LENGTH} characters
 * @param type        the job type of the occurrences (a handler must be registered for it)
 * @param payload     every occurrence's payload
 * @param schedule    when it occurs
 * @param maxAttempts how often each occurrence is tried before it is dead
 */
public record RecurringJob(String name, String type, Map<String, String> payload, Schedule schedule,
        int maxAttempts) {

    /** The prefix of every recurring occurrence's idempotency key. */
    public static final String KEY_PREFIX = "recurring:";
    /** The longest name. */
    public static final int MAX_NAME_LENGTH = 64;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_NAME_LENGTH + "}");

    /** Checks the name, type, schedule and attempts, and copies the payload. */
    public RecurringJob {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a recurring job's name is 1 to " + MAX_NAME_LENGTH
                    + " letters, digits, '.', '_' or '-': " + name);
        }
        Objects.requireNonNull(type, "type");
        if (type.isBlank() || type.length() > JobRequest.MAX_TYPE_LENGTH) {
            throw new IllegalArgumentException("a job type is 1 to " + JobRequest.MAX_TYPE_LENGTH + " characters");
        }
        payload = payload == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(payload));
        Objects.requireNonNull(schedule, "schedule");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be 1 or more: " + maxAttempts);
        }
    }

    /** A recurring job without payload, tried {@link JobRequest#DEFAULT_MAX_ATTEMPTS} times per occurrence. */
    public static RecurringJob of(String name, String type, Schedule schedule) {
        return new RecurringJob(name, type, Map.of(), schedule, JobRequest.DEFAULT_MAX_ATTEMPTS);
    }

    /** This recurring job with {@code newPayload} for every occurrence. */
    public RecurringJob withPayload(Map<String, String> newPayload) {
        return new RecurringJob(name, type, newPayload, schedule, maxAttempts);
    }

    /** This recurring job with each occurrence tried {@code attempts} times. */
    public RecurringJob withMaxAttempts(int attempts) {
        return new RecurringJob(name, type, payload, schedule, attempts);
    }

    /** {@code recurring:<name>:}, the start of the key of each of its occurrences. */
    public String keyPrefix() {
        return KEY_PREFIX + name + ":";
    }

    /** The idempotency key of the occurrence at {@code occurrence}: {@code recurring:<name>:<ISO-8601 instant>}. */
    public String keyOf(Instant occurrence) {
        return keyPrefix() + occurrence;
    }
}
