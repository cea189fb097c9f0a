package app.ballast.portfolio;

import app.ballast.domain.CostMethod;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.TransactionType;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The value over time of a small ledger at known closes, worked out by hand. */
class ValueHistoryTest {

    private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

    private static final List<LedgerEntry> LEDGER = List.of(
            entry(1, "2024-01-01T10:00:00Z", TransactionType.BUY, "BTC", "1", "100", null),
            entry(2, "2024-01-02T23:59:59Z", TransactionType.BUY, "ETH", "10", "10", "1"),
            entry(3, "2024-01-03T12:00:00Z", TransactionType.BUY, "BTC", "1", "120", null),
            entry(4, "2024-01-04T09:00:00Z", TransactionType.SELL, "BTC", "0.5", "130", null));

    /** BTC has no close on the 4th (the 3rd's is used), ETH none before the 2nd and none on the 3rd. */
    private static final Map<String, NavigableMap<LocalDate, BigDecimal>> CLOSES = Map.of(
            "BTC", closes("2024-01-01", "100", "2024-01-02", "110", "2024-01-03", "120", "2024-01-05", "140"),
            "ETH", closes("2024-01-02", "11", "2024-01-04", "12"));

    @Test
    void eachDayIsTheLedgerUpToItsEndAtTheLatestCloseOnOrBeforeIt() {
        List<ValueHistory.Point> points = ValueHistory.at(LEDGER, CostMethod.MOVING_AVERAGE, TestLedger.ASSETS, CLOSES,
                ValueHistory.days(JAN_1.minusDays(1), JAN_1.plusDays(4)));

        assertEquals(5, points.size(), "the day before the first buy has no point");
        assertPoint(points.get(0), "2024-01-01", "100", "100", "0");
        assertPoint(points.get(1), "2024-01-02", "220", "201", "0");      // 1 BTC at 110 + 10 ETH at 11; ETH cost 100 + 1 fee
        assertPoint(points.get(2), "2024-01-03", "350", "321", "0");      // 2 BTC at 120 + ETH still at the 2nd's 11
        assertPoint(points.get(3), "2024-01-04", "300", "266", "10");     // 1.5 BTC at the 3rd's 120 + 10 ETH at 12; sold 0.5 at 130 for 55
        assertPoint(points.get(4), "2024-01-05", "330", "266", "10");
        assertEquals(0, points.get(4).profit().compareTo(new BigDecimal("74")), "330 - 266 + 10");
    }

    @Test
    void theSameFiguresAsTheHoldingsCalculatorOnTheLastDay() {
        List<ValueHistory.Point> points = ValueHistory.at(LEDGER, CostMethod.FIFO, TestLedger.ASSETS, CLOSES,
                List.of(LocalDate.of(2024, 1, 5)));
        PortfolioSnapshot snapshot = HoldingsCalculator.compute(LEDGER, CostMethod.FIFO, TestLedger.ASSETS, Map.of(
                "BTC", new app.ballast.domain.Quote("BTC", new BigDecimal("140"), Instant.parse("2024-01-06T00:00:00Z")),
                "ETH", new app.ballast.domain.Quote("ETH", new BigDecimal("12"), Instant.parse("2024-01-05T00:00:00Z"))));
        assertEquals(0, snapshot.totals().marketValue().amount().compareTo(points.get(0).value()));
        assertEquals(0, snapshot.totals().costBasis().amount().compareTo(points.get(0).cost()));
        assertEquals(0, snapshot.totals().realizedProfit().amount().compareTo(points.get(0).realized()));
    }

    @Test
    void aYearOrLessIsDailyLongerIsWeeklyEndingOnTheLastDay() {
        List<LocalDate> daily = ValueHistory.days(JAN_1, JAN_1.plusDays(ValueHistory.DAILY_UP_TO_DAYS));
        assertEquals(ValueHistory.DAILY_UP_TO_DAYS + 1, daily.size());

        LocalDate last = LocalDate.of(2025, 6, 12);
        List<LocalDate> weekly = ValueHistory.days(LocalDate.of(2022, 6, 13), last);
        assertEquals(LocalDate.of(2022, 6, 13), weekly.get(0), "the first day stays");
        assertEquals(last, weekly.get(weekly.size() - 1), "the newest point is the last day");
        for (int i = 2; i < weekly.size(); i++) {
            assertEquals(7, ChronoUnit.DAYS.between(weekly.get(i - 1), weekly.get(i)));
        }
        assertTrue(weekly.size() > 150 && weekly.size() < 160, "three years of weeks: " + weekly.size());
        assertEquals(List.of(), ValueHistory.days(last, JAN_1));
    }

    @Test
    void todaysChangeIsWhatIsHeldTimesTheLatestCloseMinusTheOneBefore() {
        ValueHistory.DayChange change = ValueHistory.dayChange(
                Map.of("BTC", new BigDecimal("1.5"), "ETH", BigDecimal.TEN, "SOL", BigDecimal.ONE), CLOSES);
        assertEquals(LocalDate.of(2024, 1, 5), change.date());
        assertEquals(0, change.change().compareTo(new BigDecimal("40")), "1.5 x (140 - 120) + 10 x (12 - 11)");
        assertEquals(0, change.before().compareTo(new BigDecimal("290")), "1.5 x 120 + 10 x 11");
        assertEquals(new BigDecimal("0.13793103"), change.fraction());

        ValueHistory.DayChange none = ValueHistory.dayChange(Map.of("SOL", BigDecimal.ONE), CLOSES);
        assertEquals(0, none.change().signum());
        assertNull(none.fraction());
    }

    private static void assertPoint(ValueHistory.Point p, String date, String value, String cost, String realized) {
        assertEquals(LocalDate.parse(date), p.date());
        assertEquals(0, p.value().compareTo(new BigDecimal(value)), date + " value " + p.value());
        assertEquals(0, p.cost().compareTo(new BigDecimal(cost)), date + " cost " + p.cost());
        assertEquals(0, p.realized().compareTo(new BigDecimal(realized)), date + " realized " + p.realized());
    }

    private static LedgerEntry entry(long id, String time, TransactionType type, String symbol, String quantity,
                                     String price, String fee) {
        return new LedgerEntry(id, Instant.parse(time), type, symbol, "Kraken", null, new BigDecimal(quantity),
                new BigDecimal(price), fee == null ? null : new BigDecimal(fee), null, null);
    }

    private static NavigableMap<LocalDate, BigDecimal> closes(String... dateThenClose) {
        NavigableMap<LocalDate, BigDecimal> closes = new TreeMap<>();
        for (int i = 0; i < dateThenClose.length; i += 2) {
            closes.put(LocalDate.parse(dateThenClose[i]), new BigDecimal(dateThenClose[i + 1]));
        }
        return closes;
    }
}
