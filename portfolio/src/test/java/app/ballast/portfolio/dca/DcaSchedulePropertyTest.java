package app.ballast.portfolio.dca;

import app.ballast.domain.policy.DcaPlan;
import app.ballast.domain.policy.Frequency;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random plans and windows: due dates stay inside the plan and the window, in order, on the
 * plan's weekday or day; and cutting a window in two gives the same dates, so a daily run never
 * buys a date twice nor skips one.
 */
class DcaSchedulePropertyTest {

    static final LocalDate BASE = LocalDate.of(2023, 1, 1);

    @Property(tries = 400)
    void dueDatesAreConsistentWhateverTheWindow(@ForAll Frequency frequency, @ForAll DayOfWeek weekday,
                                                @ForAll @IntRange(min = 1, max = 31) int dayOfMonth,
                                                @ForAll @IntRange(min = 0, max = 400) int startOffset,
                                                @ForAll @IntRange(min = 0, max = 400) int length,
                                                @ForAll boolean openEnded,
                                                @ForAll @IntRange(min = 0, max = 900) int windowStart,
                                                @ForAll @IntRange(min = 0, max = 400) int windowLength,
                                                @ForAll @IntRange(min = 0, max = 400) int cut) {
        LocalDate start = BASE.plusDays(startOffset);
        LocalDate end = openEnded ? null : start.plusDays(length);
        DcaPlan plan = new DcaPlan("BTC", BigDecimal.TEN, frequency, weekday, dayOfMonth, start, end, null, true, null);
        LocalDate from = BASE.plusDays(windowStart);
        LocalDate to = from.plusDays(windowLength);
        LocalDate middle = from.plusDays(Math.min(cut, windowLength));

        List<LocalDate> dates = DcaSchedule.dueDates(plan, from, to);
        List<LocalDate> split = new ArrayList<>(DcaSchedule.dueDates(plan, from, middle));
        split.addAll(DcaSchedule.dueDates(plan, middle.plusDays(1), to));

        assertEquals(dates, split);
        for (int i = 0; i < dates.size(); i++) {
            LocalDate d = dates.get(i);
            assertTrue(!d.isBefore(from) && !d.isAfter(to) && !d.isBefore(start) && (end == null || !d.isAfter(end)));
            if (i > 0) {
                long gap = ChronoUnit.DAYS.between(dates.get(i - 1), d);
                switch (frequency) {
                    case DAILY -> assertEquals(1, gap);
                    case WEEKLY -> assertEquals(7, gap);
                    case BIWEEKLY -> assertEquals(14, gap);
                    case MONTHLY -> assertTrue(gap >= 28 && gap <= 31);
                    default -> throw new IllegalStateException();
                }
            }
            switch (frequency) {
                case WEEKLY, BIWEEKLY -> assertEquals(weekday, d.getDayOfWeek());
                case MONTHLY -> assertEquals(Math.min(dayOfMonth, d.lengthOfMonth()), d.getDayOfMonth());
                default -> { }
            }
        }
        if (frequency == Frequency.BIWEEKLY && !dates.isEmpty()) {
            LocalDate anchor = start.plusDays((weekday.getValue() - start.getDayOfWeek().getValue() + 7) % 7);
            assertEquals(0, ChronoUnit.DAYS.between(anchor, dates.get(0)) % 14);
        }
    }
}
