/**
 * The built-in job handlers: {@link dev.tracking.scheduler.handlers.ReminderJobHandler} (type {@code reminder}, the
 * reminders the workflow schedules), {@link dev.tracking.scheduler.handlers.CleanupJobHandler} (type
 * {@code cleanup}: finished jobs, storage partitions) and {@link dev.tracking.scheduler.handlers.DailyReportJobHandler}
 * (type {@code report}: the daily e-mail of MAWBs near their last free day and open ISC bills).
 *
 * <p>Handlers that call the platform's use cases act as whoever the host's {@code ActorProvider} returns on the
 * engine's worker threads; scheduled work should act as {@code Actor.system()}, which holds every feature.
 */
package dev.tracking.scheduler.handlers;
