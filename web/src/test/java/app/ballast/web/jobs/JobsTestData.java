package app.ballast.web.jobs;

import app.ballast.web.support.TestUsers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import static app.ballast.web.support.TestUsers.as;

/** What the job tests set up through the API: plans, buys, an outage. */
final class JobsTestData {

    private JobsTestData() {
    }

    /** A daily DCA plan that records its buys, started long before the tests' dates; its id. */
    static long dailyPlan(String user, String symbol, String amount) {
        Number id = as(user).body(Map.of("symbol", symbol, "amount", new BigDecimal(amount), "frequency", "DAILY",
                        "start", "2025-05-01", "autoRecord", true))
                .post("/api/dca-plans").then().statusCode(201).extract().path("id");
        return id.longValue();
    }

    /** Ballast last looked at the plan on {@code day}, then stopped running. */
    static void lastRunOn(long planId, LocalDate day) {
        JobsSql.execute("UPDATE dca_plan SET last_run_on = ? WHERE id = ?", day, planId);
    }

    static void buy(String user, String symbol, String quantity, String price, String time) {
        as(user).body(Map.of("type", "BUY", "symbol", symbol, "account", "Kraken", "quantity", new BigDecimal(quantity),
                "price", new BigDecimal(price), "fee", BigDecimal.ZERO, "time", time))
                .post("/api/transactions").then().statusCode(201);
    }

    /**
     * The run did the unit (e.g. "user 12") without failing. The test database holds every other test's
     * users too, some with figures no column holds, so the run as a whole may be PARTIAL.
     */
    static void assertDone(JobRuns.Run run, String unit) {
        org.junit.jupiter.api.Assertions.assertTrue(run.finished() != null, "finished: " + run);
        org.junit.jupiter.api.Assertions.assertFalse(run.error() != null
                && ("\n" + run.error()).contains("\n" + unit + ":"), unit + " failed: " + run.error());
    }

    static long portfolioOf(String user) {
        return JobsSql.count("SELECT id FROM portfolio WHERE user_id = ?", TestUsers.id(user));
    }
}
