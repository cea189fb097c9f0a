package app.ballast.portfolio;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.CostMethod;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.Scales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;

/**
 * A portfolio's value over time: the ledger replayed once, in time order, and valued at the end of each
 * requested day (UTC, like the daily closes) at each asset's latest close on or before that day, the same
 * figures the daily value snapshot stores. One pass over the ledger for all the days, so a history of
 * 100,000 transactions costs one replay, not one per point.
 *
 * <p>An asset without a close on or before a day counts 0 that day (as a holding without a quote does).
 */
public final class ValueHistory {

    /** Up to this many days between the first and the last point, one point a day; beyond, one a week. */
    public static final int DAILY_UP_TO_DAYS = 366;

    /**
     * The portfolio at the end of one day.
     *
     * @param value    market value at the day's closes
     * @param cost     cost basis of what was held
     * @param realized profit realized up to and including that day
     */
    public record Point(LocalDate date, BigDecimal value, BigDecimal cost, BigDecimal realized) {
        public Point {
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(cost, "cost");
            Objects.requireNonNull(realized, "realized");
        }

        /** Unrealized plus realized profit at that day. */
        public BigDecimal profit() {
            return value.subtract(cost).add(realized);
        }
    }

    private ValueHistory() {
    }

    /**
     * The days to show between {@code first} and {@code last} (both included, ascending): every day when
     * they are at most {@link #DAILY_UP_TO_DAYS} apart, otherwise every seventh day counted back from
     * {@code last} (so the newest point is always the latest day), plus {@code first}.
     */
    public static List<LocalDate> days(LocalDate first, LocalDate last) {
        if (first == null || last == null || first.isAfter(last)) {
            return List.of();
        }
        long span = ChronoUnit.DAYS.between(first, last);
        int step = span <= DAILY_UP_TO_DAYS ? 1 : 7;
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = last; !day.isBefore(first); day = day.minusDays(step)) {
            days.add(day);
        }
        if (!days.get(days.size() - 1).equals(first)) {
            days.add(first);
        }
        Collections.reverse(days);
        return days;
    }

    /**
     * The portfolio's value at the end of each of the days (ascending); days before the first transaction
     * are left out.
     *
     * @param closes each asset's daily closes by date
     * @throws app.ballast.domain.LedgerException as {@link HoldingsCalculator#replay} for an unknown asset or
     *                                            an overdrawn account
     */
    public static List<Point> at(List<LedgerEntry> entries, CostMethod method, Map<String, AssetInfo> assets,
                                 Map<String, ? extends NavigableMap<LocalDate, BigDecimal>> closes,
                                 List<LocalDate> days) {
        for (LedgerEntry entry : entries) {
            if (!assets.containsKey(entry.symbol())) {
                throw new app.ballast.domain.LedgerException("symbol", "unknown asset " + entry.symbol());
            }
        }
        List<LedgerEntry> ordered = new ArrayList<>(entries);
        ordered.sort(HoldingsCalculator.IN_TIME_ORDER);
        Map<String, Position> positions = new HashMap<>();
        List<Point> points = new ArrayList<>(days.size());
        int next = 0;
        for (LocalDate day : days) {
            Instant end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            while (next < ordered.size() && ordered.get(next).time().isBefore(end)) {
                HoldingsCalculator.apply(ordered.get(next), positions, method);
                next++;
            }
            if (next == 0) {
                continue;
            }
            BigDecimal value = BigDecimal.ZERO;
            BigDecimal cost = BigDecimal.ZERO;
            BigDecimal realized = BigDecimal.ZERO;
            for (Map.Entry<String, Position> e : positions.entrySet()) {
                Position p = e.getValue();
                cost = cost.add(p.costBasis());
                realized = realized.add(p.realized());
                if (p.quantity().signum() == 0) {
                    continue;
                }
                NavigableMap<LocalDate, BigDecimal> history = closes.get(e.getKey());
                Map.Entry<LocalDate, BigDecimal> close = history == null ? null : history.floorEntry(day);
                if (close != null) {
                    value = value.add(p.quantity().multiply(close.getValue()));
                }
            }
            points.add(new Point(day, amount(value), amount(cost), amount(realized)));
        }
        return points;
    }

    /**
     * Today's move of what is held now: each asset's quantity times its latest close minus the close
     * before it. Assets with fewer than two closes count 0.
     *
     * @param quantities what is held now, by symbol
     * @return the change and the value at the previous closes of the same quantities
     */
    public static DayChange dayChange(Map<String, BigDecimal> quantities,
                                      Map<String, ? extends NavigableMap<LocalDate, BigDecimal>> closes) {
        BigDecimal change = BigDecimal.ZERO;
        BigDecimal before = BigDecimal.ZERO;
        LocalDate latest = null;
        for (Map.Entry<String, BigDecimal> q : quantities.entrySet()) {
            NavigableMap<LocalDate, BigDecimal> history = closes.get(q.getKey());
            if (history == null || history.isEmpty() || q.getValue().signum() == 0) {
                continue;
            }
            Map.Entry<LocalDate, BigDecimal> last = history.lastEntry();
            Map.Entry<LocalDate, BigDecimal> previous = history.lowerEntry(last.getKey());
            if (latest == null || last.getKey().isAfter(latest)) {
                latest = last.getKey();
            }
            if (previous == null) {
                before = before.add(q.getValue().multiply(last.getValue()));
                continue;
            }
            before = before.add(q.getValue().multiply(previous.getValue()));
            change = change.add(q.getValue().multiply(last.getValue().subtract(previous.getValue())));
        }
        BigDecimal fraction = before.signum() == 0 ? null
                : change.divide(before, 8, RoundingMode.HALF_EVEN);
        return new DayChange(latest, amount(change), amount(before), fraction);
    }

    /**
     * The move of the holdings over their latest day.
     *
     * @param date     the latest close's day (null when nothing has a close)
     * @param fraction change / before, null when before is 0
     */
    public record DayChange(LocalDate date, BigDecimal change, BigDecimal before, BigDecimal fraction) {
    }

    private static BigDecimal amount(BigDecimal value) {
        return value.setScale(Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN);
    }
}
