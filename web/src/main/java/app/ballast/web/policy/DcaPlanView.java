package app.ballast.web.policy;

import app.ballast.domain.policy.DcaMultipliers;
import app.ballast.domain.policy.Frequency;
import app.ballast.domain.policy.MissedDates;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** A DCA plan with what the investor wants to know: the next buy, what it has spent, the last check. */
public record DcaPlanView(long id, String symbol, BigDecimal amount, Frequency frequency, DayOfWeek dayOfWeek,
                          Integer dayOfMonth, LocalDate start, LocalDate end, BigDecimal budget, boolean autoRecord,
                          DcaMultipliers multipliers, String account, LocalDate nextDue, BigDecimal spent,
                          LocalDate lastRunOn, MissedDates missedDates) {

    /** "every Monday", "on the 31st (the month's last day)": the schedule in words. */
    public String schedule() {
        return switch (frequency) {
            case DAILY -> "every day";
            case WEEKLY -> "every " + name(dayOfWeek);
            case BIWEEKLY -> "every other " + name(dayOfWeek);
            case MONTHLY -> "monthly on day " + dayOfMonth + (dayOfMonth != null && dayOfMonth >= 29
                    ? " (or the month's last day)" : "");
        };
    }

    private static String name(DayOfWeek day) {
        return day == null ? "" : day.getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
    }
}
