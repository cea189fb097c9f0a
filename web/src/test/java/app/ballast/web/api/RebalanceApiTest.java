package app.ballast.web.api;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.findBy;
import static app.ballast.web.api.ApiJson.number;
import static app.ballast.web.api.ApiJson.object;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.api.TransactionApiTest.post;
import static app.ballast.web.support.TestUsers.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rebalancing: the stateless preview, and stored suggestions that are accepted all or nothing, once. */
@QuarkusTest
class RebalanceApiTest {

    static final String ISSUE_PREVIEW = """
            {"positions": [{"symbol": "BTC", "tier": "CORE", "sector": "L1", "quantity": 0.5, "price": 60000, "score": 8.5},
                           {"symbol": "ETH", "tier": "CORE", "sector": "L1", "quantity": 4, "price": 3000},
                           {"symbol": "SOL", "tier": "SATELLITE", "sector": "L1", "quantity": 300, "price": 150}],
             "cash": 1000,
             "policy": {"coreWeights": {"BTC": 0.5, "ETH": 0.5}, "coreTarget": 0.65, "coreMin": 0.60, "coreMax": 0.70,
                        "satelliteCap": 0.20, "sectorCap": 0.5, "minTrade": 10, "feeRate": 0.001, "mode": "FULL"}}""";

    @Test
    void previewOfTheIssuesBodyTrimsTheRunUpAltcoinIntoTheCore() {
        String user = TestUsers.signUp("rb-preview");

        JsonNode plan = read(as(user).body(ISSUE_PREVIEW).post("/api/rebalance/preview")
                .then().statusCode(200).extract().response());

        JsonNode sol = findBy(plan.get("trades"), "symbol", "SOL");
        assertEquals("SELL", sol.get("side").asText());
        for (JsonNode trade : elements(plan.get("trades"))) {
            for (String key : List.of("quantity", "value", "fee")) {
                assertThat(key, number(trade, key), greaterThan(BigDecimal.ZERO));
            }
            assertFalse(trade.get("reason").asText().isBlank());
        }
        assertTrue(elements(plan.get("trades")).stream().anyMatch(t -> t.get("side").asText().equals("BUY")),
                "the proceeds buy core assets: " + plan);
        assertThat(number(plan.get("before"), "cash"), comparesEqualTo(dec("1000")));
        assertThat(number(plan.get("after"), "cash"), org.hamcrest.Matchers.greaterThanOrEqualTo(BigDecimal.ZERO));
        assertThat(number(plan.get("after").get("weights"), "SOL"),
                org.hamcrest.Matchers.lessThanOrEqualTo(dec("0.20")));
        assertTrue(plan.get("unmet").isArray());
    }

    @Test
    void previewNamesEachRefusedField() {
        String user = TestUsers.signUp("rb-preview-bad");

        refusedOn(as(user).body(ISSUE_PREVIEW.replace("\"price\": 150", "\"price\": -1"))
                .post("/api/rebalance/preview"), "positions[2].price");
        refusedOn(as(user).body(ISSUE_PREVIEW.replace("\"SATELLITE\"", "\"MOON\""))
                .post("/api/rebalance/preview"), "positions[2].tier");
        refusedOn(as(user).body(ISSUE_PREVIEW.replace("\"FULL\"", "\"SOMETIMES\""))
                .post("/api/rebalance/preview"), "policy.mode");
        refusedOn(as(user).body(ISSUE_PREVIEW.replace("\"coreMin\": 0.60", "\"coreMin\": 0.66"))
                .post("/api/rebalance/preview"), "policy.coreMin");
        refusedOn(as(user).body(ISSUE_PREVIEW.replace("\"cash\": 1000", "\"cash\": -5"))
                .post("/api/rebalance/preview"), "cash");
    }

    @Test
    void acceptingRecordsEveryTradeOnceAndASecondAcceptDoesNothing() {
        String user = runUpPortfolio("rb-accept");
        JsonNode suggestion = read(as(user).body("{}").post("/api/rebalance/suggestions")
                .then().statusCode(201).extract().response());
        long id = number(suggestion, "id").longValueExact();
        assertEquals("OPEN", suggestion.get("status").asText());
        JsonNode solSell = findBy(suggestion.get("trades"), "symbol", "SOL");
        assertEquals("SELL", solSell.get("side").asText());
        int before = transactions(user).size();

        JsonNode accepted = read(as(user).body(object("fillPrices", Map.of("SOL", dec("151.25"))))
                .post("/api/rebalance/suggestions/" + id + "/accept").then().statusCode(200).extract().response());

        assertEquals("ACCEPTED", accepted.get("status").asText());
        List<JsonNode> after = transactions(user);
        int recorded = after.size() - before;
        assertTrue(recorded >= elements(accepted.get("trades")).size(), "every trade recorded: " + accepted);
        JsonNode solTrade = findBy(accepted.get("trades"), "symbol", "SOL");
        assertNotNull(solTrade.get("transactionId"), accepted.toString());
        JsonNode solTx = read(as(user).get("/api/transactions/" + solTrade.get("transactionId").asLong())
                .then().statusCode(200).extract().response());
        assertEquals("SELL", solTx.get("type").asText());
        assertThat(number(solTx, "price"), comparesEqualTo(dec("151.25")));

        as(user).body("{}").post("/api/rebalance/suggestions/" + id + "/accept").then().statusCode(200);
        assertEquals(after.size(), transactions(user).size(), "a second accept records nothing");
    }

    @Test
    void aTradeThatWouldOverdrawRecordsNothing() {
        String user = runUpPortfolio("rb-overdraw");
        long id = number(read(as(user).body("{}").post("/api/rebalance/suggestions")
                .then().statusCode(201).extract().response()), "id").longValueExact();
        // The SOL is gone before the investor accepts: the suggested sell can no longer happen.
        as(user).body(object("type", "WITHDRAWAL", "symbol", "SOL", "account", "Kraken", "quantity", dec("2000"),
                "time", "2025-01-02T00:00:00Z")).post("/api/transactions").then().statusCode(201);
        int before = transactions(user).size();

        Response refused = as(user).body("{}").post("/api/rebalance/suggestions/" + id + "/accept");

        assertEquals(400, refused.statusCode(), refused.asString());
        assertTrue(refused.asString().contains("trades["), refused.asString());
        assertEquals(before, transactions(user).size(), "nothing recorded");
        assertEquals("OPEN", read(as(user).get("/api/rebalance/suggestions/" + id).then().extract().response())
                .get("status").asText());
    }

    @Test
    void aDismissedSuggestionCannotBeAccepted() {
        String user = runUpPortfolio("rb-dismiss");
        long id = number(read(as(user).body("{}").post("/api/rebalance/suggestions")
                .then().statusCode(201).extract().response()), "id").longValueExact();

        as(user).post("/api/rebalance/suggestions/" + id + "/dismiss").then().statusCode(200);

        int before = transactions(user).size();
        Response accept = as(user).body("{}").post("/api/rebalance/suggestions/" + id + "/accept");
        assertEquals(409, accept.statusCode(), accept.asString());
        ApiJson.errorOn(accept, "status");
        assertEquals(before, transactions(user).size());
        JsonNode list = read(as(user).get("/api/rebalance/suggestions").then().statusCode(200).extract().response());
        assertEquals("DISMISSED", findBy(list, "id", String.valueOf(id)).get("status").asText());
    }

    @Test
    void badSuggestionInputIsRefused() {
        String user = runUpPortfolio("rb-bad");
        refusedOn(as(user).body(object("mode", "SIDEWAYS")).post("/api/rebalance/suggestions"), "mode");
        refusedOn(as(user).body(object("cash", dec("-1"))).post("/api/rebalance/suggestions"), "cash");
        long id = number(read(as(user).body("{}").post("/api/rebalance/suggestions")
                .then().statusCode(201).extract().response()), "id").longValueExact();
        refusedOn(as(user).body(object("fillPrices", Map.of("SOL", dec("0"))))
                .post("/api/rebalance/suggestions/" + id + "/accept"), "fillPrices.SOL");
        refusedOn(as(user).body(object("fillPrices", Map.of("DOGE", dec("1"))))
                .post("/api/rebalance/suggestions/" + id + "/accept"), "fillPrices.DOGE");
        assertEquals("OPEN", read(as(user).get("/api/rebalance/suggestions/" + id).then().extract().response())
                .get("status").asText());
    }

    @Test
    void anotherUsersSuggestionIsNotFound() {
        String owner = runUpPortfolio("rb-owner");
        String stranger = TestUsers.signUp("rb-stranger");
        long id = number(read(as(owner).body("{}").post("/api/rebalance/suggestions")
                .then().statusCode(201).extract().response()), "id").longValueExact();

        as(stranger).get("/api/rebalance/suggestions/" + id).then().statusCode(404);
        as(stranger).body("{}").post("/api/rebalance/suggestions/" + id + "/accept").then().statusCode(404);
        as(stranger).post("/api/rebalance/suggestions/" + id + "/dismiss").then().statusCode(404);
        assertEquals(0, read(as(stranger).get("/api/rebalance/suggestions").then().extract().response()).size());
        assertEquals("OPEN", read(as(owner).get("/api/rebalance/suggestions/" + id).then().extract().response())
                .get("status").asText());
    }

    @Test
    void cashNoColumnHoldsIsRefusedOnCashBeforeTheEngineRunsAndNothingIsStored() {
        String user = runUpPortfolio("rb-huge");

        String message = refusedOn(as(user).body("{\"cash\": 1e999999999}").post("/api/rebalance/suggestions"), "cash");
        refusedOn(as(user).body("{\"cash\": 1e25}").post("/api/rebalance/suggestions"), "cash");
        refusedOn(as(user).body("{\"cash\": 1e-999999999}").post("/api/rebalance/suggestions"), "cash");
        refusedOn(as(user).body(ISSUE_PREVIEW.replace("\"price\": 150", "\"price\": 1e999999999"))
                .post("/api/rebalance/preview"), "positions[2].price");

        assertTrue(message.contains("1E+999999999"), message);
        assertEquals(0, elements(read(as(user).get("/api/rebalance/suggestions").then().extract().response())).size());
    }

    @Test
    void cashThatWouldBuyMoreCoinsThanAColumnHoldsIsRefusedOnCash() {
        String user = TestUsers.signUp("rb-cheap");
        post(user, "BUY", "LUNA", "Kraken", "1000", "0.0001", "2023-01-02T00:00:00Z");

        // 10^19 USD fits a column, but its share for LUNA at a fraction of a cent is more than 10^20 coins.
        String message = refusedOn(as(user).body("{\"mode\": \"BUY_ONLY\", \"cash\": 10000000000000000000}")
                .post("/api/rebalance/suggestions"), "cash");

        assertTrue(message.contains("too large"), message);
        assertEquals(0, elements(read(as(user).get("/api/rebalance/suggestions").then().extract().response())).size());
    }

    /** A user whose SOL ran up far above the 20% cap: the suggestion sells SOL and buys BTC and ETH. */
    static String runUpPortfolio(String prefix) {
        String user = TestUsers.signUp(prefix);
        post(user, "BUY", "BTC", "Kraken", "0.2", "30000", "2023-01-02T00:00:00Z");
        post(user, "BUY", "ETH", "Kraken", "3", "1500", "2023-01-02T00:00:00Z");
        post(user, "BUY", "SOL", "Kraken", "2000", "10", "2023-01-02T00:00:00Z");
        return user;
    }

    static List<JsonNode> transactions(String user) {
        return elements(read(as(user).get("/api/transactions").then().statusCode(200).extract().response()));
    }
}
