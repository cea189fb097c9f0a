package app.ballast.web.pages;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
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

    @Inject
    AgroalDataSource dataSource;

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
        String user = solHolder("page-stop");
        String session = PageFormsTest.signIn(user);
        Response page = given().cookie("quarkus-credential", session).get("/plans");
        form(session, page).formParam("symbol", "SOL").formParam("type", "TRAILING").formParam("trail", "1.5")
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

    @Test
    void anAbsurdNumberInAPlanOrRebalanceFormIsRefusedBesideItsFieldAndNothingIsSaved() {
        String user = solHolder("page-huge");
        String session = PageFormsTest.signIn(user);
        Response plans = given().cookie("quarkus-credential", session).get("/plans");
        Response rebalance = given().cookie("quarkus-credential", session).get("/rebalance");

        form(session, plans).formParam("symbol", "SOL").formParam("type", "FIXED").formParam("price", "1e999999999")
                .post("/plans/stops")
                .then().statusCode(400)
                .body(containsString("price can have at most 20 digits before the decimal point, was 1E+999999999"));
        form(session, plans).formParam("symbol", "SOL").formParam("amount", "1" + "0".repeat(200))
                .formParam("frequency", "DAILY").formParam("start", "2025-01-01")
                .post("/plans/dca")
                .then().statusCode(400)
                .body(containsString("amount must be a number of at most 100 characters"));
        form(session, rebalance).formParam("mode", "FULL").formParam("cash", "1e25")
                .post("/rebalance/suggestions")
                .then().statusCode(400)
                .body(containsString("id=\"cash-error\""))
                .body(containsString("cash can have at most 20 digits before the decimal point"));

        for (String list : List.of("/api/stops", "/api/dca-plans", "/api/rebalance/suggestions")) {
            TestUsers.as(user).get(list).then().body("size()", org.hamcrest.Matchers.is(0));
        }
    }

    @Test
    void aPlanWithManyExecutionsShowsItsLatestTenAndCountsThemAll() throws SQLException {
        String user = TestUsers.signUp("page-dca-many");
        long id = json(TestUsers.as(user).body(Map.of("symbol", "SOL", "amount", 50, "frequency", "DAILY",
                "start", "2024-01-01", "autoRecord", false)).post("/api/dca-plans")).get("id").asLong();
        LocalDate first = LocalDate.of(2024, 1, 1);
        try (Connection c = dataSource.getConnection(); PreparedStatement insert = c.prepareStatement(
                "INSERT INTO dca_execution (plan_id, due_date, status, amount, reason, created_at) VALUES (?, ?, ?, ?, ?, NOW())")) {
            for (int day = 0; day < 25; day++) {
                boolean pending = day >= 22; // the three latest wait to be recorded: 150 USD spent of the budget
                insert.setLong(1, id);
                insert.setObject(2, first.plusDays(day));
                insert.setString(3, pending ? "PENDING" : "MISSED");
                insert.setBigDecimal(4, pending ? new BigDecimal("50") : null);
                insert.setString(5, pending ? "due" : "missed");
                insert.executeUpdate();
            }
        }

        String html = given().cookie("quarkus-credential", PageFormsTest.signIn(user)).get("/plans")
                .then().statusCode(200).extract().asString();

        assertTrue(html.contains("Executions (25, the latest 10 shown)"), html);
        String table = html.substring(html.indexOf("data-testid=\"executions-" + id + "\""));
        table = table.substring(0, table.indexOf("</table>"));
        for (int day = 0; day < 25; day++) {
            String date = "<td>" + first.plusDays(day) + "</td>";
            assertEquals(day >= 15, table.contains(date), date + " shown only among the latest ten");
        }
        JsonNode plan = json(TestUsers.as(user).get("/api/dca-plans")).get(0);
        assertEquals(0, new BigDecimal("150").compareTo(plan.get("spent").decimalValue()), plan.toString());
    }

    @Test
    void theRebalancePageShowsTheNewestOpenSuggestionsAndSaysHowManyThereAre() {
        String user = TestUsers.signUp("page-many-suggestions");
        TestUsers.as(user).body(Map.of("type", "BUY", "symbol", "SOL", "account", "Kraken", "quantity", 2000,
                "price", 10, "time", "2023-01-02T00:00:00Z")).post("/api/transactions").then().statusCode(201);
        List<Long> ids = new java.util.ArrayList<>();
        for (int i = 0; i < 23; i++) {
            ids.add(json(TestUsers.as(user).body("{}").post("/api/rebalance/suggestions")).get("id").asLong());
        }
        TestUsers.as(user).post("/api/rebalance/suggestions/" + ids.get(0) + "/dismiss").then().statusCode(200);

        String html = given().cookie("quarkus-credential", PageFormsTest.signIn(user)).get("/rebalance")
                .then().statusCode(200).extract().asString();

        assertTrue(html.contains("The 20 newest of 22 open suggestions are shown"), html);
        for (int i = 1; i < ids.size(); i++) {
            assertEquals(i >= 3, html.contains("data-id=\"" + ids.get(i) + "\""), "open suggestion " + i);
        }
        String decided = html.substring(html.indexOf("data-testid=\"decided\""));
        assertTrue(decided.contains("<td>" + ids.get(0) + "</td>"), "the dismissed one is listed as decided");
    }

    /** A new user holding 10 SOL. */
    private static String solHolder(String prefix) {
        String user = TestUsers.signUp(prefix);
        TestUsers.as(user).body(Map.of("type", "BUY", "symbol", "SOL", "account", "Kraken", "quantity", 10,
                "price", new BigDecimal("150"), "time", "2025-01-02T00:00:00Z")).post("/api/transactions").then().statusCode(201);
        return user;
    }

    /** A form post with the page's CSRF token, not following the redirect. */
    private static io.restassured.specification.RequestSpecification form(String session, Response page) {
        return given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .redirects().follow(false).formParam("csrf-token", csrf(page.asString()));
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
