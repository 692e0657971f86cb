package dev.tracking.scheduler;

import dev.tracking.core.domain.job.Job;
import dev.tracking.core.domain.notification.Notification;
import dev.tracking.core.port.out.Notifier;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Raises one alert per job that went dead, topic {@value TrackingScheduler#DEAD_JOB_TOPIC}. */
final class DeadJobAlerts {

    private static final Logger LOG = LoggerFactory.getLogger(DeadJobAlerts.class);

    private final Notifier notifier;

    DeadJobAlerts(Notifier notifier) {
        this.notifier = notifier;
    }

    void jobDied(Job job, String error, Instant at) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("jobId", job.id().toString());
        attributes.put("type", job.type());
        attributes.put("attempts", String.valueOf(job.attempts()));
        attributes.put("error", error);
        try {
            notifier.send(new Notification(TrackingScheduler.DEAD_JOB_TOPIC, null, attributes, at));
        } catch (RuntimeException e) {
            LOG.error("could not raise the alert for dead job {}", job.id(), e);
        }
    }
}
