package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * A DCA plan (定投): buy {@code amount} USD of {@code symbol} on every due date from {@code start}
 * to {@code end} (inclusive; none means open-ended) until {@code budget} USD are spent (none means
 * no limit). With {@code autoRecord} each buy is recorded as a transaction, otherwise it is left
 * as a pending suggestion. Field names are those of {@code POST /api/dca-plans}.
 *
 * @param dayOfWeek  required for WEEKLY and BIWEEKLY plans, ignored otherwise
 * @param dayOfMonth required for MONTHLY plans (1–31; 31, or a day the month lacks, is its last day)
 * @param multipliers null means {@link DcaMultipliers#NONE}
 * @param missedDates what the dates that passed while Ballast was down become; null means {@link MissedDates#MISS}
 */
public record DcaPlan(String symbol, BigDecimal amount, Frequency frequency, DayOfWeek dayOfWeek,
                      Integer dayOfMonth, LocalDate start, LocalDate end, BigDecimal budget, boolean autoRecord,
                      DcaMultipliers multipliers, MissedDates missedDates) {

    /** A plan whose missed dates stay missed. */
    public DcaPlan(String symbol, BigDecimal amount, Frequency frequency, DayOfWeek dayOfWeek, Integer dayOfMonth,
                   LocalDate start, LocalDate end, BigDecimal budget, boolean autoRecord, DcaMultipliers multipliers) {
        this(symbol, amount, frequency, dayOfWeek, dayOfMonth, start, end, budget, autoRecord, multipliers,
                MissedDates.MISS);
    }

    public DcaPlan {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        Checks.symbol(problems, "symbol", symbol);
        Checks.positive(problems, "amount", amount);
        if (Checks.present(problems, "frequency", frequency)) {
            if ((frequency == Frequency.WEEKLY || frequency == Frequency.BIWEEKLY) && dayOfWeek == null) {
                problems.add("dayOfWeek", "dayOfWeek is required for a " + frequency + " plan");
            }
            if (frequency == Frequency.MONTHLY) {
                if (dayOfMonth == null) {
                    problems.add("dayOfMonth", "dayOfMonth is required for a MONTHLY plan");
                } else if (dayOfMonth < 1 || dayOfMonth > 31) {
                    problems.add("dayOfMonth", "dayOfMonth must be between 1 and 31, was " + dayOfMonth);
                }
            }
        }
        if (Checks.present(problems, "start", start) && end != null && end.isBefore(start)) {
            problems.add("end", "end (" + end + ") must not be before start (" + start + ")");
        }
        if (budget != null) {
            Checks.positive(problems, "budget", budget);
        }
        problems.throwIfAny();
        if (multipliers == null) {
            multipliers = DcaMultipliers.NONE;
        }
        if (missedDates == null) {
            missedDates = MissedDates.MISS;
        }
    }
}
