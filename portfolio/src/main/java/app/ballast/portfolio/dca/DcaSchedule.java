package app.ballast.portfolio.dca;

import app.ballast.domain.policy.DcaPlan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * When a DCA plan buys: daily; weekly on its weekday; every two weeks on its weekday, counted
 * from the first such weekday on or after the start; monthly on its day, where a day the month
 * lacks (the 31st in April, the 30th in February) means the month's last day. Start and end are
 * inclusive.
 */
public final class DcaSchedule {

    private DcaSchedule() {
    }

    /** The due dates from {@code fromInclusive} to {@code toInclusive}, in order. */
    public static List<LocalDate> dueDates(DcaPlan plan, LocalDate fromInclusive, LocalDate toInclusive) {
        LocalDate from = fromInclusive.isBefore(plan.start()) ? plan.start() : fromInclusive;
        LocalDate to = plan.end() != null && plan.end().isBefore(toInclusive) ? plan.end() : toInclusive;
        List<LocalDate> dates = new ArrayList<>();
        if (from.isAfter(to)) {
            return dates;
        }
        switch (plan.frequency()) {
            case DAILY -> {
                for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
                    dates.add(d);
                }
            }
            case WEEKLY -> {
                for (LocalDate d = from.with(TemporalAdjusters.nextOrSame(plan.dayOfWeek())); !d.isAfter(to);
                     d = d.plusWeeks(1)) {
                    dates.add(d);
                }
            }
            case BIWEEKLY -> {
                LocalDate anchor = plan.start().with(TemporalAdjusters.nextOrSame(plan.dayOfWeek()));
                LocalDate first = anchor;
                if (from.isAfter(anchor)) {
                    long periods = (ChronoUnit.DAYS.between(anchor, from) + 13) / 14;
                    first = anchor.plusWeeks(2 * periods);
                }
                for (LocalDate d = first; !d.isAfter(to); d = d.plusWeeks(2)) {
                    dates.add(d);
                }
            }
            case MONTHLY -> {
                for (LocalDate month = from.withDayOfMonth(1); !month.isAfter(to); month = month.plusMonths(1)) {
                    LocalDate d = month.withDayOfMonth(Math.min(plan.dayOfMonth(), month.lengthOfMonth()));
                    if (!d.isBefore(from) && !d.isAfter(to)) {
                        dates.add(d);
                    }
                }
            }
            default -> throw new IllegalStateException("unknown frequency " + plan.frequency());
        }
        return dates;
    }

    /** The first due date on or after {@code fromInclusive}; null when the plan has ended. */
    public static LocalDate nextDue(DcaPlan plan, LocalDate fromInclusive) {
        // Every frequency has a due date within 62 days, unless the plan ends first.
        List<LocalDate> dates = dueDates(plan, fromInclusive, (fromInclusive.isBefore(plan.start())
                ? plan.start() : fromInclusive).plusDays(62));
        return dates.isEmpty() ? null : dates.get(0);
    }

    /**
     * The due dates after {@code lastChecked} (null: never checked, so from the plan's start) up to
     * {@code today}. Today's date is due; earlier ones passed while the app was not running and are
     * missed, unless {@code executeLate} asks to run them too.
     */
    public static DueDates sinceLastCheck(DcaPlan plan, LocalDate lastChecked, LocalDate today, boolean executeLate) {
        LocalDate from = lastChecked == null ? plan.start() : lastChecked.plusDays(1);
        List<LocalDate> due = new ArrayList<>();
        List<LocalDate> missed = new ArrayList<>();
        for (LocalDate date : dueDates(plan, from, today)) {
            (executeLate || date.equals(today) ? due : missed).add(date);
        }
        return new DueDates(due, missed);
    }
}
