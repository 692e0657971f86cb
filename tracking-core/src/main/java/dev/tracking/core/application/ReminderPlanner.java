package dev.tracking.core.application;

import dev.tracking.core.domain.calendar.BusinessDays;
import dev.tracking.core.domain.mawb.Mawb;
import dev.tracking.core.domain.reminder.Reminder;
import dev.tracking.core.domain.reminder.ReminderKind;
import dev.tracking.core.domain.reminder.ReminderPolicies;
import dev.tracking.core.domain.workflow.Condition;
import dev.tracking.core.domain.workflow.EntryAction;
import dev.tracking.core.domain.workflow.ShipmentFacts;
import dev.tracking.core.port.out.AirportTimeZones;
import dev.tracking.core.port.out.BusinessCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Turns the reminder policies into scheduled reminders for a MAWB, in the destination airport's time zone and working
 * days: on a step's entry actions, and again when the facts they depend on change.
 */
final class ReminderPlanner {

    private final ReminderPolicies policies;
    private final AirportTimeZones zones;
    private final BusinessCalendar calendar;
    private final ReminderJobs jobs;

    ReminderPlanner(ReminderPolicies policies, AirportTimeZones zones, BusinessCalendar calendar, ReminderJobs jobs) {
        this.policies = policies;
        this.zones = zones;
        this.calendar = calendar;
        this.jobs = jobs;
    }

    ReminderJobs jobs() {
        return jobs;
    }

    /** Runs a step's entry action for a MAWB entering the step at {@code now}. */
    void run(EntryAction action, Mawb mawb, ShipmentFacts facts, Instant now) {
        switch (action) {
            case SEND_PRE_ALERT -> jobs.schedule(policies.preAlert().plan(mawb.id(), now));
            case SCHEDULE_LAST_FREE_DAY_ALERTS -> jobs.scheduleAll(lastFreeDayAlerts(mawb, now));
            case SCHEDULE_ISC_REMINDERS -> {
                if (!Condition.ISC_PAID.holds(facts)) {
                    nextIscReminder(mawb, now).ifPresent(jobs::schedule);
                }
            }
            case SCHEDULE_PICKUP_REMINDER -> policies.pickup()
                    .plan(mawb.id(), now, zoneOf(mawb), daysOf(mawb)).ifPresent(jobs::schedule);
            case SCHEDULE_EMPTY_RETURN_REMINDERS -> {
                if (facts.hasOceanContainers() && !facts.containersReturned()) {
                    jobs.schedule(policies.emptyReturn().first(mawb.id(), now, zoneOf(mawb), daysOf(mawb)));
                }
            }
            case CANCEL_ALL_REMINDERS -> jobs.cancelAll(mawb.id());
        }
    }

    /** The last-free-day alerts still to come for the MAWB's current last free day (none without one). */
    List<Reminder> lastFreeDayAlerts(Mawb mawb, Instant now) {
        if (mawb.details().lastFreeDay() == null) {
            return List.of();
        }
        return policies.lastFreeDay().plan(mawb.id(), mawb.details().lastFreeDay(), zoneOf(mawb), daysOf(mawb), now);
    }

    /** Drops the MAWB's waiting last-free-day alerts and plans those of its current last free day. */
    void replanLastFreeDay(Mawb mawb, Instant now) {
        jobs.cancel(mawb.id(), ReminderKind.LAST_FREE_DAY);
        jobs.scheduleAll(lastFreeDayAlerts(mawb, now));
    }

    /** The ISC reminder after {@code after}. */
    Optional<Reminder> nextIscReminder(Mawb mawb, Instant after) {
        return policies.iscPayment().next(mawb.id(), after, zoneOf(mawb), daysOf(mawb));
    }

    /** The empty-return reminder after one that fired at {@code firedAt}. */
    Reminder nextEmptyReturnReminder(Mawb mawb, Instant firedAt) {
        return policies.emptyReturn().next(mawb.id(), firedAt, zoneOf(mawb), daysOf(mawb));
    }

    ZoneId zoneOf(Mawb mawb) {
        return zones.zoneOf(mawb.details().destination());
    }

    private BusinessDays daysOf(Mawb mawb) {
        return calendar.at(mawb.details().destination());
    }
}
