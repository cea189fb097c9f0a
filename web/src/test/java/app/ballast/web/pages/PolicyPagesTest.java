package app.ballast.web.pages;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The policy pages' forms: CSRF required, refused input shown beside its field, accepted trades recorded. */
@QuarkusTest
class PolicyPagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void aPolicyFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        String user = TestUsers.signUp("page-policy");
        String session = PageFormsTest.signIn(user);
        given().cookie("quarkus-credential", session).redirects().follow(false)
                .formParam("coreTarget", "0.5").formParam("coreMin", "0.4").formParam("coreMax", "0.6")
                .post("/policy")
                .then().statusCode(400);
        assertEquals(0, new BigDecimal("0.65").compareTo(json(TestUsers.as(user).get("/api/policy")).get("coreTarget")
                .decimalValue()), "the default policy is unchanged");
    }

    @Test
    void aRefusedStopComesBackWithTheErrorBesideTheTrail() {
        String user = TestUsers.signUp("page-stop");
        TestUsers.as(user).body(Map.of("type", "BUY", "symbol", "SOL", "account", "Kraken", "quantity", 10,
                "price", new BigDecimal("150"), "time", "2025-01-02T00:00:00Z")).post("/api/transactions").then().statusCode(201);
        String session = PageFormsTest.signIn(user);
        Response page = given().cookie("quarkus-credential", session).get("/plans");
        given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("csrf-token", csrf(page.asString()))
                .formParam("symbol", "SOL").formParam("type", "TRAILING").formParam("trail", "1.5")
                .post("/plans/stops")
                .then().statusCode(400)
                .body(containsString("id=\"stop-trail-error\""))
                .body(containsString("trail must be greater than 0 and less than 1"));
        TestUsers.as(user).get("/api/stops").then().body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void aSuggestionMadeAndAcceptedOnThePageRecordsItsTrades() {
        String user = TestUsers.signUp("page-rebalance");
        for (Object[] buy : List.of(new Object[] {"BTC", new BigDecimal("0.2"), 30000}, new Object[] {"SOL", 2000, 10})) {
            TestUsers.as(user).body(Map.of("type", "BUY", "symbol", buy[0], "account", "Kraken", "quantity", buy[1],
                    "price", buy[2], "time", "2023-01-02T00:00:00Z")).post("/api/transactions").then().statusCode(201);
        }
        String session = PageFormsTest.signIn(user);
        Response page = given().cookie("quarkus-credential", session).get("/rebalance");
        String token = csrf(page.asString());
        String location = given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .redirects().follow(false)
                .formParam("csrf-token", token).formParam("mode", "FULL").formParam("cash", "")
                .post("/rebalance/suggestions")
                .then().statusCode(303).extract().header("Location");
        String id = location.replaceAll(".*#suggestion-", "");

        given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .redirects().follow(false)
                .formParam("csrf-token", token).formParam("fillSymbol", "SOL").formParam("fillPrice", "140.5")
                .post("/rebalance/suggestions/" + id + "/accept")
                .then().statusCode(303).header("Location", endsWith("/rebalance?notice=accepted"));

        JsonNode transactions = json(TestUsers.as(user).get("/api/transactions"));
        List<JsonNode> sells = new java.util.ArrayList<>();
        transactions.forEach(t -> {
            if (t.get("type").asText().equals("SELL")) {
                sells.add(t);
            }
        });
        assertTrue(!sells.isEmpty(), transactions.toString());
        assertEquals("SOL", sells.get(0).get("symbol").asText());
        assertEquals(0, new BigDecimal("140.5").compareTo(sells.get(0).get("price").decimalValue()), "the fill price");
        TestUsers.as(user).get("/api/rebalance/suggestions/" + id).then().body("status", org.hamcrest.Matchers.is("ACCEPTED"));
    }

    /** The body as a tree whose numbers keep every digit (never a double). */
    private static JsonNode json(Response response) {
        try {
            return new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).readTree(response.asString());
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + response.asString(), e);
        }
    }

    private static String csrf(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return m.group(1);
    }
}
