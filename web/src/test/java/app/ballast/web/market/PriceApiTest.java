package app.ballast.web.market;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET/POST /api/prices, the CSV import and the history, on the real database. */
@QuarkusTest
class PriceApiTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    /** The installation's admin (the demo user, created first on the embedded database). */
    static RequestSpecification admin() {
        return given().auth().preemptive().basic("demo", "demo").contentType(ContentType.JSON);
    }

    static JsonNode read(Response response) {
        try {
            return JSON.readTree(response.asString());
        } catch (JsonProcessingException e) {
            throw new AssertionError(response.asString(), e);
        }
    }

    static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        read(response).get("errors").forEach(e -> fields.add(e.get("field").asText()));
        return fields;
    }

    static JsonNode latestOf(String symbol) {
        for (JsonNode p : read(TestUsers.as(TestUsers.signUp("prices")).get("/api/prices"))) {
            if (p.get("symbol").asText().equals(symbol)) {
                return p;
            }
        }
        throw new AssertionError("no latest price of " + symbol);
    }

    @Test
    void everyUserSeesTheLatestPricesWithSourceTimeAndAge() {
        JsonNode btc = latestOf("BTC");

        assertTrue(btc.get("price").decimalValue().signum() > 0, btc.toString());
        assertTrue(btc.hasNonNull("source") && btc.hasNonNull("time"), btc.toString());
        assertTrue(btc.get("ageSeconds").isIntegralNumber() && btc.get("ageSeconds").asLong() >= 0, btc.toString());
        assertTrue(btc.has("stale"), btc.toString());
    }

    @Test
    void theAdminEntersAPriceThatBecomesTheLatestWithSourceManual() {
        FeedAsset asset = MarketTestData.asset();

        Response created = admin().body(Map.of("symbol", asset.symbol().toLowerCase(), "price", new BigDecimal("12.5")))
                .post("/api/prices");

        assertEquals(201, created.statusCode(), created.asString());
        JsonNode latest = latestOf(asset.symbol());
        assertEquals(0, new BigDecimal("12.5").compareTo(latest.get("price").decimalValue()));
        assertEquals("manual", latest.get("source").asText());
        JsonNode history = read(admin().get("/api/prices/" + asset.symbol() + "/history"));
        assertEquals(1, history.size(), history.toString());
        assertEquals(TODAY.toString(), history.get(0).get("date").asText());
    }

    @Test
    void aPriceWithAnEarlierTimeGoesToItsDay() {
        FeedAsset asset = MarketTestData.asset();
        Instant time = TODAY.minusDays(3).atTime(14, 5).toInstant(ZoneOffset.UTC);

        admin().body(Map.of("symbol", asset.symbol(), "price", "3.25", "time", time.toString())).post("/api/prices")
                .then().statusCode(201);

        assertEquals(TODAY.minusDays(3).toString(), latestOf(asset.symbol()).get("date").asText());
        assertEquals(time.toString(), latestOf(asset.symbol()).get("time").asText());
    }

    @Test
    void badManualPricesAreRefusedNamingTheField() {
        FeedAsset asset = MarketTestData.asset();
        assertEquals(List.of("price"), fields(admin().body(Map.of("symbol", asset.symbol(), "price", 0)).post("/api/prices")));
        assertEquals(List.of("price"), fields(admin().body(Map.of("symbol", asset.symbol(), "price", -2)).post("/api/prices")));
        assertEquals(List.of("price"), fields(admin().body(Map.of("symbol", asset.symbol())).post("/api/prices")));
        assertEquals(List.of("price"), fields(admin().body(Map.of("symbol", asset.symbol(), "price", "1e30"))
                .post("/api/prices")));
        assertEquals(List.of("symbol"), fields(admin().body(Map.of("price", 1)).post("/api/prices")));
        assertEquals(List.of("symbol"), fields(admin().body(Map.of("symbol", "NOSUCHCOIN", "price", 1)).post("/api/prices")));
        assertEquals(List.of("time"), fields(admin().body(Map.of("symbol", asset.symbol(), "price", 1, "time", "yesterday"))
                .post("/api/prices")));
        assertEquals(List.of("time"), fields(admin().body(Map.of("symbol", asset.symbol(), "price", 1,
                "time", Instant.now().plusSeconds(3600).toString())).post("/api/prices")));
        Response wrongKind = admin().body(Map.of("symbol", asset.symbol(), "price", "abc")).post("/api/prices");
        assertEquals(400, wrongKind.statusCode(), wrongKind.asString());
        assertEquals(0, MarketTestData.count("SELECT COUNT(*) FROM price_point p JOIN asset a ON a.id = p.asset_id"
                + " WHERE a.symbol = ?", asset.symbol()));
    }

    @Test
    void onlyTheAdminWritesPricesThatEveryUserShares() {
        FeedAsset asset = MarketTestData.asset();
        String user = TestUsers.signUp("not-admin");

        TestUsers.as(user).body(Map.of("symbol", asset.symbol(), "price", 1)).post("/api/prices").then().statusCode(403);
        TestUsers.as(user).contentType("text/csv").body("date,symbol,close\n" + TODAY + "," + asset.symbol() + ",1\n")
                .post("/api/prices/import").then().statusCode(403);
    }

    @Test
    void aCsvWithAnyBadValueImportsNothingAndNamesEachLineAndColumn() {
        FeedAsset asset = MarketTestData.asset();
        String csv = """
                date,symbol,close,volume,market_cap
                2024-01-02,%1$s,10.5,1000,
                2024-01-03,%1$s,-1,,
                2024/01/04,%1$s,11,,
                2024-01-05,NOSUCHCOIN,11,,
                2024-01-06,%1$s,12,abc,
                2024-01-02,%1$s,10.6,,
                """.formatted(asset.symbol());

        Response refused = admin().contentType("text/csv").body(csv).post("/api/prices/import");

        assertEquals(400, refused.statusCode(), refused.asString());
        assertEquals(List.of("lines[3].close", "lines[4].date", "lines[6].volume", "lines[7].date"), fields(refused));
        assertTrue(read(refused).get("errors").get(0).get("message").asText().startsWith("line 3, column close:"));
        assertEquals(0, history(asset.symbol(), "2024-01-01", "2024-01-31").size());

        Response unknown = admin().contentType("text/csv")
                .body("date,symbol,close\n2024-01-05,NOSUCHCOIN,11\n").post("/api/prices/import");
        assertEquals(List.of("lines[2].symbol"), fields(unknown));
        Response header = admin().contentType("text/csv").body("day,symbol,close\n2024-01-05,BTC,11\n")
                .post("/api/prices/import");
        assertTrue(fields(header).contains("lines[1].day") && fields(header).contains("lines[1].date"),
                fields(header).toString());
    }

    @Test
    void aGoodCsvImportsEveryRowAndAnImportAgainReplacesTheDays() {
        FeedAsset asset = MarketTestData.asset();
        String csv = "Date,Symbol,Close,Volume,Market Cap\n2024-01-02," + asset.symbol() + ",10.5,1000,50000\n"
                + "2024-01-03," + asset.symbol().toLowerCase() + ",11,,\n";

        JsonNode first = read(admin().contentType("text/csv").body(csv).post("/api/prices/import"));
        JsonNode again = read(admin().contentType("text/csv").body(csv.replace("10.5", "10.75"))
                .post("/api/prices/import"));

        assertEquals(2, first.get("created").asInt(), first.toString());
        assertEquals(2, again.get("updated").asInt(), again.toString());
        JsonNode days = history(asset.symbol(), "2024-01-01", "2024-01-31");
        assertEquals(2, days.size());
        assertEquals(0, new BigDecimal("10.75").compareTo(days.get(0).get("close").decimalValue()));
        assertEquals("csv", days.get(0).get("source").asText());
        assertEquals(0, new BigDecimal("1000").compareTo(days.get(0).get("volume24h").decimalValue()));
        assertEquals("2024-01-03T00:00:00Z", days.get(0).get("time").asText(), "a close is the price at the end of its day");
    }

    @Test
    void theHistoryRefusesBadRangesAndUnknownAssets() {
        assertEquals(List.of("from"), fields(admin().get("/api/prices/BTC/history?from=2024-02-01&to=2024-01-01")));
        assertEquals(List.of("to"), fields(admin().get("/api/prices/BTC/history?to=tomorrow")));
        admin().get("/api/prices/NOSUCHCOIN/history").then().statusCode(404);
        JsonNode january = history("BTC", "2024-01-01", "2024-01-31");
        assertEquals(31, january.size(), "the bundled history has every day");
    }

    @Test
    void theStatusShowsTheFeedsAndTheHeldJumps() {
        JsonNode status = read(admin().get("/api/prices/status"));
        assertTrue(status.get("providers").isArray() && status.get("held").isArray(), status.toString());
    }

    private static JsonNode history(String symbol, String from, String to) {
        Map<String, String> query = new HashMap<>();
        query.put("from", from);
        query.put("to", to);
        Response response = admin().queryParams(query).get("/api/prices/" + symbol + "/history");
        assertEquals(200, response.statusCode(), response.asString());
        return read(response);
    }
}
