package app.ballast.web.api;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.number;
import static app.ballast.web.api.ApiJson.object;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.support.TestUsers.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The backtest over the bundled daily history: its figures, its series, and its refusals. */
@QuarkusTest
class BacktestApiTest {

    @Test
    void holdingOnlyBtcWithoutFeesEndsAtTheRatioOfTheCloses() {
        String user = TestUsers.signUp("bt-hold");
        NavigableMap<LocalDate, BigDecimal> btc = PlansApiTest.bundledCloses("BTC");
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2021, 12, 31);

        JsonNode result = read(as(user).body(object("from", from.toString(), "to", to.toString(),
                        "initialCash", dec("1000"), "assets", List.of(Map.of("symbol", "BTC")), "rebalance", "NONE",
                        "feeRate", dec("0"),
                        // all in the core, all of the core in BTC: nothing is left in cash
                        "policy", Map.of("coreWeights", Map.of("BTC", dec("1")), "coreTarget", dec("1"),
                                "coreMin", dec("1"), "coreMax", dec("1"))))
                .post("/api/backtest").then().statusCode(200).extract().response());

        BigDecimal expected = dec("1000").multiply(btc.get(to)).divide(btc.get(from), 2, RoundingMode.HALF_EVEN);
        assertThat(number(result, "finalValue"), closeTo(expected, dec("0.05")));
        assertThat(number(result, "invested"), comparesEqualTo(dec("1000")));
        List<JsonNode> series = elements(result.get("series"));
        assertEquals(365, series.size());
        assertEquals(from.toString(), series.get(0).get("date").asText());
        assertEquals(to.toString(), series.get(series.size() - 1).get("date").asText());
        assertThat(number(series.get(series.size() - 1), "value"), comparesEqualTo(number(result, "finalValue")));
        assertNotNull(result.get("buyAndHoldBtc"));
        assertThat(number(result.get("buyAndHoldBtc"), "finalValue"), closeTo(expected, dec("0.05")));
    }

    @Test
    void aPolicyWithWeeklyDcaRebalancingAndAStopReportsEveryFigure() {
        String user = TestUsers.signUp("bt-policy");
        LocalDate from = LocalDate.of(2021, 1, 1);
        LocalDate to = LocalDate.of(2022, 12, 31);

        JsonNode result = read(as(user).body(object("from", from.toString(), "to", to.toString(),
                        "initialCash", dec("10000"),
                        "assets", List.of(Map.of("symbol", "BTC"), Map.of("symbol", "ETH"), Map.of("symbol", "SOL"),
                                Map.of("symbol", "LINK", "tier", "SATELLITE", "sector", "Oracles")),
                        "policy", Map.of("coreTarget", dec("0.7"), "coreMin", dec("0.65"), "coreMax", dec("0.75")),
                        "dca", List.of(Map.of("symbol", "BTC", "amount", dec("100"), "frequency", "WEEKLY",
                                "dayOfWeek", "MONDAY")),
                        "rebalance", "QUARTERLY", "trailingStop", Map.of("trail", dec("0.25")), "feeRate", dec("0.001")))
                .post("/api/backtest").then().statusCode(200).extract().response());

        long mondays = from.datesUntil(to.plusDays(1)).filter(d -> d.getDayOfWeek() == DayOfWeek.MONDAY).count();
        assertThat(number(result, "invested"), comparesEqualTo(dec("10000").add(dec("100").multiply(BigDecimal.valueOf(mondays)))));
        for (String key : List.of("finalValue", "returnFraction", "maxDrawdown", "volatility", "fees")) {
            number(result, key);
        }
        assertTrue(result.get("trades").asInt() > mondays, "DCA buys, rebalancing and stops trade: " + result.get("trades"));
        assertTrue(number(result, "maxDrawdown").compareTo(BigDecimal.ZERO) > 0, "2022 was a bear market");
        assertEquals(730, elements(result.get("series")).size());
        JsonNode hold = result.get("buyAndHoldBtc");
        assertThat(number(hold, "invested"), comparesEqualTo(number(result, "invested")));
        JsonNode last = elements(result.get("series")).get(729);
        assertThat(number(last, "btcValue"), comparesEqualTo(number(hold, "finalValue")));
    }

    @Test
    void badBacktestsAreRefusedNamingEveryField() {
        String user = TestUsers.signUp("bt-bad");
        String message = refusedOn(as(user).body(object("from", "2022-01-01", "to", "2021-01-01",
                "initialCash", dec("-1"), "assets", List.of(Map.of("symbol", "NOPE")), "rebalance", "WEEKLY",
                "dca", List.of(Map.of("symbol", "BTC", "amount", dec("10"), "frequency", "HOURLY")),
                "trailingStop", Map.of("trail", dec("2")), "policy", Map.of("coreMin", dec("0.9"))))
                .post("/api/backtest"), "assets[0].symbol");
        assertTrue(message.contains("NOPE"), message);
        JsonNode errors = read(as(user).body(object("from", "2022-01-01", "to", "2021-01-01",
                "initialCash", dec("-1"), "assets", List.of(Map.of("symbol", "NOPE")), "rebalance", "WEEKLY",
                "dca", List.of(Map.of("symbol", "BTC", "amount", dec("10"), "frequency", "HOURLY")),
                "trailingStop", Map.of("trail", dec("2")), "policy", Map.of("coreMin", dec("0.9"))))
                .post("/api/backtest").then().statusCode(400).extract().response());
        List<String> fields = elements(errors.get("errors")).stream().map(e -> e.get("field").asText()).toList();
        for (String field : List.of("to", "initialCash", "rebalance", "dca[0].frequency", "trailingStop.trail",
                "policy.coreMin")) {
            assertTrue(fields.contains(field), field + " in " + fields);
        }
        refusedOn(as(user).body(object("from", "last year", "to", "2021-01-01", "initialCash", dec("1"),
                "assets", List.of(Map.of("symbol", "BTC")))).post("/api/backtest"), "from");
    }
}
