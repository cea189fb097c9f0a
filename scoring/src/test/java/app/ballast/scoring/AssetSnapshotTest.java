package app.ballast.scoring;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.InvalidValuesException.Problem;
import app.ballast.domain.MarketDay;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AssetSnapshotTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

    @Test
    void onlyTheSymbolAndTheDateAreRequired() {
        AssetSnapshot snapshot = new AssetSnapshot("EIGEN", AS_OF, null, null, null, null, null, null, null);
        assertEquals(List.of(), snapshot.market());
    }

    @Test
    void marketDaysAreSortedAndThoseAfterTheDateLeftOutOfTheRules() {
        MarketDay today = day(AS_OF);
        MarketDay yesterday = day(AS_OF.minusDays(1));
        MarketDay tomorrow = day(AS_OF.plusDays(1));
        AssetSnapshot snapshot = new AssetSnapshot("EIGEN", AS_OF, List.of(tomorrow, today, yesterday), null, null,
                null, null, null, null);
        assertEquals(List.of(yesterday, today, tomorrow), snapshot.market());
        assertEquals(List.of(yesterday, today), snapshot.marketUpToAsOf());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> new AssetSnapshot(" ", null,
                List.of(day(AS_OF), day(AS_OF)), null, 101, BigDecimal.ZERO, new BigDecimal("1.01"), null, null));
        assertEquals(List.of(
                new Problem("symbol", "symbol is required"),
                new Problem("asOf", "asOf is required"),
                new Problem("market", "market has two days dated 2025-12-01"),
                new Problem("fearGreed", "fearGreed must be from 0 to 100, was 101"),
                new Problem("mvrv", "mvrv must be positive, was 0"),
                new Problem("top10HolderShare", "top10HolderShare must be a fraction from 0 to 1, was 1.01")),
                e.problems());
    }

    @Test
    void anEmptyMarketDayIsRefusedAgainstItsIndex() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> new AssetSnapshot("BTC", AS_OF,
                java.util.Arrays.asList(day(AS_OF), null), null, null, null, null, null, null));
        assertEquals(List.of(new Problem("market[1]", "market[1] is empty")), e.problems());
    }

    @Test
    void theEndsOfTheRangesAreAccepted() {
        new AssetSnapshot("BTC", AS_OF, null, null, 0, new BigDecimal("0.0001"), BigDecimal.ZERO, null, null);
        new AssetSnapshot("BTC", AS_OF, null, null, 100, null, BigDecimal.ONE, null, null);
    }

    private static MarketDay day(LocalDate date) {
        return new MarketDay(date, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.TEN);
    }
}
