package app.ballast.web.api;

import app.ballast.web.policy.DcaService;
import app.ballast.web.policy.ExecutionView;
import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static app.ballast.web.api.ApiJson.assertAmount;
import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.number;
import static app.ballast.web.api.ApiJson.object;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.api.TransactionApiTest.post;
import static app.ballast.web.support.TestUsers.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DCA plans: CRUD, and exactly one execution per plan and due date however often the plans run. */
@QuarkusTest
class DcaPlanApiTest {

    /** DOGE gets a close for today (no other test reads DOGE), so a plan due today can buy. */
    static final BigDecimal DOGE_TODAY = new BigDecimal("0.25");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DcaService dca;

    @BeforeEach
    void dogeHasAPriceToday() throws SQLException {
        execute("INSERT IGNORE INTO price_point (asset_id, price_date, close, source, recorded_at) "
                + "SELECT id, ?, ?, 'test', NOW() FROM asset WHERE symbol = 'DOGE'", today(), DOGE_TODAY);
    }

    @Test
    void aPlanIsCreatedReadChangedAndDeleted() {
        String user = TestUsers.signUp("dca-crud");
        Response created = as(user).body(object("symbol", "ETH", "amount", dec("100"), "frequency", "WEEKLY",
                "dayOfWeek", "MONDAY", "dayOfMonth", 1, "start", "2024-01-01", "autoRecord", true))
                .post("/api/dca-plans");
        assertEquals(201, created.statusCode(), created.asString());
        JsonNode plan = read(created);
        long id = number(plan, "id").longValueExact();
        assertTrue(created.header("Location").endsWith("/api/dca-plans/" + id));
        assertEquals("WEEKLY", plan.get("frequency").asText());
        assertEquals("MONDAY", plan.get("dayOfWeek").asText());
        assertAmount(plan, "amount", "100");
        assertEquals(java.time.DayOfWeek.MONDAY, LocalDate.parse(plan.get("nextDue").asText()).getDayOfWeek());
        assertTrue(plan.get("end").isNull());
        assertTrue(plan.get("budget").isNull());

        as(user).body(object("symbol", "ETH", "amount", dec("150.5"), "frequency", "MONTHLY", "dayOfMonth", 31,
                "start", "2024-01-01", "budget", dec("5000"), "autoRecord", false)).put("/api/dca-plans/" + id)
                .then().statusCode(200);
        JsonNode changed = read(as(user).get("/api/dca-plans/" + id).then().statusCode(200).extract().response());
        assertAmount(changed, "amount", "150.5");
        assertEquals("MONTHLY", changed.get("frequency").asText());
        assertEquals(31, changed.get("dayOfMonth").asInt());
        assertEquals(false, changed.get("autoRecord").asBoolean());
        assertEquals(1, elements(read(as(user).get("/api/dca-plans").then().extract().response())).size());

        as(user).delete("/api/dca-plans/" + id).then().statusCode(204);
        as(user).get("/api/dca-plans/" + id).then().statusCode(404);
    }

    @Test
    void badPlansAreRefusedNamingTheFieldAndNothingIsSaved() {
        String user = TestUsers.signUp("dca-bad");
        refusedOn(as(user).body(object("symbol", "ETH", "amount", dec("100"), "frequency", "HOURLY",
                "start", "2024-01-01")).post("/api/dca-plans"), "frequency");
        refusedOn(as(user).body(object("symbol", "ETH", "amount", dec("100"), "frequency", "WEEKLY",
                "start", "2024-01-01")).post("/api/dca-plans"), "dayOfWeek");
        refusedOn(as(user).body(object("symbol", "ETH", "amount", dec("-5"), "frequency", "DAILY",
                "start", "2024-01-01")).post("/api/dca-plans"), "amount");
        refusedOn(as(user).body(object("symbol", "NOPE", "amount", dec("5"), "frequency", "DAILY",
                "start", "2024-01-01")).post("/api/dca-plans"), "symbol");
        refusedOn(as(user).body(object("symbol", "ETH", "amount", dec("5"), "frequency", "DAILY",
                "start", "soon")).post("/api/dca-plans"), "start");
        refusedOn(as(user).body(object("symbol", "ETH", "amount", dec("5"), "frequency", "DAILY",
                "start", "2024-02-01", "end", "2024-01-01")).post("/api/dca-plans"), "end");
        refusedOn(as(user).body(object("symbol", "ETH", "amount", dec("5"), "frequency", "MONTHLY",
                "dayOfMonth", 32, "start", "2024-01-01")).post("/api/dca-plans"), "dayOfMonth");
        refusedOn(as(user).body(object("symbol", "ETH", "amount", dec("5"), "frequency", "DAILY",
                "start", "2024-01-01", "multipliers", Map.of("mvrvBelowFactor", dec("50"))))
                .post("/api/dca-plans"), "multipliers.mvrvBelowFactor");
        assertEquals(0, elements(read(as(user).get("/api/dca-plans").then().extract().response())).size());
    }

    @Test
    void anotherUsersPlanIsNotFound() {
        String owner = TestUsers.signUp("dca-owner");
        String stranger = TestUsers.signUp("dca-stranger");
        long id = dailyDogePlan(owner, true);

        as(stranger).get("/api/dca-plans/" + id).then().statusCode(404);
        as(stranger).get("/api/dca-plans/" + id + "/executions").then().statusCode(404);
        as(stranger).body(object("symbol", "DOGE", "amount", dec("1"), "frequency", "DAILY", "start", "2024-01-01"))
                .put("/api/dca-plans/" + id).then().statusCode(404);
        as(stranger).delete("/api/dca-plans/" + id).then().statusCode(404);
        as(stranger).post("/api/dca-plans/run-due").then().statusCode(200);
        assertEquals(0, executions(owner, id).size(), "the stranger's run did not run the owner's plan");
        as(owner).get("/api/dca-plans/" + id).then().statusCode(200);
    }

    @Test
    void runningDuePlansTwiceBuysOnceAtTodaysClose() {
        String user = TestUsers.signUp("dca-twice");
        long id = dailyDogePlan(user, true);

        JsonNode run = read(as(user).post("/api/dca-plans/run-due").then().statusCode(200).extract().response());
        as(user).post("/api/dca-plans/run-due").then().statusCode(200);

        assertEquals(1, elements(run.get("executions")).size(), run.toString());
        List<JsonNode> executions = executions(user, id);
        assertEquals(1, executions.size(), executions.toString());
        JsonNode execution = executions.get(0);
        assertEquals(today().toString(), execution.get("date").asText());
        assertEquals("EXECUTED", execution.get("status").asText(), execution.toString());
        assertThat(number(execution, "price"), comparesEqualTo(DOGE_TODAY));
        assertAmount(execution, "quantity", "200"); // 50 USD at 0.25
        List<JsonNode> transactions = RebalanceApiTest.transactions(user);
        assertEquals(1, transactions.size());
        assertEquals(execution.get("transactionId").asLong(), transactions.get(0).get("id").asLong());
        assertEquals("BUY", transactions.get(0).get("type").asText());
        assertAmount(transactions.get(0), "quantity", "200");
    }

    @Test
    void twoRunsAtOnceStillBuyOnce() throws Exception {
        String user = TestUsers.signUp("dca-race");
        long id = dailyDogePlan(user, true);
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                Callable<Integer> run = () -> {
                    start.await();
                    return as(user).post("/api/dca-plans/run-due").statusCode();
                };
                runs.add(pool.submit(run));
            }
            start.countDown();
            for (Future<Integer> run : runs) {
                assertEquals(200, run.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, executions(user, id).size());
        assertEquals(1, RebalanceApiTest.transactions(user).size(), "one buy recorded");
    }

    @Test
    void withoutAutoRecordTheBuyWaitsAsPendingUntilRecorded() {
        String user = TestUsers.signUp("dca-pending");
        long id = dailyDogePlan(user, false);
        long other = dailyDogePlan(user, false);

        as(user).post("/api/dca-plans/run-due").then().statusCode(200);
        JsonNode skipped = read(as(user).post("/api/dca-plans/" + other + "/executions/" + today() + "/skip")
                .then().statusCode(200).extract().response());
        assertEquals("SKIPPED", skipped.get("status").asText());
        refusedOn(as(user).post("/api/dca-plans/" + other + "/executions/" + today() + "/record"), "date");

        JsonNode execution = executions(user, id).get(0);
        assertEquals("PENDING", execution.get("status").asText());
        assertTrue(execution.get("transactionId").isNull());
        assertEquals(0, RebalanceApiTest.transactions(user).size());
        JsonNode recorded = read(as(user).body(object("price", dec("0.2")))
                .post("/api/dca-plans/" + id + "/executions/" + today() + "/record")
                .then().statusCode(200).extract().response());
        assertEquals("EXECUTED", recorded.get("status").asText());
        assertAmount(recorded, "quantity", "250");
        assertEquals(1, RebalanceApiTest.transactions(user).size());
    }

    @Test
    void aFillPriceThatCannotBeStoredIsRefusedOnPriceAndTheBuyStaysPending() {
        String user = TestUsers.signUp("dca-fill");
        long id = dailyDogePlan(user, false);
        as(user).post("/api/dca-plans/run-due").then().statusCode(200);
        String record = "/api/dca-plans/" + id + "/executions/" + today() + "/record";

        refusedOn(as(user).body("{\"price\": 1e999999999}").post(record), "price");
        refusedOn(as(user).body("{\"price\": 1e25}").post(record), "price");
        refusedOn(as(user).body("{\"price\": 1e-30}").post(record), "price");
        String nothing = refusedOn(as(user).body("{\"price\": 99999999999999999999}").post(record), "price");

        assertTrue(nothing.contains("buy 0 DOGE"), "50 USD buy nothing at that price: " + nothing);
        assertEquals("PENDING", executions(user, id).get(0).get("status").asText());
        assertEquals(0, RebalanceApiTest.transactions(user).size());
    }

    @Test
    void datesPassedWhileBallastWasDownAreListedAsMissedAndNeverBought() throws SQLException {
        String user = TestUsers.signUp("dca-missed");
        long id = number(read(as(user).body(object("symbol", "SOL", "amount", dec("100"), "frequency", "DAILY",
                "start", "2025-05-01", "autoRecord", true)).post("/api/dca-plans")
                .then().statusCode(201).extract().response()), "id").longValueExact();
        // Ballast last looked at the plan on 2025-05-31, then was not running until 2025-06-04.
        execute("UPDATE dca_plan SET last_run_on = ? WHERE id = ?", LocalDate.of(2025, 5, 31), id);

        List<ExecutionView> added = dca.runDue(TestUsers.id(user), LocalDate.of(2025, 6, 4));

        assertEquals(4, added.size(), added.toString());
        List<JsonNode> executions = executions(user, id);
        assertEquals(List.of("2025-06-04", "2025-06-03", "2025-06-02", "2025-06-01"),
                executions.stream().map(e -> e.get("date").asText()).toList());
        assertEquals(List.of("EXECUTED", "MISSED", "MISSED", "MISSED"),
                executions.stream().map(e -> e.get("status").asText()).toList());
        assertTrue(executions.get(1).get("reason").asText().contains("missed"), executions.get(1).toString());
        assertEquals(1, RebalanceApiTest.transactions(user).size(), "only 2025-06-04 is bought");
        assertTrue(dca.runDue(TestUsers.id(user), LocalDate.of(2025, 6, 4)).isEmpty(), "a second run adds nothing");
    }

    @Test
    void anAssetScoredUnderTheNoBuyThresholdIsSkippedWithTheReason() {
        String user = TestUsers.signUp("dca-noBuy");
        // Every criterion at 42% of its maximum: each dimension scores 4.2, so the total is 4.2 (< 5.5).
        as(user).body(ScoringBodies.json(Map.of("date", "2024-01-01", "scores", ScoringBodies.uniform("0.42"))))
                .post("/api/assets/DOGE/evaluations").then().statusCode(201);
        long id = dailyDogePlan(user, true);

        as(user).post("/api/dca-plans/run-due").then().statusCode(200);

        JsonNode execution = executions(user, id).get(0);
        assertEquals("SKIPPED", execution.get("status").asText());
        String reason = execution.get("reason").asText();
        assertTrue(reason.contains("4.2") && reason.contains("5.5"), reason);
        assertTrue(execution.get("transactionId").isNull(), execution.toString());
        assertEquals(0, RebalanceApiTest.transactions(user).size());
    }

    private static long dailyDogePlan(String user, boolean autoRecord) {
        JsonNode plan = read(as(user).body(object("symbol", "DOGE", "amount", dec("50"), "frequency", "DAILY",
                "start", "2024-01-01", "autoRecord", autoRecord)).post("/api/dca-plans")
                .then().statusCode(201).extract().response());
        assertNotNull(plan.get("id"));
        return number(plan, "id").longValueExact();
    }

    private static List<JsonNode> executions(String user, long id) {
        return elements(read(as(user).get("/api/dca-plans/" + id + "/executions")
                .then().statusCode(200).extract().response()));
    }

    private void execute(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        }
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
