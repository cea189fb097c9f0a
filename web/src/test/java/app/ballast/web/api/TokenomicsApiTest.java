package app.ballast.web.api;

import app.ballast.web.support.AtOnce;
import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

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
import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tokenomics through the API: the stateless analysis worked by hand, and each user's stored figures per asset. */
@QuarkusTest
class TokenomicsApiTest {

    /**
     * Worked by hand: price 0.5, 1e9 total, 3e8 circulating; team 15% vesting over 24 months, investors 20% after
     * a 6-month cliff over 12, community 30% unlocked at launch; 6e6 tokens emitted a month; an 80% APY with
     * 5e6 USD of revenue on 5e7 staked.
     */
    static Map<String, Object> handWorked() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("price", dec("0.5"));
        body.put("totalSupply", dec("1000000000"));
        body.put("circulatingSupply", dec("300000000"));
        body.put("buckets", new ArrayList<>(List.of(bucket("team", "0.15", 0, 24), bucket("investors", "0.2", 6, 12),
                bucket("community", "0.3", 0, 0))));
        body.put("months", 12);
        body.put("monthlyEmission", dec("6000000"));
        body.put("stakingApy", dec("0.8"));
        body.put("revenueToStakers", dec("5000000"));
        body.put("valueStaked", dec("50000000"));
        return body;
    }

    @Test
    void theHandWorkedCaseIsAnalysedExactly() {
        String user = TestUsers.signUp("tok-hand");

        Response response = as(user).body(json(handWorked())).post("/api/tokenomics/analyze");

        assertEquals(200, response.statusCode(), response.asString());
        JsonNode analysis = read(response);
        assertAmount(analysis, "marketCap", "150000000");
        assertAmount(analysis, "fdv", "500000000");
        assertAmount(analysis, "fdvToMarketCap", "3.333333333333333333333333333333333");
        assertAmount(analysis, "monthlyInflation", "0.02");
        assertAmount(analysis, "annualInflation", "0.24");
        assertAmount(analysis, "revenueYield", "0.1");
        assertAmount(analysis, "realYield", "-0.14");
        assertAmount(analysis, "emissionFundedShare", "0.875");
        List<JsonNode> schedule = elements(analysis.get("schedule"));
        assertEquals(12, schedule.size());
        JsonNode first = schedule.get(0);
        assertEquals(1, first.get("month").asInt());
        assertAmount(first.get("unlocks"), "team", "6250000");
        assertAmount(first.get("unlocks"), "investors", "0");
        assertAmount(first.get("unlocks"), "community", "0");
        assertAmount(first, "total", "6250000");
        assertAmount(first, "percentOfCirculating", "2.083333333333333333333333333333333");
        JsonNode sixth = schedule.get(5);
        assertAmount(sixth, "total", "6250000");
        JsonNode seventh = schedule.get(6);
        assertAmount(seventh.get("unlocks"), "investors", "16666666.66666666666666666666666667");
        assertAmount(seventh, "total", "22916666.66666666666666666666666667");
        assertAmount(seventh, "percentOfCirculating", "7.638888888888888888888888888888889");
    }

    @Test
    void withoutAPriceThereIsNoMarketCapButStillTheRatio() {
        String user = TestUsers.signUp("tok-noprice");
        Map<String, Object> body = handWorked();
        body.remove("price");
        body.remove("revenueToStakers");
        body.remove("months");

        JsonNode analysis = read(as(user).body(json(body)).post("/api/tokenomics/analyze"));

        assertTrue(analysis.get("marketCap").isNull(), analysis.toString());
        assertTrue(analysis.get("realYield").isNull(), analysis.toString());
        assertAmount(analysis, "fdvToMarketCap", "3.333333333333333333333333333333333");
        assertEquals(12, elements(analysis.get("schedule")).size(), "a year by default");
    }

    @Test
    void everyBadInputIsRefusedNamingItsField() {
        String user = TestUsers.signUp("tok-bad");
        assertRefused(user, with(b -> bucketAt(b, 0).put("share", dec("1.5"))), "buckets[0].share");
        assertRefused(user, with(b -> bucketAt(b, 1).put("cliffMonths", -1)), "buckets[1].cliffMonths");
        assertRefused(user, with(b -> bucketAt(b, 1).remove("vestingMonths")), "buckets[1].vestingMonths");
        assertRefused(user, with(b -> bucketAt(b, 2).put("name", " ")), "buckets[2].name");
        assertRefused(user, with(b -> bucketAt(b, 2).put("name", "TEAM")), "buckets[2].name");
        assertRefused(user, with(b -> bucketAt(b, 2).put("share", dec("0.7"))), "buckets");
        assertRefused(user, with(b -> b.put("circulatingSupply", dec("2000000000"))), "circulatingSupply");
        assertRefused(user, with(b -> b.remove("totalSupply")), "totalSupply");
        assertRefused(user, with(b -> b.put("price", dec("-1"))), "price");
        assertRefused(user, with(b -> b.put("stakingApy", dec("-0.1"))), "stakingApy");
        assertRefused(user, with(b -> b.put("valueStaked", dec("0"))), "valueStaked");
        assertRefused(user, with(b -> b.put("months", 0)), "months");
        assertRefused(user, with(b -> b.put("months", 121)), "months");
        refusedOn(as(user).body("{\"totalSupply\": \"many\"}").post("/api/tokenomics/analyze"), "totalSupply");
        assertRefused(user, with(b -> bucketAt(b, 1).put("share", "a third")), "buckets[1].share");
        refusedOn(as(user).body("").post("/api/tokenomics/analyze"), "body");
    }

    @Test
    void storedTokenomicsAreCreatedReplacedReadAndDeleted() {
        String user = TestUsers.signUp("tok-store");
        Map<String, Object> body = handWorked();
        body.put("scheduleStart", "2024-01-15");
        body.remove("months");

        Response created = as(user).body(json(body)).put("/api/assets/SOL/tokenomics");

        assertEquals(201, created.statusCode(), created.asString());
        JsonNode stored = read(created);
        assertEquals("SOL", stored.get("symbol").asText());
        assertEquals("2024-01-15", stored.get("scheduleStart").asText());
        assertEquals(3, elements(stored.get("buckets")).size());
        assertEquals(24, stored.get("months").asInt(), "the whole schedule is shown: 24 months");
        assertAmount(stored.get("analysis"), "fdv", "500000000");
        assertEquals("entered", stored.get("priceUsed").get("source").asText());

        body.put("buckets", List.of(bucket("insiders", "0.4", 12, 36)));
        body.remove("price");
        Response replaced = as(user).body(json(body)).put("/api/assets/SOL/tokenomics");

        assertEquals(200, replaced.statusCode(), replaced.asString());
        JsonNode read = read(as(user).get("/api/assets/SOL/tokenomics?months=13"));
        assertEquals(1, elements(read.get("buckets")).size());
        assertEquals("insiders", elements(read.get("buckets")).get(0).get("name").asText());
        assertTrue(read.get("price").isNull(), read.toString());
        assertEquals("latest close", read.get("priceUsed").get("source").asText(),
                "without a price of its own the analysis uses SOL's latest daily close");
        assertEquals(13, elements(read.get("analysis").get("schedule")).size());
        assertAmount(elements(read.get("analysis").get("schedule")).get(12).get("unlocks"), "insiders",
                "11111111.11111111111111111111111111");

        as(user).delete("/api/assets/SOL/tokenomics").then().statusCode(204);
        as(user).get("/api/assets/SOL/tokenomics").then().statusCode(404);
    }

    @Test
    void aRefusedSaveKeepsTheStoredFiguresAndAnotherUserSeesNone() {
        String owner = TestUsers.signUp("tok-owner");
        String other = TestUsers.signUp("tok-other");
        as(owner).body(json(handWorked())).put("/api/assets/DOT/tokenomics").then().statusCode(201);

        Map<String, Object> bad = handWorked();
        bucketAt(bad, 0).put("share", dec("2"));
        refusedOn(as(owner).body(json(bad)).put("/api/assets/DOT/tokenomics"), "buckets[0].share");

        JsonNode kept = read(as(owner).get("/api/assets/DOT/tokenomics"));
        assertAmount(elements(kept.get("buckets")).get(0), "share", "0.15");
        as(other).get("/api/assets/DOT/tokenomics").then().statusCode(404);
        as(other).delete("/api/assets/DOT/tokenomics").then().statusCode(404);
        as(owner).get("/api/assets/DOT/tokenomics").then().statusCode(200);
        as(owner).body(json(handWorked())).put("/api/assets/NOPE/tokenomics").then().statusCode(404);
    }

    @Test
    void savesOfTheSameAssetAtTheSameMomentCreateItOnceAndLeaveOneWholeSetOfBuckets() {
        for (int round = 0; round < MarketInputApiTest.ROUNDS; round++) {
            String user = TestUsers.signUp("tok-race");

            List<Response> answers = AtOnce.run(4, i -> {
                Map<String, Object> body = handWorked();
                body.put("buckets", List.of(bucket("team" + i, "0.1", 0, 12), bucket("fund" + i, "0.2", 6, 24)));
                return as(user).body(json(body)).put("/api/assets/SOL/tokenomics");
            });

            List<Integer> statuses = answers.stream().map(Response::statusCode).sorted().toList();
            assertEquals(List.of(200, 200, 200, 201), statuses,
                    answers.stream().map(r -> r.statusCode() + " " + r.asString()).toList().toString());
            List<JsonNode> buckets = elements(read(as(user).get("/api/assets/SOL/tokenomics")).get("buckets"));
            assertEquals(2, buckets.size(), buckets.toString());
            String saver = buckets.get(0).get("name").asText().substring("team".length());
            assertEquals("fund" + saver, buckets.get(1).get("name").asText(), "both buckets from the same save");
        }
    }

    @Test
    void aHugeFigureIsRefusedOnItsField() {
        String user = TestUsers.signUp("tok-huge");
        String body = json(handWorked());
        // JSON numbers are refused while the body is read (the first huge one answers), before any arithmetic.
        refusedOn(as(user).body(body.replace("\"totalSupply\":1000000000", "\"totalSupply\":" + MarketInputApiTest.HUGE))
                .put("/api/assets/SOL/tokenomics"), "totalSupply");
        refusedOn(as(user).body(body.replace("\"valueStaked\":50000000", "\"valueStaked\":" + MarketInputApiTest.SLOW))
                .put("/api/assets/SOL/tokenomics"), "valueStaked");
        as(user).get("/api/assets/SOL/tokenomics").then().statusCode(404);
    }

    static Map<String, Object> bucket(String name, String share, int cliff, int vesting) {
        Map<String, Object> bucket = new LinkedHashMap<>();
        bucket.put("name", name);
        bucket.put("share", dec(share));
        bucket.put("cliffMonths", cliff);
        bucket.put("vestingMonths", vesting);
        return bucket;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> bucketAt(Map<String, Object> body, int index) {
        return ((List<Map<String, Object>>) body.get("buckets")).get(index);
    }

    private static Map<String, Object> with(java.util.function.Consumer<Map<String, Object>> change) {
        Map<String, Object> body = handWorked();
        change.accept(body);
        return body;
    }

    private static void assertRefused(String user, Map<String, Object> body, String field) {
        refusedOn(as(user).body(json(body)).post("/api/tokenomics/analyze"), field);
    }
}
