package app.ballast.web.policy;

import app.ballast.domain.Severity;
import app.ballast.domain.Warning;
import app.ballast.domain.WarningRule;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyOverviewTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void stalePricesOfSeveralAssetsShowAsOneWarningWithTheOldestAge() {
        Warning band = new Warning(WarningRule.CORE_BAND, Severity.WARNING, "CORE", TODAY, "core above its band", Map.of());
        List<Warning> grouped = PolicyOverview.stalePricesTogether(List.of(stale("SOL", "40"), band, stale("ADA", "12649.3"),
                stale("BTC", "37")));

        assertEquals(List.of(WarningRule.CORE_BAND, WarningRule.STALE_PRICE), grouped.stream().map(Warning::rule).toList());
        Warning stale = grouped.get(1);
        assertEquals("3 assets", stale.subject());
        assertTrue(stale.message().startsWith("The latest prices of ADA, BTC, SOL are older than 36 hours (the oldest 12649.3 hours)"),
                stale.message());
        assertEquals(0, new BigDecimal("3").compareTo(stale.figures().get("assets")));
        assertEquals(0, new BigDecimal("12649.3").compareTo(stale.figures().get("oldestAgeHours")));
        assertEquals(0, new BigDecimal("36").compareTo(stale.figures().get("limitHours")));
    }

    @Test
    void aSingleStalePriceKeepsItsOwnWarning() {
        Warning one = stale("ETH", "40");
        assertEquals(List.of(one), PolicyOverview.stalePricesTogether(List.of(one)));
    }

    private static Warning stale(String symbol, String ageHours) {
        return new Warning(WarningRule.STALE_PRICE, Severity.CAUTION, symbol, TODAY,
                "The latest price of " + symbol + " is " + ageHours + " hours old, older than 36 hours.",
                Map.of("ageHours", new BigDecimal(ageHours), "limitHours", new BigDecimal("36"), "price", BigDecimal.TEN));
    }
}
