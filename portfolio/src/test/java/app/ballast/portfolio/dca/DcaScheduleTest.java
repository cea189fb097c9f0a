package app.ballast.portfolio.dca;

import app.ballast.domain.policy.DcaPlan;
import app.ballast.domain.policy.Frequency;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DcaScheduleTest {

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    static DcaPlan plan(Frequency frequency, DayOfWeek day, Integer dayOfMonth, String start, String end) {
        return new DcaPlan("ETH", BigDecimal.valueOf(100), frequency, day, dayOfMonth, date(start),
                end == null ? null : date(end), null, true, null);
    }

    static List<LocalDate> dates(String... texts) {
        return java.util.Arrays.stream(texts).map(LocalDate::parse).toList();
    }

    @Test
    void aDailyPlanBuysEveryDayFromStartToEndInclusive() {
        DcaPlan daily = plan(Frequency.DAILY, null, null, "2024-01-02", "2024-01-04");

        assertEquals(dates("2024-01-02", "2024-01-03", "2024-01-04"),
                DcaSchedule.dueDates(daily, date("2023-12-01"), date("2024-02-01")));
    }

    @Test
    void aWeeklyPlanBuysOnItsWeekday() {
        DcaPlan weekly = plan(Frequency.WEEKLY, DayOfWeek.MONDAY, null, "2024-01-01", null);

        assertEquals(dates("2024-01-01", "2024-01-08", "2024-01-15"),
                DcaSchedule.dueDates(weekly, date("2024-01-01"), date("2024-01-21")));
    }

    @Test
    void aBiweeklyPlanCountsFromTheFirstMatchingWeekdayOnOrAfterItsStart() {
        // Starts on a Wednesday: the first Friday is 2024-01-05, then every second Friday.
        DcaPlan biweekly = plan(Frequency.BIWEEKLY, DayOfWeek.FRIDAY, null, "2024-01-03", null);

        assertEquals(dates("2024-01-05", "2024-01-19", "2024-02-02"),
                DcaSchedule.dueDates(biweekly, date("2024-01-01"), date("2024-02-10")));
        assertEquals(dates("2024-01-19", "2024-02-02"),
                DcaSchedule.dueDates(biweekly, date("2024-01-06"), date("2024-02-10")));
        assertEquals(dates("2024-01-19"), DcaSchedule.dueDates(biweekly, date("2024-01-19"), date("2024-01-19")));
    }

    @Test
    void theThirtyFirstMeansTheLastDayOfEachMonth() {
        DcaPlan monthly = plan(Frequency.MONTHLY, null, 31, "2024-01-01", null);

        assertEquals(dates("2024-01-31", "2024-02-29", "2024-03-31", "2024-04-30"),
                DcaSchedule.dueDates(monthly, date("2024-01-01"), date("2024-04-30")));
    }

    @Test
    void aMonthlyPlanStartingAfterItsDayWaitsForTheNextMonth() {
        DcaPlan monthly = plan(Frequency.MONTHLY, null, 5, "2024-01-10", "2024-03-05");

        assertEquals(dates("2024-02-05", "2024-03-05"),
                DcaSchedule.dueDates(monthly, date("2024-01-01"), date("2024-12-31")));
    }

    @Test
    void theNextDueDateIsNoneOnceThePlanHasEnded() {
        DcaPlan monthly = plan(Frequency.MONTHLY, null, 15, "2024-01-01", "2024-03-31");

        assertEquals(date("2024-02-15"), DcaSchedule.nextDue(monthly, date("2024-01-16")));
        assertNull(DcaSchedule.nextDue(monthly, date("2024-03-16")));
        assertEquals(date("2024-01-15"), DcaSchedule.nextDue(monthly, date("2023-06-01")));
    }

    @Test
    void datesThatPassedWhileTheAppWasDownAreMissedAndTodayIsDue() {
        DcaPlan daily = plan(Frequency.DAILY, null, null, "2024-01-01", null);

        DueDates dates = DcaSchedule.sinceLastCheck(daily, date("2024-01-03"), date("2024-01-06"), false);

        assertEquals(dates("2024-01-06"), dates.due());
        assertEquals(dates("2024-01-04", "2024-01-05"), dates.missed());
    }

    @Test
    void aPlanThatExecutesLateRunsEveryDateSinceTheLastCheckOnce() {
        DcaPlan daily = plan(Frequency.DAILY, null, null, "2024-01-01", null);

        DueDates dates = DcaSchedule.sinceLastCheck(daily, date("2024-01-03"), date("2024-01-05"), true);

        assertEquals(dates("2024-01-04", "2024-01-05"), dates.due());
        assertEquals(List.of(), dates.missed());
        assertEquals(List.of(), DcaSchedule.sinceLastCheck(daily, date("2024-01-05"), date("2024-01-05"), true).due());
    }
}
