package app.ballast.web.api;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.ballast.web.api.ApiJson.assertAmount;
import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.api.ScoringBodies.json;
import static app.ballast.web.api.ScoringBodies.seedScores;
import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The asset warning rules through the API: stateless over a snapshot, and over what a user has stored. */
@QuarkusTest
class WarningsApiTest {

    @Inject
    SessionFactory sessionFactory;

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void lowVolumeFiresOnSevenConsecutiveDaysBelowTwoPercent() {
        String user = TestUsers.signUp("warn-lowvol");
        // Three healthy days (10%), then seven at 1% of market cap.
        List<Map<String, Object>> market = days(LocalDate.of(2024, 3, 1), "10", "10", "10", "1", "1", "1", "1", "1", "1", "1");

        JsonNode warnings = evaluate(user, Map.of("symbol", "XYZ", "asOf", "2024-03-10", "market", market,
                "latestScoreDate", "2024-03-10"));

        JsonNode low = only(warnings, "LOW_VOLUME");
        assertEquals("WARNING", low.get("severity").asText());
        assertEquals("XYZ", low.get("subject").asText());
        assertEquals("2024-03-10", low.get("date").asText());
        assertAmount(low.get("figures"), "ratio", "0.01");
        assertAmount(low.get("figures"), "days", "7");
        assertAmount(low.get("figures"), "threshold", "0.02");
        assertFalse(low.get("message").asText().isBlank());
        assertEquals("INFO", only(warnings, "THIN_LIQUIDITY").get("severity").asText());
        assertEquals(List.of("LOW_VOLUME", "THIN_LIQUIDITY"), rules(warnings));
    }

    @Test
    void sevenLowDaysInTotalButNotInARowDoNotFireLowVolume() {
        String user = TestUsers.signUp("warn-notinarow");
        // Seven days at 1% out of ten, but a healthy day among the last seven.
        List<Map<String, Object>> interrupted = days(LocalDate.of(2024, 3, 1), "1", "1", "10", "1", "1", "1", "10", "1", "1", "1");
        assertEquals(List.of("THIN_LIQUIDITY"), rules(evaluate(user, on("2024-03-10", interrupted))));

        // Six low days in a row are one too few.
        List<Map<String, Object>> six = days(LocalDate.of(2024, 3, 1), "10", "10", "10", "10", "1", "1", "1", "1", "1", "1");
        assertEquals(List.of("THIN_LIQUIDITY"), rules(evaluate(user, on("2024-03-10", six))));

        // Seven low entries with a missing day among them are not seven consecutive days.
        List<Map<String, Object>> gap = new ArrayList<>(days(LocalDate.of(2024, 3, 1), "1", "1", "1"));
        gap.addAll(days(LocalDate.of(2024, 3, 5), "1", "1", "1", "1"));
        assertEquals(List.of("THIN_LIQUIDITY"), rules(evaluate(user, on("2024-03-08", gap))));

        // Exactly 2% is not below 2%: no LOW_VOLUME, but still thin (below 5%).
        List<Map<String, Object>> atEdge = days(LocalDate.of(2024, 3, 1), "2", "2", "2", "2", "2", "2", "2");
        assertEquals(List.of("THIN_LIQUIDITY"), rules(evaluate(user, on("2024-03-07", atEdge))));

        // The same seven low days seen a week later say nothing of today's liquidity.
        List<Map<String, Object>> seven = days(LocalDate.of(2024, 3, 1), "1", "1", "1", "1", "1", "1", "1");
        assertEquals(List.of("LOW_VOLUME", "THIN_LIQUIDITY"), rules(evaluate(user, on("2024-03-08", seven))));
        assertEquals(List.of(), rules(evaluate(user, on("2024-03-14", seven))));
    }

    @Test
    void theTokenomicsRulesAndTheStaleScoreFireOnTheirThresholds() {
        String user = TestUsers.signUp("warn-tokenomics");
        Map<String, Object> tokenomics = new LinkedHashMap<>();
        tokenomics.put("totalSupply", dec("1600"));
        tokenomics.put("circulatingSupply", dec("100"));
        // A 12-month cliff keeps the team's unlocks out of the next 30 days (UNLOCK_PRESSURE stays silent).
        tokenomics.put("buckets", List.of(TokenomicsApiTest.bucket("team", "0.31", 12, 6)));
        tokenomics.put("stakingApy", dec("0.2"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", "2024-06-01");
        body.put("tokenomics", tokenomics);
        body.put("latestScoreDate", "2024-03-02"); // 91 days before
        body.put("top10HolderShare", dec("0.51"));
        body.put("fearGreed", 91);
        body.put("mvrv", dec("0.99"));

        JsonNode warnings = evaluate(user, body);

        assertEquals(List.of("FDV_MC", "SENTIMENT", "VALUE_ZONE", "HOLDER_CONCENTRATION", "TEAM_ALLOCATION",
                "UNSUSTAINABLE_YIELD", "STALE_SCORE"), rules(warnings));
        assertAmount(only(warnings, "FDV_MC").get("figures"), "ratio", "16");
        assertEquals("2024-06-01", only(warnings, "FDV_MC").get("date").asText());
        assertAmount(only(warnings, "STALE_SCORE").get("figures"), "ageDays", "91");

        // Just at every threshold: nothing fires.
        tokenomics.put("totalSupply", dec("1500"));
        tokenomics.put("buckets", List.of(TokenomicsApiTest.bucket("team", "0.30", 12, 6)));
        tokenomics.put("stakingApy", dec("0.135"));
        body.put("latestScoreDate", "2024-03-03"); // 90 days before
        body.put("top10HolderShare", dec("0.5"));
        body.put("fearGreed", 90);
        body.put("mvrv", dec("1"));
        assertEquals(List.of(), rules(evaluate(user, body)));

        // An event since the latest score marks it for review.
        body.put("latestEventDate", "2024-05-01");
        assertEquals(List.of("STALE_SCORE"), rules(evaluate(user, body)));
    }

    @Test
    void aBadSnapshotIsRefusedNamingItsField() {
        String user = TestUsers.signUp("warn-bad");
        List<Map<String, Object>> market = days(LocalDate.of(2024, 3, 1), "1", "1");
        market.get(1).put("price", dec("-1"));
        refusedOn(post(user, Map.of("market", market)), "market[1].price");
        refusedOn(post(user, Map.of("tokenomics", Map.of("totalSupply", dec("100"), "circulatingSupply", dec("10"),
                "buckets", List.of(TokenomicsApiTest.bucket("team", "1.5", 0, 1))))), "tokenomics.buckets[0].share");
        refusedOn(post(user, Map.of("tokenomics", Map.of("totalSupply", dec("100")))), "tokenomics.circulatingSupply");
        refusedOn(post(user, Map.of("fearGreed", 101)), "fearGreed");
        for (String huge : List.of("1e999999999", "-1e999999999", "1e-999999999")) {
            String message = refusedOn(as(user).body("{\"fearGreed\": " + huge + "}").post("/api/warnings/evaluate"),
                    "fearGreed");
            assertTrue(message.length() < 200, "the figure is not written out: " + message.length() + " characters");
        }
        refusedOn(as(user).body("{\"mvrv\": 1e999999999}").post("/api/warnings/evaluate"), "mvrv");
        refusedOn(as(user).body("{\"market\": [{\"date\": \"2024-03-01\", \"price\": 1e50000000}]}")
                .post("/api/warnings/evaluate"), "market[0].price");
        refusedOn(post(user, Map.of("fearGreed", dec("50.5"))), "fearGreed");
        refusedOn(post(user, Map.of("mvrv", dec("0"))), "mvrv");
        refusedOn(post(user, Map.of("top10HolderShare", dec("1.2"))), "top10HolderShare");
        refusedOn(as(user).body("{\"asOf\": \"today\"}").post("/api/warnings/evaluate"), "asOf");
    }

    @Test
    void storedFiguresFireWarningsAndAScoreOrAnEventChangesTheStaleScore() {
        String user = TestUsers.signUp("warn-stored");
        for (int i = 7; i >= 1; i--) {
            as(user).body(json(Map.of("date", TODAY.minusDays(i).toString(), "symbol", "BTC",
                    "volume24h", dec("1"), "marketCap", dec("100")))).post("/api/market-inputs").then().statusCode(201);
        }

        JsonNode btc = read(as(user).get("/api/assets/BTC/warnings"));

        JsonNode low = only(btc, "LOW_VOLUME");
        assertEquals(TODAY.minusDays(1).toString(), low.get("date").asText());
        assertAmount(low.get("figures"), "volume", "1");
        assertTrue(rules(btc).contains("STALE_SCORE"), "BTC has never been scored: " + btc);
        assertTrue(rules(read(as(user).get("/api/warnings"))).contains("LOW_VOLUME"));

        as(user).body(json(Map.of("date", TODAY.minusDays(1).toString(), "scores", seedScores())))
                .post("/api/assets/BTC/evaluations").then().statusCode(201);
        assertFalse(rules(read(as(user).get("/api/assets/BTC/warnings"))).contains("STALE_SCORE"));

        as(user).body(json(Map.of("date", TODAY.toString(), "kind", "HACK"))).post("/api/assets/BTC/events")
                .then().statusCode(201);
        JsonNode stale = only(read(as(user).get("/api/assets/BTC/warnings")), "STALE_SCORE");
        assertTrue(stale.get("message").asText().contains("event"), stale.toString());

        // Evaluating again on the event's day clears it.
        as(user).body(json(Map.of("scores", seedScores()))).post("/api/assets/BTC/evaluations").then().statusCode(201);
        assertFalse(rules(read(as(user).get("/api/assets/BTC/warnings"))).contains("STALE_SCORE"));

        String other = TestUsers.signUp("warn-stored-other");
        assertEquals(List.of(), elements(read(as(other).get("/api/warnings"))), "another user sees none of it");
        assertFalse(rules(read(as(other).get("/api/assets/BTC/warnings"))).contains("LOW_VOLUME"));
    }

    @Test
    void theMarketWideSentimentIsListedOnceAndOnlyWhileRecent() {
        String user = TestUsers.signUp("warn-sentiment");
        as(user).body(json(Map.of("scores", seedScores()))).post("/api/assets/ETH/evaluations").then().statusCode(201);
        as(user).body(json(Map.of("scores", seedScores()))).post("/api/assets/SOL/evaluations").then().statusCode(201);
        as(user).body(json(Map.of("date", TODAY.minusDays(40).toString(), "fearGreed", 5)))
                .post("/api/market-inputs").then().statusCode(201);
        assertEquals(List.of(), elements(read(as(user).get("/api/warnings"))), "a reading 40 days old is not today's");

        as(user).body(json(Map.of("date", TODAY.toString(), "fearGreed", 95))).post("/api/market-inputs")
                .then().statusCode(201);

        JsonNode all = read(as(user).get("/api/warnings"));
        JsonNode sentiment = only(all, "SENTIMENT");
        assertEquals("MARKET", sentiment.get("subject").asText());
        assertEquals("CAUTION", sentiment.get("severity").asText());
        assertAmount(sentiment.get("figures"), "fearGreed", "95");
        assertTrue(rules(read(as(user).get("/api/assets/ETH/warnings"))).contains("SENTIMENT"),
                "an asset's own list carries the market's sentiment too");
    }

    @Test
    void storedTokenomicsOlderHolderSharesAndOnlyRecentMvrvAreRead() {
        String user = TestUsers.signUp("warn-stored-figures");
        // CAMP: FDV 20 × the market cap, and volumes entered for the last seven days at 1% of the market cap.
        as(user).body(json(Map.of("price", dec("0.088"), "totalSupply", dec("10000000000"),
                "circulatingSupply", dec("500000000")))).put("/api/assets/CAMP/tokenomics").then().statusCode(201);
        for (int i = 7; i >= 1; i--) {
            as(user).body(json(Map.of("date", TODAY.minusDays(i).toString(), "symbol", "CAMP",
                    "volume24h", dec("1"), "marketCap", dec("100")))).post("/api/market-inputs").then().statusCode(201);
        }
        // The holders' share entered 200 days ago still counts; an MVRV of 40 days ago no longer does.
        as(user).body(json(Map.of("date", TODAY.minusDays(200).toString(), "symbol", "CAMP",
                "top10HolderShare", dec("0.6")))).post("/api/market-inputs").then().statusCode(201);
        as(user).body(json(Map.of("date", TODAY.minusDays(40).toString(), "symbol", "CAMP",
                "mvrv", dec("5")))).post("/api/market-inputs").then().statusCode(201);
        // DOT: tokenomics without a price take DOT's latest close; an MVRV of 10 days ago counts.
        as(user).body(json(Map.of("totalSupply", dec("1000000000"), "circulatingSupply", dec("50000000"))))
                .put("/api/assets/DOT/tokenomics").then().statusCode(201);
        as(user).body(json(Map.of("date", TODAY.minusDays(10).toString(), "symbol", "DOT",
                "mvrv", dec("0.5")))).post("/api/market-inputs").then().statusCode(201);

        JsonNode camp = read(as(user).get("/api/assets/CAMP/warnings"));
        JsonNode dot = read(as(user).get("/api/assets/DOT/warnings"));
        JsonNode all = read(as(user).get("/api/warnings"));

        assertTrue(rules(camp).containsAll(List.of("FDV_MC", "LOW_VOLUME", "HOLDER_CONCENTRATION")), camp.toString());
        assertFalse(rules(camp).contains("VALUE_ZONE"), camp.toString());
        assertAmount(only(camp, "FDV_MC").get("figures"), "ratio", "20");
        assertAmount(only(camp, "FDV_MC").get("figures"), "fdv", "880000000");
        assertAmount(only(camp, "HOLDER_CONCENTRATION").get("figures"), "top10HolderShare", "0.6");
        assertAmount(only(dot, "FDV_MC").get("figures"), "ratio", "20");
        assertTrue(only(dot, "FDV_MC").get("figures").has("fdv"), "priced at DOT's latest close: " + dot);
        assertAmount(only(dot, "VALUE_ZONE").get("figures"), "mvrv", "0.5");
        List<String> allRules = elements(all).stream().map(w -> w.get("subject").asText() + " " + w.get("rule").asText())
                .toList();
        assertTrue(allRules.containsAll(List.of("CAMP FDV_MC", "CAMP LOW_VOLUME", "CAMP HOLDER_CONCENTRATION",
                "DOT FDV_MC", "DOT VALUE_ZONE", "CAMP STALE_SCORE", "DOT STALE_SCORE")), allRules.toString());
        assertEquals(elements(camp).size() + elements(dot).size(), allRules.size(), allRules.toString());
    }

    @Test
    void theWarningsOfSixAssetsTakeNoMoreQueriesThanThoseOfOne() {
        String one = TestUsers.signUp("warn-queries-one");
        String six = TestUsers.signUp("warn-queries-six");
        record(one, "BTC");
        for (String symbol : List.of("BTC", "ETH", "SOL", "DOT", "LINK", "AVAX")) {
            record(six, symbol);
        }
        as(one).get("/api/warnings").then().statusCode(200); // anything read once per user is read now
        as(six).get("/api/warnings").then().statusCode(200);

        long forOne = statements(() -> as(one).get("/api/warnings").then().statusCode(200));
        long forSix = statements(() -> as(six).get("/api/warnings").then().statusCode(200));

        assertTrue(forOne > 0, "statements are counted");
        assertEquals(forOne, forSix, "the same queries, whatever the number of assets");
    }

    /** A score, tokenomics, an event and market figures on the asset: every kind of record the rules read. */
    private static void record(String user, String symbol) {
        as(user).body(json(Map.of("date", TODAY.minusDays(3).toString(), "scores", seedScores())))
                .post("/api/assets/" + symbol + "/evaluations").then().statusCode(201);
        as(user).body(json(Map.of("totalSupply", dec("1000"), "circulatingSupply", dec("500"), "buckets",
                List.of(Map.of("name", "team", "share", dec("0.1"), "cliffMonths", 0, "vestingMonths", 12)))))
                .put("/api/assets/" + symbol + "/tokenomics").then().statusCode(201);
        as(user).body(json(Map.of("date", TODAY.minusDays(1).toString(), "kind", "HACK")))
                .post("/api/assets/" + symbol + "/events").then().statusCode(201);
        as(user).body(json(Map.of("date", TODAY.minusDays(2).toString(), "symbol", symbol, "mvrv", dec("2"),
                "top10HolderShare", dec("0.2"), "volume24h", dec("10"), "marketCap", dec("100"))))
                .post("/api/market-inputs").then().statusCode(201);
    }

    /** The SQL statements Hibernate prepared while {@code request} ran. */
    private long statements(Runnable request) {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            statistics.clear();
            request.run();
            return statistics.getPrepareStatementCount();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }

    /** A snapshot on {@code asOf} with that market series, scored that day (no STALE_SCORE). */
    private static Map<String, Object> on(String asOf, List<Map<String, Object>> market) {
        return Map.of("asOf", asOf, "market", market, "latestScoreDate", asOf);
    }

    private static List<Map<String, Object>> days(LocalDate from, String... volumePercents) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (int i = 0; i < volumePercents.length; i++) {
            Map<String, Object> day = new LinkedHashMap<>();
            day.put("date", from.plusDays(i).toString());
            day.put("price", dec("1.5"));
            day.put("volume", dec(volumePercents[i]));
            day.put("marketCap", dec("100"));
            days.add(day);
        }
        return days;
    }

    private static Response post(String user, Map<String, ?> body) {
        return as(user).body(json(body)).post("/api/warnings/evaluate");
    }

    private static JsonNode evaluate(String user, Map<String, ?> body) {
        Response response = post(user, body);
        assertEquals(200, response.statusCode(), response.asString());
        return read(response);
    }

    private static List<String> rules(JsonNode warnings) {
        return elements(warnings).stream().map(w -> w.get("rule").asText()).toList();
    }

    private static JsonNode only(JsonNode warnings, String rule) {
        List<JsonNode> found = elements(warnings).stream().filter(w -> rule.equals(w.get("rule").asText())).toList();
        assertEquals(1, found.size(), "one " + rule + " in " + warnings);
        return found.get(0);
    }
}
