package app.ballast.web.api;

import app.ballast.web.support.AtOnce;
import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.ballast.web.api.ApiJson.assertAmount;
import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.errorOn;
import static app.ballast.web.api.ApiJson.findBy;
import static app.ballast.web.api.ApiJson.number;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.api.ScoringBodies.json;
import static app.ballast.web.api.ScoringBodies.points;
import static app.ballast.web.api.ScoringBodies.seedScores;
import static app.ballast.web.api.ScoringBodies.uniform;
import static app.ballast.web.api.ScoringBodies.weights;
import static app.ballast.web.support.TestUsers.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The coin score through the API: the stateless preview, weight profiles and the evaluation journal. */
@QuarkusTest
class ScoringApiTest {

    private static final String TECH_SCORE = "7.941176470588235294117647058823529"; // 13.5 / 17 × 10, 34 digits

    @Test
    void theSeedsWorkedExampleScores7585AndIsABuy() {
        String user = TestUsers.signUp("score-seed");

        Response response = as(user).body(json(Map.of("scores", seedScores()))).post("/api/scoring/evaluate");

        assertEquals(200, response.statusCode(), response.asString());
        JsonNode result = read(response);
        BigDecimal total = number(result, "total");
        assertThat(total.setScale(3, RoundingMode.HALF_UP), comparesEqualTo(dec("7.585")));
        // 0.25 × 13.5/17 × 10 + 0.25 × 7 + 0.2 × 8 + 0.15 × 7.5 + 0.15 × 7.5, exact to 34 digits
        assertThat(total, comparesEqualTo(dec("7.585294117647058823529411764705882")));
        assertEquals("BUY", result.get("recommendation").asText());
        JsonNode technology = result.get("dimensions").get("technology");
        assertAmount(technology, "raw", "13.5");
        assertAmount(technology, "max", "17");
        assertAmount(technology, "score", TECH_SCORE);
        assertAmount(technology, "weighted", "1.985294117647058823529411764705882");
        assertAmount(result.get("dimensions").get("tokenomics"), "score", "7");
        assertAmount(result.get("dimensions").get("tokenomics"), "weighted", "1.75");
        assertAmount(result.get("dimensions").get("team"), "score", "8");
        assertAmount(result.get("dimensions").get("market"), "score", "7.5");
        assertAmount(result.get("dimensions").get("risk"), "score", "7.5");
        assertAmount(result.get("dimensions").get("risk"), "max", "10");
    }

    @Test
    void theDefaultWeightsGivenExplicitlyScoreTheSameAndOtherWeightsScoreOtherwise() {
        String user = TestUsers.signUp("score-weights");
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("weights", weights("0.25", "0.25", "0.2", "0.15", "0.15"));
        body.put("scores", seedScores());
        assertAmount(read(as(user).body(json(body)).post("/api/scoring/evaluate")), "total",
                "7.585294117647058823529411764705882");

        body.put("weights", weights("0", "0", "0", "0", "1"));
        JsonNode riskOnly = read(as(user).body(json(body)).post("/api/scoring/evaluate"));
        assertAmount(riskOnly, "total", "7.5");
        assertEquals("BUY", riskOnly.get("recommendation").asText());
        assertAmount(riskOnly.get("dimensions").get("technology"), "weighted", "0");
    }

    @Test
    void everyBandStartsExactlyAtItsEdge() {
        String user = TestUsers.signUp("score-bands");
        // All the weight on tokenomics (max 10): the total is the sum of its four criteria.
        Object[][] cases = {
                {"3", "3", "1.5", "1", "8.5", "STRONG_BUY"},
                {"3", "3", "1.5", "0.99", "8.49", "BUY"},
                {"3", "2", "1", "1", "7", "BUY"},
                {"3", "2", "1", "0.99", "6.99", "CAUTIOUS"},
                {"2", "2", "1", "0.5", "5.5", "CAUTIOUS"},
                {"2", "2", "1", "0.49", "5.49", "AVOID"},
                {"1", "1", "1", "1", "4", "AVOID"},
                {"1", "1", "1", "0.99", "3.99", "STRONG_AVOID"},
                {"0", "0", "0", "0", "0", "STRONG_AVOID"},
                {"3", "3", "2", "2", "10", "STRONG_BUY"}};
        for (Object[] c : cases) {
            Map<String, Map<String, Object>> scores = uniform("0.5");
            scores.put("tokenomics", points("allocation", (String) c[0], "unlockSchedule", (String) c[1],
                    "valueCapture", (String) c[2], "inflation", (String) c[3]));
            JsonNode result = read(as(user).body(json(Map.of("weights", weights("0", "1", "0", "0", "0"),
                    "scores", scores))).post("/api/scoring/evaluate"));
            assertAmount(result, "total", (String) c[4]);
            assertEquals(c[5], result.get("recommendation").asText(), "total " + c[4]);
        }
    }

    @Test
    void aTotalOfExactly85WithTheDefaultWeightsIsAStrongBuyThoughTechnologyIsOutOf17() {
        String user = TestUsers.signUp("score-edge17");

        JsonNode edge = read(as(user).body(json(Map.of("scores", uniform("0.85")))).post("/api/scoring/evaluate"));
        JsonNode below = read(as(user).body(json(Map.of("scores", uniform("0.8499")))).post("/api/scoring/evaluate"));

        assertAmount(edge, "total", "8.5");
        assertEquals("STRONG_BUY", edge.get("recommendation").asText());
        assertAmount(edge.get("dimensions").get("technology"), "raw", "14.45");
        assertAmount(below, "total", "8.499");
        assertEquals("BUY", below.get("recommendation").asText());
    }

    @Test
    void everyBadScoreCardIsRefusedNamingItsField() {
        String user = TestUsers.signUp("score-bad");
        assertRefused(user, withScore("risk", "market", "2.5"), "scores.risk.market");
        assertRefused(user, withScore("risk", "market", "-0.5"), "scores.risk.market");
        assertRefused(user, withScore("technology", "innovation", "4.01"), "scores.technology.innovation");
        assertRefused(user, withScore("tokenomics", "unlockSchedule", "0.0000000000000000001"),
                "scores.tokenomics.unlockSchedule");
        Map<String, Map<String, Object>> missing = seedScores();
        missing.get("team").remove("community");
        assertRefused(user, Map.of("scores", missing), "scores.team.community");
        Map<String, Map<String, Object>> noDimension = seedScores();
        noDimension.remove("market");
        assertRefused(user, Map.of("scores", noDimension), "scores.market.liquidity");
        Map<String, Map<String, Object>> unknown = seedScores();
        unknown.get("risk").put("weather", dec("1"));
        assertRefused(user, Map.of("scores", unknown), "scores.risk.weather");
        Map<String, Map<String, Object>> unknownDimension = seedScores();
        unknownDimension.put("hype", points("memes", "3"));
        assertRefused(user, Map.of("scores", unknownDimension), "scores.hype");
        assertRefused(user, Map.of("weights", weights("0.25", "0.25", "0.2", "0.15", "0.1"), "scores", seedScores()),
                "weights");
        assertRefused(user, Map.of("weights", weights("0.25", "0.25", "0.2", "-0.15", "0.45"), "scores", seedScores()),
                "weights.market");
        Map<String, Object> extraWeight = weights("0.25", "0.25", "0.2", "0.15", "0.15");
        extraWeight.put("vibes", dec("0"));
        assertRefused(user, Map.of("weights", extraWeight, "scores", seedScores()), "weights.vibes");
        assertRefused(user, Map.of("weights", weights("0.25", "0.25", "0.2", "0.15", "0.15")), "scores");
        refusedOn(as(user).body("{\"scores\": {\"risk\": {\"market\": \"high\"}}}").post("/api/scoring/evaluate"),
                "scores.risk.market");
        refusedOn(as(user).body("").post("/api/scoring/evaluate"), "body");
        refusedOn(as(user).body("{\"scores\": ").post("/api/scoring/evaluate"), "body");
    }

    @Test
    void severalProblemsAreReportedInOneAnswer() {
        String user = TestUsers.signUp("score-several");
        Map<String, Map<String, Object>> scores = seedScores();
        scores.get("risk").put("market", dec("3"));
        scores.get("technology").put("security", dec("-1"));

        Response response = as(user).body(json(Map.of("scores", scores))).post("/api/scoring/evaluate");

        refusedOn(response, "scores.risk.market");
        errorOn(response, "scores.technology.security");
    }

    @Test
    void profilesAreSavedListedAfterTheDefaultEditedAndDeleted() {
        String user = TestUsers.signUp("profiles");

        Response created = as(user).body(json(Map.of("name", "Risk-averse",
                "weights", weights("0.2", "0.2", "0.15", "0.15", "0.3")))).post("/api/scoring/profiles");

        assertEquals(201, created.statusCode(), created.asString());
        JsonNode profile = read(created);
        long id = number(profile, "id").longValueExact();
        assertTrue(created.header("Location").endsWith("/api/scoring/profiles/" + id));
        assertAmount(profile.get("weights"), "risk", "0.3");
        JsonNode list = read(as(user).get("/api/scoring/profiles"));
        assertEquals(2, elements(list).size(), list.toString());
        assertEquals("Default", elements(list).get(0).get("name").asText());
        assertTrue(elements(list).get(0).get("builtIn").asBoolean());
        assertAmount(elements(list).get(0).get("weights"), "technology", "0.25");

        JsonNode updated = read(as(user).body(json(Map.of("name", "Careful",
                "weights", weights("0.1", "0.2", "0.2", "0.1", "0.4")))).put("/api/scoring/profiles/" + id));
        assertEquals("Careful", updated.get("name").asText());
        assertAmount(read(as(user).get("/api/scoring/profiles/" + id)).get("weights"), "risk", "0.4");

        as(user).delete("/api/scoring/profiles/" + id).then().statusCode(204);
        as(user).get("/api/scoring/profiles/" + id).then().statusCode(404);
        assertEquals(1, elements(read(as(user).get("/api/scoring/profiles"))).size());
    }

    @Test
    void aProfileIsRefusedWhenItsWeightsOrNameAreWrongAndNothingIsSaved() {
        String user = TestUsers.signUp("profiles-bad");
        refusedOn(as(user).body(json(Map.of("name", "Half", "weights", weights("0.1", "0.1", "0.1", "0.1", "0.1"))))
                .post("/api/scoring/profiles"), "weights");
        refusedOn(as(user).body(json(Map.of("name", "Big", "weights", weights("1.2", "0", "0", "0", "-0.2"))))
                .post("/api/scoring/profiles"), "weights.technology");
        refusedOn(as(user).body(json(Map.of("name", "default", "weights", weights("0.2", "0.2", "0.2", "0.2", "0.2"))))
                .post("/api/scoring/profiles"), "name");
        refusedOn(as(user).body(json(Map.of("weights", weights("0.2", "0.2", "0.2", "0.2", "0.2"))))
                .post("/api/scoring/profiles"), "name");
        as(user).body(json(Map.of("name", "Even", "weights", weights("0.2", "0.2", "0.2", "0.2", "0.2"))))
                .post("/api/scoring/profiles").then().statusCode(201);
        refusedOn(as(user).body(json(Map.of("name", "EVEN", "weights", weights("0.2", "0.2", "0.2", "0.2", "0.2"))))
                .post("/api/scoring/profiles"), "name");
        assertEquals(2, elements(read(as(user).get("/api/scoring/profiles"))).size());
    }

    @Test
    void anEvaluationIsStoredWithItsProfileAndTheServerComputesItsTotal() {
        String user = TestUsers.signUp("eval-store");
        as(user).body(json(Map.of("name", "Risk-averse", "weights", weights("0.2", "0.2", "0.15", "0.15", "0.3"))))
                .post("/api/scoring/profiles").then().statusCode(201);

        Response created = as(user).body(json(Map.of("date", "2024-03-01", "profile", "Risk-averse",
                "scores", seedScores(), "notes", "Why I like it"))).post("/api/assets/eth/evaluations");

        assertEquals(201, created.statusCode(), created.asString());
        JsonNode evaluation = read(created);
        long id = number(evaluation, "id").longValueExact();
        assertTrue(created.header("Location").endsWith("/api/assets/ETH/evaluations/" + id), created.header("Location"));
        assertEquals("ETH", evaluation.get("symbol").asText());
        assertEquals("2024-03-01", evaluation.get("date").asText());
        assertEquals("Risk-averse", evaluation.get("profile").asText());
        assertAmount(evaluation.get("weights"), "risk", "0.3");
        assertAmount(evaluation.get("scores").get("risk"), "market", "1.5");
        // 0.2 × 7.941… + 0.2 × 7 + 0.15 × 8 + 0.15 × 7.5 + 0.3 × 7.5
        assertAmount(evaluation, "total", "7.563235294117647058823529411764706");
        assertEquals("BUY", evaluation.get("recommendation").asText());
        assertAmount(evaluation.get("dimensions").get("technology"), "score", TECH_SCORE);
        assertEquals("Why I like it", evaluation.get("notes").asText());
        assertEquals(List.of(), elements(evaluation.get("changed")));
        assertEquals(evaluation, read(as(user).get("/api/assets/ETH/evaluations/" + id)));
    }

    @Test
    void theHistoryIsNewestFirstAndSaysWhichCriteriaChanged() {
        String user = TestUsers.signUp("eval-history");
        post(user, "SOL", "2024-01-10", seedScores(), null);
        Map<String, Map<String, Object>> later = seedScores();
        later.get("risk").put("regulatory", dec("1"));
        later.get("tokenomics").put("unlockSchedule", dec("2.50"));
        later.get("technology").put("security", dec("3"));
        post(user, "SOL", "2024-06-10", later, "after the ETF news");

        JsonNode history = read(as(user).get("/api/assets/SOL/evaluations"));

        List<JsonNode> rows = elements(history);
        assertEquals(2, rows.size());
        assertEquals("2024-06-10", rows.get(0).get("date").asText());
        assertEquals(List.of("technology.security", "risk.regulatory"),
                elements(rows.get(0).get("changed")).stream().map(JsonNode::asText).toList(),
                "2.5 and 2.50 are the same score");
        assertEquals(List.of(), elements(rows.get(1).get("changed")));
    }

    @Test
    void anEvaluationCanBeCorrectedAndDeleted() {
        String user = TestUsers.signUp("eval-edit");
        long id = post(user, "ADA", "2024-01-10", seedScores(), "first look");
        Map<String, Map<String, Object>> corrected = uniform("0.65");

        Response updated = as(user).body(json(Map.of("date", "2024-01-11", "scores", corrected, "notes", "corrected")))
                .put("/api/assets/ADA/evaluations/" + id);

        assertEquals(200, updated.statusCode(), updated.asString());
        assertAmount(read(updated), "total", "6.5");
        assertEquals("CAUTIOUS", read(updated).get("recommendation").asText());
        assertEquals("Default", read(updated).get("profile").asText());
        assertEquals("2024-01-11", read(as(user).get("/api/assets/ADA/evaluations/" + id)).get("date").asText());

        as(user).delete("/api/assets/ADA/evaluations/" + id).then().statusCode(204);
        as(user).get("/api/assets/ADA/evaluations/" + id).then().statusCode(404);
        assertEquals(List.of(), elements(read(as(user).get("/api/assets/ADA/evaluations"))));
    }

    @Test
    void aRefusedEvaluationWritesNothing() {
        String user = TestUsers.signUp("eval-bad");
        Map<String, Map<String, Object>> bad = seedScores();
        bad.get("risk").put("market", dec("2.5"));
        refusedOn(as(user).body(json(Map.of("scores", bad))).post("/api/assets/BTC/evaluations"), "scores.risk.market");
        refusedOn(as(user).body(json(Map.of("profile", "Nonexistent", "scores", seedScores())))
                .post("/api/assets/BTC/evaluations"), "profile");
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1).toString();
        refusedOn(as(user).body(json(Map.of("date", tomorrow, "scores", seedScores())))
                .post("/api/assets/BTC/evaluations"), "date");
        refusedOn(as(user).body(json(Map.of("scores", seedScores(), "notes", "x".repeat(10_001))))
                .post("/api/assets/BTC/evaluations"), "notes");
        refusedOn(as(user).body("{\"date\": \"yesterday\"}").post("/api/assets/BTC/evaluations"), "date");

        assertEquals(List.of(), elements(read(as(user).get("/api/assets/BTC/evaluations"))));
        assertEquals(0, read(as(user).get("/api/scoring/latest")).size());
        as(user).body(json(Map.of("scores", seedScores()))).post("/api/assets/NOPE/evaluations").then().statusCode(404);
    }

    @Test
    void anotherUsersEvaluationsProfilesAndEventsAnswer404() {
        String owner = TestUsers.signUp("eval-owner");
        String other = TestUsers.signUp("eval-other");
        long evaluation = post(owner, "LINK", "2024-02-01", seedScores(), "mine");
        long profile = number(read(as(owner).body(json(Map.of("name", "Mine",
                "weights", weights("0.2", "0.2", "0.2", "0.2", "0.2")))).post("/api/scoring/profiles")), "id")
                .longValueExact();
        long event = number(read(as(owner).body(json(Map.of("date", "2024-02-02", "kind", "HACK")))
                .post("/api/assets/LINK/events")), "id").longValueExact();

        as(other).get("/api/assets/LINK/evaluations/" + evaluation).then().statusCode(404);
        as(other).body(json(Map.of("scores", seedScores()))).put("/api/assets/LINK/evaluations/" + evaluation)
                .then().statusCode(404);
        as(other).delete("/api/assets/LINK/evaluations/" + evaluation).then().statusCode(404);
        as(other).get("/api/scoring/profiles/" + profile).then().statusCode(404);
        as(other).delete("/api/scoring/profiles/" + profile).then().statusCode(404);
        as(other).get("/api/assets/LINK/events/" + event).then().statusCode(404);
        as(other).delete("/api/assets/LINK/events/" + event).then().statusCode(404);
        refusedOn(as(other).body(json(Map.of("profile", "Mine", "scores", seedScores())))
                .post("/api/assets/LINK/evaluations"), "profile");
        assertEquals(List.of(), elements(read(as(other).get("/api/assets/LINK/evaluations"))));
        assertEquals(List.of(), elements(read(as(other).get("/api/assets/LINK/events"))));
        assertEquals(1, elements(read(as(other).get("/api/scoring/profiles"))).size());
        // The same id under another asset is not found either.
        as(owner).get("/api/assets/BTC/evaluations/" + evaluation).then().statusCode(404);
        as(owner).get("/api/assets/LINK/evaluations/" + evaluation).then().statusCode(200);
    }

    @Test
    void theLatestScoresAreTheLatestEvaluationOfEachAsset() {
        String user = TestUsers.signUp("eval-latest");
        post(user, "DOT", "2024-05-01", uniform("0.7"), null);
        post(user, "DOT", "2024-01-01", uniform("0.3"), null);
        post(user, "AVAX", "2024-03-01", uniform("0.5"), null);

        JsonNode latest = read(as(user).get("/api/scoring/latest"));

        assertEquals(2, latest.size(), latest.toString());
        assertAmount(latest.get("DOT"), "total", "7");
        assertEquals("2024-05-01", latest.get("DOT").get("date").asText());
        assertEquals("BUY", latest.get("DOT").get("recommendation").asText());
        assertAmount(latest.get("AVAX"), "total", "5");
    }

    @Test
    void ofTwoEvaluationsOnTheSameDayTheOneSavedLastIsTheLatestUntilItIsDeleted() {
        String user = TestUsers.signUp("eval-latest-day");
        post(user, "LINK", "2024-05-01", uniform("0.9"), null);
        long first = post(user, "LINK", "2024-06-01", uniform("0.6"), null);
        long second = post(user, "LINK", "2024-06-01", uniform("0.4"), null);
        post(user, "LINK", "2024-02-01", uniform("0.8"), null);
        String other = TestUsers.signUp("eval-latest-other");
        post(other, "LINK", "2024-07-01", uniform("1"), null);

        assertAmount(read(as(user).get("/api/scoring/latest")).get("LINK"), "total", "4");

        as(user).delete("/api/assets/LINK/evaluations/" + second).then().statusCode(204);
        assertAmount(read(as(user).get("/api/scoring/latest")).get("LINK"), "total", "6");
        as(user).delete("/api/assets/LINK/evaluations/" + first).then().statusCode(204);
        JsonNode latest = read(as(user).get("/api/scoring/latest"));
        assertAmount(latest.get("LINK"), "total", "9");
        assertEquals("2024-05-01", latest.get("LINK").get("date").asText());
    }

    @Test
    void profilesOfTheSameNameSavedAtTheSameMomentKeepOneAndRefuseTheOthersOnTheName() {
        for (int round = 0; round < MarketInputApiTest.ROUNDS; round++) {
            String user = TestUsers.signUp("profiles-race");
            String[] names = {"Careful", "careful", "CAREFUL", "Careful"};

            List<Response> answers = AtOnce.run(names.length, i -> as(user).body(json(Map.of("name", names[i],
                    "weights", weights("0.2", "0.2", "0.2", "0.2", "0.2")))).post("/api/scoring/profiles"));

            List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(201, 400, 400, 400), statuses,
                    answers.stream().map(r -> r.statusCode() + " " + r.asString()).toList().toString());
            answers.stream().filter(r -> r.statusCode() == 400).forEach(r -> refusedOn(r, "name"));
            assertEquals(2, elements(read(as(user).get("/api/scoring/profiles"))).size());
        }
    }

    @Test
    void aHugeScoreOrWeightIsRefusedOnItsField() {
        String user = TestUsers.signUp("score-huge");
        String body = json(Map.of("weights", weights("0.25", "0.25", "0.2", "0.15", "0.15"), "scores", seedScores()));
        // JSON numbers are refused while the body is read (the first huge one answers), before any arithmetic.
        refusedOn(as(user).body(body.replace("\"market\":1.5", "\"market\":" + MarketInputApiTest.HUGE))
                .post("/api/assets/BTC/evaluations"), "scores.risk.market");
        refusedOn(as(user).body(body.replace("\"risk\":0.15", "\"risk\":" + MarketInputApiTest.SLOW))
                .post("/api/assets/BTC/evaluations"), "weights.risk");
        assertEquals(List.of(), elements(read(as(user).get("/api/assets/BTC/evaluations"))));
    }

    @Test
    void eventsAreRecordedListedCorrectedAndDeleted() {
        String user = TestUsers.signUp("events");
        Response created = as(user).body(json(Map.of("date", "2024-04-01", "kind", "regulation",
                "note", "SEC sues the foundation"))).post("/api/assets/XRP/events");
        assertEquals(201, created.statusCode(), created.asString());
        long id = number(read(created), "id").longValueExact();
        assertEquals("REGULATION", read(created).get("kind").asText());
        as(user).body(json(Map.of("date", "2024-05-01", "kind", "TEAM_CHANGE"))).post("/api/assets/XRP/events")
                .then().statusCode(201);

        JsonNode list = read(as(user).get("/api/assets/XRP/events"));
        assertEquals(List.of("2024-05-01", "2024-04-01"),
                elements(list).stream().map(e -> e.get("date").asText()).toList());

        JsonNode updated = read(as(user).body(json(Map.of("date", "2024-04-02", "kind", "HACK", "note", "bridge")))
                .put("/api/assets/XRP/events/" + id));
        assertEquals("HACK", updated.get("kind").asText());
        assertEquals("bridge", updated.get("note").asText());
        refusedOn(as(user).body(json(Map.of("date", "2024-04-02", "kind", "RUMOUR"))).post("/api/assets/XRP/events"),
                "kind");
        refusedOn(as(user).body(json(Map.of("kind", "HACK"))).post("/api/assets/XRP/events"), "date");
        as(user).delete("/api/assets/XRP/events/" + id).then().statusCode(204);
        assertEquals(1, elements(read(as(user).get("/api/assets/XRP/events"))).size());
        assertNull(findBy(read(as(user).get("/api/assets/XRP/events")), "kind", "TEAM_CHANGE").get("note").textValue());
    }

    private static long post(String user, String symbol, String date, Map<String, Map<String, Object>> scores,
                             String notes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date);
        body.put("scores", scores);
        body.put("notes", notes);
        Response response = as(user).body(json(body)).post("/api/assets/" + symbol + "/evaluations");
        assertEquals(201, response.statusCode(), response.asString());
        return number(read(response), "id").longValueExact();
    }

    private static Map<String, Object> withScore(String dimension, String criterion, String value) {
        Map<String, Map<String, Object>> scores = seedScores();
        scores.get(dimension).put(criterion, dec(value));
        return Map.of("scores", scores);
    }

    private static void assertRefused(String user, Map<String, ?> body, String field) {
        refusedOn(as(user).body(json(body)).post("/api/scoring/evaluate"), field);
    }
}
