package dev.tracking.core.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tracking.core.domain.calendar.BusinessDays;
import dev.tracking.core.domain.calendar.WeekendsAndHolidays;
import dev.tracking.core.domain.common.MawbId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The reminder policies in the destination's local time: daylight saving, weekends and holidays. */
class ReminderPoliciesTest {

    private static final MawbId MAWB = new MawbId(UUID.fromString("0192f3e4-5b6c-7d8e-9f00-112233445566"));
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final BusinessDays WEEKDAYS = WeekendsAndHolidays.saturdayAndSunday();
    private static final Instant LONG_AGO = Instant.parse("2020-01-01T00:00:00Z");

    @Nested
    class LastFreeDayAlerts {

        private final LastFreeDayAlertPolicy policy = LastFreeDayAlertPolicy.standard();

        @Test
        void comeThreeDaysAndOneDayBeforeAtNineLocalTimeAfterTheClocksWentForwardInNewYork() {
            // US daylight saving began on Sunday 2026-03-08: 09:00 EDT is 13:00 UTC.
            assertThat(fireTimes(policy.plan(MAWB, LocalDate.of(2026, 3, 12), NEW_YORK, WEEKDAYS, LONG_AGO)))
                    .containsExactly(Instant.parse("2026-03-09T13:00:00Z"), Instant.parse("2026-03-11T13:00:00Z"));
        }

        @Test
        void comeAtNineEasternStandardTimeBeforeTheSwitch() {
            assertThat(fireTimes(policy.plan(MAWB, LocalDate.of(2026, 3, 6), NEW_YORK, WEEKDAYS, LONG_AGO)))
                    .containsExactly(Instant.parse("2026-03-03T14:00:00Z"), Instant.parse("2026-03-05T14:00:00Z"));
        }

        @Test
        void straddleTheSwitchBackInLosAngelesEachInItsOwnOffset() {
            // Daylight saving ended on Sunday 2026-11-01. Three days before Wednesday 11-04 is that Sunday: the
            // alert moves to Friday 10-30, 09:00 PDT (16:00 UTC); the one-day alert is Tuesday 09:00 PST (17:00 UTC).
            assertThat(fireTimes(policy.plan(MAWB, LocalDate.of(2026, 11, 4), LOS_ANGELES, WEEKDAYS, LONG_AGO)))
                    .containsExactly(Instant.parse("2026-10-30T16:00:00Z"), Instant.parse("2026-11-03T17:00:00Z"));
        }

        @Test
        void straddleTheSwitchInBerlin() {
            // Central European Summer Time began on Sunday 2026-03-29.
            assertThat(fireTimes(policy.plan(MAWB, LocalDate.of(2026, 4, 1), BERLIN, WEEKDAYS, LONG_AGO)))
                    .containsExactly(Instant.parse("2026-03-27T08:00:00Z"), Instant.parse("2026-03-31T07:00:00Z"));
        }

        @Test
        void beforeALastFreeDayOnASaturdayComeOnTheWorkingDaysBefore() {
            assertThat(fireTimes(policy.plan(MAWB, LocalDate.of(2026, 5, 16), NEW_YORK, WEEKDAYS, LONG_AGO)))
                    .containsExactly(Instant.parse("2026-05-13T13:00:00Z"), Instant.parse("2026-05-15T13:00:00Z"));
        }

        @Test
        void thatFallOnAHolidayMoveEarlierAndTwoOnOneDayBecomeOne() {
            // Independence Day observed on Friday 2026-07-03; the last free day is Monday 07-06. Three days before
            // is the holiday and one day before a Sunday: both move to Thursday 07-02.
            BusinessDays withHoliday = new WeekendsAndHolidays(WeekendsAndHolidays.SATURDAY_AND_SUNDAY,
                    Set.of(LocalDate.of(2026, 7, 3)));

            assertThat(fireTimes(policy.plan(MAWB, LocalDate.of(2026, 7, 6), NEW_YORK, withHoliday, LONG_AGO)))
                    .containsExactly(Instant.parse("2026-07-02T13:00:00Z"));
        }

        @Test
        void whoseTimeHasPassedAreNotPlanned() {
            Instant betweenTheTwo = Instant.parse("2026-03-10T12:00:00Z");

            assertThat(fireTimes(policy.plan(MAWB, LocalDate.of(2026, 3, 12), NEW_YORK, WEEKDAYS, betweenTheTwo)))
                    .containsExactly(Instant.parse("2026-03-11T13:00:00Z"));
        }

        @Test
        void carryTheirKindAndAKeyUniqueToTheMoment() {
            List<Reminder> alerts = policy.plan(MAWB, LocalDate.of(2026, 3, 12), NEW_YORK, WEEKDAYS, LONG_AGO);

            assertThat(alerts).allSatisfy(r -> {
                assertThat(r.kind()).isEqualTo(ReminderKind.LAST_FREE_DAY);
                assertThat(r.group()).isEqualTo(Reminder.group(MAWB, ReminderKind.LAST_FREE_DAY));
            });
            assertThat(alerts).extracting(Reminder::key).doesNotHaveDuplicates();
        }

        @Test
        void refuseAlertsOnOrAfterTheDayItself() {
            assertThatThrownBy(() -> new LastFreeDayAlertPolicy(List.of(0), LocalTime.NOON))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class IscPaymentReminders {

        private final IscPaymentReminderPolicy policy = IscPaymentReminderPolicy.standard();

        @Test
        void comeAtNineAndAtTwoOnWorkingDays() {
            Instant mondayEarly = Instant.parse("2026-03-09T11:00:00Z"); // 07:00 EDT

            Instant first = next(mondayEarly);
            Instant second = next(first);
            Instant third = next(second);

            assertThat(List.of(first, second, third)).containsExactly(Instant.parse("2026-03-09T13:00:00Z"),
                    Instant.parse("2026-03-09T18:00:00Z"), Instant.parse("2026-03-10T13:00:00Z"));
        }

        @Test
        void skipTheWeekend() {
            Instant fridayAfternoonReminder = Instant.parse("2026-03-13T18:00:00Z");

            assertThat(next(fridayAfternoonReminder)).isEqualTo(Instant.parse("2026-03-16T13:00:00Z"));
        }

        @Test
        void keepNineLocalTimeAcrossTheSwitch() {
            Instant fridayBeforeTheSwitch = Instant.parse("2026-03-06T19:00:00Z"); // 14:00 EST

            assertThat(next(fridayBeforeTheSwitch)).isEqualTo(Instant.parse("2026-03-09T13:00:00Z")); // 09:00 EDT
        }

        private Instant next(Instant after) {
            return policy.next(MAWB, after, NEW_YORK, WEEKDAYS).orElseThrow().fireAt();
        }
    }

    @Nested
    class EmptyReturnReminders {

        private final EmptyReturnReminderPolicy policy = EmptyReturnReminderPolicy.standard();

        @Test
        void beginThreeDaysAfterDeliveryOnAWorkingDayThenRepeatDaily() {
            Instant deliveredFriday = Instant.parse("2026-05-15T20:00:00Z");

            Reminder first = policy.first(MAWB, deliveredFriday, LOS_ANGELES, WEEKDAYS);
            Reminder second = policy.next(MAWB, first.fireAt(), LOS_ANGELES, WEEKDAYS);

            assertThat(first.fireAt()).isEqualTo(Instant.parse("2026-05-18T16:00:00Z")); // Monday 09:00 PDT
            assertThat(second.fireAt()).isEqualTo(Instant.parse("2026-05-19T16:00:00Z"));
            assertThat(first.kind()).isEqualTo(ReminderKind.EMPTY_RETURN);
        }
    }

    @Nested
    class PickupReminders {

        @Test
        void comeAtTheNextNineOClockOnAWorkingDayAfterRelease() {
            Instant releasedFridayAfternoon = Instant.parse("2026-10-23T13:00:00Z"); // 15:00 CEST

            assertThat(PickupReminderPolicy.standard().plan(MAWB, releasedFridayAfternoon, BERLIN, WEEKDAYS))
                    .get().extracting(Reminder::fireAt).isEqualTo(Instant.parse("2026-10-26T08:00:00Z")); // CET
        }
    }

    @Test
    void aTimeThatDoesNotExistOnTheDayTheClocksGoForwardMovesForwardByTheGap() {
        assertThat(LocalSchedule.at(LocalDate.of(2026, 3, 8), LocalTime.of(2, 30), NEW_YORK))
                .isEqualTo(Instant.parse("2026-03-08T07:30:00Z")); // 03:30 EDT
    }

    @Test
    void aTimeThatHappensTwiceOnTheDayTheClocksGoBackIsTakenTheFirstTime() {
        assertThat(LocalSchedule.at(LocalDate.of(2026, 11, 1), LocalTime.of(1, 30), NEW_YORK))
                .isEqualTo(Instant.parse("2026-11-01T05:30:00Z")); // 01:30 EDT
    }

    @Test
    void theStandardPoliciesAreTheDocumentedOnes() {
        ReminderPolicies standard = ReminderPolicies.standard();

        assertThat(standard.lastFreeDay().daysBefore()).containsExactly(3, 1);
        assertThat(standard.iscPayment().slots().times()).containsExactly(LocalTime.of(9, 0), LocalTime.of(14, 0));
        assertThat(standard.preAlert().plan(MAWB, LONG_AGO).fireAt()).isEqualTo(LONG_AGO);
    }

    private static List<Instant> fireTimes(List<Reminder> reminders) {
        return reminders.stream().map(Reminder::fireAt).toList();
    }
}
