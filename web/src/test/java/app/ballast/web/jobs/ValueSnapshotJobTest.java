package app.ballast.web.jobs;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The daily value snapshot: each portfolio's value and cost at a day's closes, one row per portfolio and day. */
@QuarkusTest
class ValueSnapshotJobTest {

    @Inject
    JobRunner runner;

    @Test
    void yesterdaysValueIsTheHoldingsAtThatDaysClosesAndAPauseIsFilledIn() {
        String user = TestUsers.signUp("job-snapshot");
        JobsTestData.buy(user, "BTC", "0.5", "60000", "2025-05-30T10:00:00Z");
        JobsTestData.buy(user, "ETH", "2", "2500", "2025-06-02T10:00:00Z");
        long portfolio = JobsTestData.portfolioOf(user);

        JobRuns.Run run = runner.run("value-snapshot", TriggerKind.SCHEDULE, LocalDate.of(2025, 6, 5));

        JobsTestData.assertDone(run, "portfolio " + portfolio);
        // The catch-up window is 7 days back from the 4th; the first buy is on May 30th.
        assertEquals(List.of("2025-05-30", "2025-05-31", "2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04"),
                days(portfolio));
        BigDecimal btc = close("BTC", "2025-06-04");
        BigDecimal eth = close("ETH", "2025-06-04");
        assertThat(snapshot(portfolio, "2025-06-04", "value"),
                comparesEqualTo(new BigDecimal("0.5").multiply(btc).add(new BigDecimal("2").multiply(eth))));
        assertThat(snapshot(portfolio, "2025-06-04", "cost"), comparesEqualTo(new BigDecimal("35000")));
        assertThat(snapshot(portfolio, "2025-05-31", "value"),
                comparesEqualTo(new BigDecimal("0.5").multiply(close("BTC", "2025-05-31"))));
        assertThat(snapshot(portfolio, "2025-05-31", "cost"), comparesEqualTo(new BigDecimal("30000")));
    }

    @Test
    void runningAgainAddsNoRowAndALaterRunStartsFromTheLatestDay() {
        String user = TestUsers.signUp("job-snapshot-again");
        JobsTestData.buy(user, "SOL", "10", "150", "2025-06-01T10:00:00Z");
        long portfolio = JobsTestData.portfolioOf(user);

        runner.run("value-snapshot", TriggerKind.SCHEDULE, LocalDate.of(2025, 6, 4));
        BigDecimal first = snapshot(portfolio, "2025-06-03", "value");
        runner.run("value-snapshot", TriggerKind.MANUAL, LocalDate.of(2025, 6, 4));
        runner.run("value-snapshot", TriggerKind.SCHEDULE, LocalDate.of(2025, 6, 6));

        assertEquals(List.of("2025-06-01", "2025-06-02", "2025-06-03", "2025-06-04", "2025-06-05"), days(portfolio));
        assertThat(snapshot(portfolio, "2025-06-03", "value"), comparesEqualTo(first));
        assertEquals(0, JobsSql.count("SELECT COUNT(*) FROM (SELECT portfolio_id, snapshot_date FROM "
                + "portfolio_value_snapshot GROUP BY portfolio_id, snapshot_date HAVING COUNT(*) > 1) twice"));
    }

    @Test
    void aPortfolioWorthMoreThanAPriceColumnHoldsIsStillSnapshotted() {
        String user = TestUsers.signUp("job-snapshot-huge");
        // Both at the largest sizes their columns take: the cost has 39 integer digits.
        JobsTestData.buy(user, "SOL", "50000000000000000000", "10000000000000000000", "2025-06-02T10:00:00Z");
        long portfolio = JobsTestData.portfolioOf(user);

        JobRuns.Run run = runner.run("value-snapshot", TriggerKind.SCHEDULE, LocalDate.of(2025, 6, 4));

        JobsTestData.assertDone(run, "portfolio " + portfolio);
        assertThat(snapshot(portfolio, "2025-06-03", "cost"), comparesEqualTo(new BigDecimal("5E+38")));
        assertThat(snapshot(portfolio, "2025-06-03", "value"),
                comparesEqualTo(new BigDecimal("50000000000000000000").multiply(close("SOL", "2025-06-03"))));
    }

    private static List<String> days(long portfolio) {
        // Runs of other tests for today's date may add this year's days: the test looks at 2025's.
        return JobsSql.rows("SELECT snapshot_date FROM portfolio_value_snapshot WHERE portfolio_id = ? "
                + "AND snapshot_date < '2026-01-01' ORDER BY snapshot_date", portfolio).stream().map(r -> r[0].toString()).toList();
    }

    private static BigDecimal snapshot(long portfolio, String day, String column) {
        return JobsSql.decimal("SELECT " + column + " FROM portfolio_value_snapshot WHERE portfolio_id = ? "
                + "AND snapshot_date = ?", portfolio, LocalDate.parse(day));
    }

    private static BigDecimal close(String symbol, String day) {
        return JobsSql.decimal("SELECT p.close FROM price_point p JOIN asset a ON a.id = p.asset_id "
                + "WHERE a.symbol = ? AND p.price_date = ?", symbol, LocalDate.parse(day));
    }
}
