package app.ballast.web.policy;

import app.ballast.domain.policy.DcaMultipliers;
import app.ballast.domain.policy.DcaPlan;
import app.ballast.domain.policy.FieldPath;
import app.ballast.domain.policy.Frequency;
import app.ballast.domain.policy.MissedDates;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A DCA plan as the investor sends it ({@code POST /api/dca-plans}, or one of a backtest's plans).
 * Text fields stay text so that a wrong value gets our own message naming the field.
 * {@code multipliers}: null for none; a field of it left out takes the SPEC default. {@code account}:
 * where buys are recorded (default: the exchange account holding most of the asset). {@code missedDates}:
 * MISS (the default) or BUY_LATE, what the dates that pass while Ballast is down become.
 */
public record DcaPlanInput(String symbol, BigDecimal amount, String frequency, String dayOfWeek, Integer dayOfMonth,
                           String start, String end, BigDecimal budget, Boolean autoRecord, Multipliers multipliers,
                           String account, String missedDates) {

    /** A plan whose missed dates stay missed. */
    public DcaPlanInput(String symbol, BigDecimal amount, String frequency, String dayOfWeek, Integer dayOfMonth,
                        String start, String end, BigDecimal budget, Boolean autoRecord, Multipliers multipliers,
                        String account) {
        this(symbol, amount, frequency, dayOfWeek, dayOfMonth, start, end, budget, autoRecord, multipliers, account,
                null);
    }

    public record Multipliers(BigDecimal mvrvBelow, BigDecimal mvrvBelowFactor, BigDecimal mvrvAbove,
                              BigDecimal mvrvAboveFactor, Integer fearGreedBelow, BigDecimal fearGreedBelowFactor,
                              Integer fearGreedAbove, BigDecimal fearGreedAboveFactor) {

        DcaMultipliers toMultipliers() {
            DcaMultipliers d = DcaMultipliers.DEFAULTS;
            return new DcaMultipliers(or(mvrvBelow, d.mvrvBelow()), or(mvrvBelowFactor, d.mvrvBelowFactor()),
                    or(mvrvAbove, d.mvrvAbove()), or(mvrvAboveFactor, d.mvrvAboveFactor()),
                    fearGreedBelow == null ? d.fearGreedBelow() : fearGreedBelow,
                    or(fearGreedBelowFactor, d.fearGreedBelowFactor()),
                    fearGreedAbove == null ? d.fearGreedAbove() : fearGreedAbove,
                    or(fearGreedAboveFactor, d.fearGreedAboveFactor()));
        }

        private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
            return value == null ? fallback : value;
        }
    }

    /** The symbol as stored: trimmed, upper case; null when blank. */
    public String normalizedSymbol() {
        return symbol == null || symbol.isBlank() ? null : symbol.strip().toUpperCase(Locale.ROOT);
    }

    /** The plan these fields describe; every refused field at once, its path under {@code prefix}. */
    public DcaPlan toPlan(String prefix) {
        return FieldPath.within(prefix, () -> {
            FieldProblems problems = new FieldProblems();
            Frequency f = problems.choice("frequency", frequency, Frequency.class, "DAILY, WEEKLY, BIWEEKLY or MONTHLY");
            DayOfWeek day = problems.choice("dayOfWeek", dayOfWeek, DayOfWeek.class, "MONDAY to SUNDAY");
            LocalDate from = problems.date("start", start);
            LocalDate to = problems.date("end", end);
            DcaMultipliers m = multipliers == null ? null : problems.check(multipliers::toMultipliers);
            MissedDates missed = problems.choice("missedDates", missedDates, MissedDates.class, "MISS or BUY_LATE");
            DcaPlan plan = problems.check(() -> new DcaPlan(normalizedSymbol(), amount, f, day, dayOfMonth, from, to,
                    budget, autoRecord == null || autoRecord, m, missed));
            problems.throwIfAny();
            return plan;
        });
    }
}
