package app.ballast.web.api;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static app.ballast.web.api.ApiJson.assertAmount;
import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.findBy;
import static app.ballast.web.api.ApiJson.number;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.TransactionApiTest.post;
import static app.ballast.web.support.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Holdings derived from the ledger and valued at the latest bundled prices; the portfolio's totals. */
@QuarkusTest
class HoldingsApiTest {

    static final List<String> HOLDING_KEYS = List.of("symbol", "tier", "sector", "quantity", "averageCost",
            "costBasis", "price", "priceTime", "marketValue", "unrealizedProfit", "realizedProfit", "weight");
    static final List<String> TOTALS_KEYS = List.of("marketValue", "costBasis", "unrealizedProfit", "realizedProfit");
    static final BigDecimal WEIGHT_TOLERANCE = new BigDecimal("0.00000001");

    @Test
    void buyOneAt408BuyTwoAt400SellThreeLeavesNothingAtACostOfExactlyZero() {
        String user = TestUsers.signUp("hold-exact");
        post(user, "BUY", "BTC", "Kraken", "1", "408", "2024-01-01T00:00:00Z");
        post(user, "BUY", "BTC", "Kraken", "2", "400", "2024-01-02T00:00:00Z");
        post(user, "SELL", "BTC", "Kraken", "3", "404.123", "2024-01-03T00:00:00Z");

        JsonNode body = read(holdings(user));

        JsonNode btc = findBy(body.get("holdings"), "symbol", "BTC");
        assertAmount(btc, "quantity", "0");
        assertAmount(btc, "costBasis", "0");
        assertAmount(btc, "averageCost", "0");
        assertAmount(btc, "marketValue", "0");
        assertAmount(btc, "unrealizedProfit", "0");
        // Sold 3 × 404.123 = 1212.369 for a cost of 1 × 408 + 2 × 400 = 1208; no fees.
        assertAmount(btc, "realizedProfit", "4.369");
        JsonNode totals = body.get("totals");
        assertAmount(totals, "marketValue", "0");
        assertAmount(totals, "costBasis", "0");
        assertAmount(totals, "unrealizedProfit", "0");
        assertAmount(totals, "realizedProfit", "4.369");
    }

    @Test
    void aPartialSellAtMovingAverageCostKeepsTheAverageAndRealizesTheDifference() {
        String user = TestUsers.signUp("hold-partial");
        post(user, "BUY", "BTC", "Kraken", "1", "408", "2024-01-01T00:00:00Z");
        post(user, "BUY", "BTC", "Kraken", "2", "400", "2024-01-02T00:00:00Z");
        post(user, "SELL", "BTC", "Kraken", "1", "410", "2024-01-03T00:00:00Z");

        JsonNode btc = findBy(read(holdings(user)).get("holdings"), "symbol", "BTC");

        // Average cost 1208 / 3 = 402.666…; the one sold carried that cost, the two left keep it.
        assertAmount(btc, "quantity", "2");
        // exact to 18 decimals: (1208 − 402.666…667) / 2 = 402.666…6665, half-even to …666
        assertAmount(btc, "averageCost", "402.666666666666666666");
        assertAmount(btc, "costBasis", "805.33333333");   // 2416 / 3
        assertAmount(btc, "realizedProfit", "7.33333333"); // 410 − 1208 / 3 = 22 / 3
    }

    @Test
    void holdingsHaveEveryKeyOfTheIssueAndAreValuedAtTheLatestBundledPrice() {
        String user = TestUsers.signUp("hold-shape");
        post(user, "BUY", "BTC", "Kraken", "0.5", "60000", "2024-01-01T00:00:00Z");
        post(user, "BUY", "ETH", "Kraken", "2", "3000", "2024-01-01T00:00:00Z");
        LatestClose btcClose = latestBundledClose("BTC");
        LatestClose ethClose = latestBundledClose("ETH");
        assertEquals(LocalDate.of(2025, 6, 30), btcClose.date(), "the bundled BTC history ends on 2025-06-30");

        Response response = holdings(user);

        JsonNode body = read(response);
        assertEquals(Set.of("totals", "holdings"), names(body));
        for (String key : TOTALS_KEYS) {
            number(body.get("totals"), key);
        }
        List<JsonNode> list = elements(body.get("holdings"));
        assertEquals(2, list.size(), body.toString());
        for (JsonNode holding : list) {
            assertTrue(names(holding).containsAll(HOLDING_KEYS), "keys of " + holding);
            for (String key : List.of("quantity", "averageCost", "costBasis", "price", "marketValue",
                    "unrealizedProfit", "realizedProfit", "weight")) {
                number(holding, key);
            }
        }
        assertEquals("BTC", list.get(0).get("symbol").asText(), "the largest holding first");

        JsonNode btc = findBy(body.get("holdings"), "symbol", "BTC");
        assertEquals("CORE", btc.get("tier").asText());
        assertEquals("Store of value", btc.get("sector").asText());
        assertAmount(btc, "quantity", "0.5");
        assertAmount(btc, "averageCost", "60000");
        assertAmount(btc, "costBasis", "30000");
        assertThat(number(btc, "price"), comparesEqualTo(btcClose.close()));
        assertPriceTimeIsOnTheCloseDay(btc, btcClose.date());
        BigDecimal btcValue = new BigDecimal("0.5").multiply(btcClose.close());
        assertThat(number(btc, "marketValue"), comparesEqualTo(btcValue));
        assertThat(number(btc, "unrealizedProfit"), comparesEqualTo(btcValue.subtract(new BigDecimal("30000"))));
        assertAmount(btc, "realizedProfit", "0");

        JsonNode eth = findBy(body.get("holdings"), "symbol", "ETH");
        assertEquals("CORE", eth.get("tier").asText());
        assertEquals("Public chain", eth.get("sector").asText());
        assertThat(number(eth, "price"), comparesEqualTo(ethClose.close()));
        assertPriceTimeIsOnTheCloseDay(eth, ethClose.date());
        BigDecimal ethValue = new BigDecimal("2").multiply(ethClose.close());
        assertThat(number(eth, "marketValue"), comparesEqualTo(ethValue));

        BigDecimal total = btcValue.add(ethValue);
        JsonNode totals = body.get("totals");
        assertThat(number(totals, "marketValue"), comparesEqualTo(total));
        assertAmount(totals, "costBasis", "36000");
        assertThat(number(totals, "unrealizedProfit"), comparesEqualTo(total.subtract(new BigDecimal("36000"))));
        assertAmount(totals, "realizedProfit", "0");

        assertThat(number(btc, "weight"),
                comparesEqualTo(btcValue.divide(total, 10, RoundingMode.HALF_EVEN)));
        assertWeightsSumToOne(list);
    }

    @Test
    void thePortfolioGivesTotalsAndAllocationByTierSectorAndAsset() {
        String user = TestUsers.signUp("hold-portfolio");
        post(user, "BUY", "BTC", "Kraken", "0.1", "30000", "2024-01-01T00:00:00Z");
        post(user, "BUY", "ETH", "Kraken", "1", "2000", "2024-01-01T00:00:00Z");
        post(user, "BUY", "SOL", "Kraken", "10", "100", "2024-01-01T00:00:00Z");
        BigDecimal btc = new BigDecimal("0.1").multiply(latestBundledClose("BTC").close());
        BigDecimal eth = latestBundledClose("ETH").close();
        BigDecimal sol = BigDecimal.TEN.multiply(latestBundledClose("SOL").close());
        BigDecimal total = btc.add(eth).add(sol);

        Response response = as(user).get("/api/portfolio");

        assertEquals(200, response.statusCode(), response.asString());
        JsonNode body = read(response);
        JsonNode totals = body.get("totals");
        assertThat(number(totals, "marketValue"), comparesEqualTo(total));
        assertAmount(totals, "costBasis", "6000");
        assertThat(number(totals, "unrealizedProfit"), comparesEqualTo(total.subtract(new BigDecimal("6000"))));
        assertAmount(totals, "realizedProfit", "0");
        assertEquals(read(holdings(user)).get("totals"), totals, "the same totals as /api/holdings");

        Map<String, BigDecimal> byTier = slices(body.get("byTier"));
        assertEquals(Set.of("CORE", "SATELLITE"), byTier.keySet());
        assertThat(byTier.get("CORE"), comparesEqualTo(btc.add(eth)));
        assertThat(byTier.get("SATELLITE"), comparesEqualTo(sol));

        Map<String, BigDecimal> bySector = slices(body.get("bySector"));
        assertEquals(Set.of("Store of value", "Public chain"), bySector.keySet());
        assertThat(bySector.get("Store of value"), comparesEqualTo(btc));
        assertThat(bySector.get("Public chain"), comparesEqualTo(eth.add(sol)));

        Map<String, BigDecimal> byAsset = slices(body.get("byAsset"));
        assertEquals(Set.of("BTC", "ETH", "SOL"), byAsset.keySet());
        assertThat(byAsset.get("SOL"), comparesEqualTo(sol));

        for (String allocation : List.of("byTier", "bySector", "byAsset")) {
            assertWeightsSumToOne(elements(body.get(allocation)));
            for (JsonNode slice : elements(body.get(allocation))) {
                assertThat(number(slice, "weight"), comparesEqualTo(
                        number(slice, "value").divide(total, 10, RoundingMode.HALF_EVEN)));
            }
        }
    }

    @Test
    void aNewUserHasNoHoldingsAndZeroTotals() {
        String user = TestUsers.signUp("hold-empty");
        JsonNode body = read(holdings(user));
        assertEquals(0, elements(body.get("holdings")).size());
        for (String key : TOTALS_KEYS) {
            assertAmount(body.get("totals"), key, "0");
        }
        JsonNode portfolio = read(as(user).get("/api/portfolio"));
        assertEquals(0, elements(portfolio.get("byTier")).size());
        assertEquals(0, elements(portfolio.get("byAsset")).size());
    }

    @Test
    void anAssetWithoutAnyPriceIsListedAtItsCostWithoutAValue() {
        // USDT has no rows in the bundled prices.
        assertEquals(null, latestBundledCloseOrNull("USDT"));
        String user = TestUsers.signUp("hold-noprice");
        post(user, "BUY", "USDT", "Kraken", "100", "1", "2024-01-01T00:00:00Z");

        Response response = holdings(user);

        assertEquals(200, response.statusCode(), response.asString());
        JsonNode usdt = findBy(read(response).get("holdings"), "symbol", "USDT");
        assertAmount(usdt, "quantity", "100");
        assertAmount(usdt, "costBasis", "100");
        assertTrue(usdt.get("price").isNull(), usdt.toString());
        assertAmount(usdt, "marketValue", "0");
    }

    @Test
    void theDemoUserHoldsBtcAndEthAsCoreAndSixToEightSatellites() {
        Response response = given().auth().preemptive().basic("demo", "demo").get("/api/holdings");

        assertEquals(200, response.statusCode(), response.asString());
        JsonNode body = read(response);
        List<JsonNode> held = elements(body.get("holdings")).stream()
                .filter(h -> number(h, "quantity").signum() > 0).toList();
        Set<String> core = new TreeSet<>();
        Set<String> satellites = new TreeSet<>();
        for (JsonNode h : held) {
            (h.get("tier").asText().equals("CORE") ? core : satellites).add(h.get("symbol").asText());
            assertThat("every held asset has a price: " + h, number(h, "price"), greaterThan(BigDecimal.ZERO));
        }
        assertEquals(Set.of("BTC", "ETH"), core);
        assertTrue(satellites.size() >= 6 && satellites.size() <= 8, "satellites " + satellites);
        assertThat(number(body.get("totals"), "marketValue"), greaterThan(BigDecimal.ZERO));
        assertThat(number(body.get("totals"), "costBasis"), greaterThan(BigDecimal.ZERO));
        assertWeightsSumToOne(elements(body.get("holdings")));
        List<JsonNode> all = elements(body.get("holdings"));
        BigDecimal sum = all.stream().map(h -> number(h, "marketValue")).reduce(BigDecimal.ZERO, BigDecimal::add);
        // Each value and the total are rounded to 8 decimals on their own: at most half a unit each apart.
        BigDecimal tolerance = new BigDecimal("0.000000005").multiply(BigDecimal.valueOf(all.size() + 1L));
        assertThat("holdings add up to the total",
                sum.subtract(number(body.get("totals"), "marketValue")).abs(), lessThanOrEqualTo(tolerance));
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static Response holdings(String user) {
        Response response = as(user).get("/api/holdings");
        assertEquals(200, response.statusCode(), response.asString());
        return response;
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, BigDecimal> slices(JsonNode allocation) {
        Map<String, BigDecimal> slices = new TreeMap<>();
        for (JsonNode slice : elements(allocation)) {
            slices.put(slice.get("key").asText(), number(slice, "value"));
        }
        return slices;
    }

    private static void assertWeightsSumToOne(List<JsonNode> rows) {
        BigDecimal sum = rows.stream().map(r -> number(r, "weight")).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat("weights sum to " + sum, sum.subtract(BigDecimal.ONE).abs(), lessThanOrEqualTo(WEIGHT_TOLERANCE));
    }

    /** The price is the close of that UTC day: its time lies within the day or at its end. */
    private static void assertPriceTimeIsOnTheCloseDay(JsonNode holding, LocalDate day) {
        Instant time = Instant.parse(holding.get("priceTime").asText());
        Instant start = day.atStartOfDay().toInstant(ZoneOffset.UTC);
        Instant end = day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        assertTrue(!time.isBefore(start) && !time.isAfter(end), "priceTime " + time + " for the close of " + day);
    }

    record LatestClose(LocalDate date, BigDecimal close) {
    }

    static LatestClose latestBundledClose(String symbol) {
        LatestClose latest = latestBundledCloseOrNull(symbol);
        if (latest == null) {
            throw new AssertionError("no bundled price of " + symbol);
        }
        return latest;
    }

    /** Read from the price file the app bundles (date,symbol,close,volume_usd,market_cap_usd). */
    static LatestClose latestBundledCloseOrNull(String symbol) {
        InputStream in = HoldingsApiTest.class.getClassLoader().getResourceAsStream("data/prices.csv");
        if (in == null) {
            throw new AssertionError("data/prices.csv is not on the class path");
        }
        LatestClose latest = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = reader.readLine();
            assertTrue(header.startsWith("date,symbol,close"), header);
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.split(",", -1);
                if (cells.length < 3 || !cells[1].equals(symbol)) {
                    continue;
                }
                LocalDate date = LocalDate.parse(cells[0]);
                if (latest == null || date.isAfter(latest.date())) {
                    latest = new LatestClose(date, dec(cells[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return latest;
    }
}
