/**
 * The persistent, cluster-safe job engine on the core's {@code JobStore} port.
 *
 * <h2>Using it</h2>
 * <pre>{@code
 * TrackingScheduler scheduler = TrackingScheduler.create(persistence.jobStore(), List.of(
 *                 new ReminderJobHandler(platform.reminders()),
 *                 CleanupJobHandler.builder(persistence.jobStore(), storageMaintenance).build(),
 *                 DailyReportJobHandler.builder(platform.mawbs(), platform.bills(), mailSender)
 *                         .recipients("ops@forwarder.example").build(),
 *                 JobHandler.of("email", context -> ...)))
 *         .threads(5)
 *         .concurrency("email", 2)
 *         .recurring(RecurringJob.of("cleanup", "cleanup", Schedule.dailyAt(zone, LocalTime.of(3, 0))),
 *                 RecurringJob.of("daily-report", "report", Schedule.dailyAt(zone, LocalTime.of(7, 0))))
 *         .notifier(notifier)
 *         .metrics(new MicrometerSchedulerMetrics(meterRegistry))   // only with Micrometer on the classpath
 *         .build();
 * scheduler.start();
 * scheduler.enqueue(new JobRequest(id, "email", payload, clock.instant(), key, 5, clock.instant()));
 * scheduler.stop();
 * }</pre>
 *
 * <h2>How an instance works</h2>
 * <ul>
 *   <li><b>Claiming.</b> A claim loop asks the store for due jobs ({@code FOR UPDATE SKIP LOCKED} on PostgreSQL, so
 *       instances never wait for each other nor share a job), at most as many as there are free worker threads, at
 *       most {@code claimBatchSize}, and only of the types with free capacity under their concurrency limit. Paused
 *       types are never claimed. It claims again as soon as a worker is free when the last claim was full (waiting
 *       for the other jobs of that claim at most as long as a claim takes, so that workers freed together share one
 *       claim), otherwise after the poll interval, or when {@link dev.tracking.scheduler.TrackingScheduler#enqueue}
 *       wakes it.</li>
 *   <li><b>Leases.</b> A claimed job is held until its lease ends; a heartbeat renews the leases of every held job
 *       (at most every half lease). When an instance dies, its leases run out and any instance takes the jobs back
 *       (checked each poll interval): they run again, so delivery is at least once; handlers see the attempt number
 *       and the idempotency key.</li>
 *   <li><b>Outcomes.</b> Completions are recorded in batches (by size and interval, and at shutdown). A failure is
 *       retried after the type's {@link dev.tracking.scheduler.Backoff}; on the last attempt, or for a
 *       {@link dev.tracking.scheduler.PermanentJobFailure}, the job is dead (the dead-letter queue; retried by hand
 *       with the job use cases) and one alert, topic {@code job.dead}, goes to the {@code Notifier}.</li>
 *   <li><b>Recurring jobs</b> are keyed by name and occurrence, so any number of instances keep exactly one occurrence
 *       waiting; see {@link dev.tracking.scheduler.RecurringJob}.</li>
 *   <li><b>Shutdown</b> stops claiming, gives back claimed jobs not yet started, waits for running handlers up to the
 *       timeout and gives back the rest.</li>
 *   <li><b>Observability.</b> The job's id and type are in the logging MDC ({@code jobId}, {@code jobType}) while it
 *       runs; {@link dev.tracking.scheduler.SchedulerMetrics} hears claims, outcomes and leases
 *       ({@link dev.tracking.scheduler.MicrometerSchedulerMetrics} for Micrometer, an optional dependency).</li>
 * </ul>
 *
 * <p>The public API is {@link dev.tracking.scheduler.TrackingScheduler} and its builder, the handler SPI
 * ({@link dev.tracking.scheduler.JobHandler}, {@link dev.tracking.scheduler.JobContext},
 * {@link dev.tracking.scheduler.PermanentJobFailure}), the values {@link dev.tracking.scheduler.Backoff},
 * {@link dev.tracking.scheduler.RecurringJob} and {@link dev.tracking.scheduler.Schedule}, and the metrics
 * interfaces; everything else is package-private. Handlers that call the platform's use cases act as whoever the
 * host's {@code ActorProvider} returns on the worker threads: give scheduled work {@code Actor.system()}.
 */
package dev.tracking.scheduler;
