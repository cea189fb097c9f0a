package app.ballast.web.jobs;

import app.ballast.web.support.AtOnce;
import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quarterly suggestion: one per portfolio and quarter, however often and from however many threads the job runs. */
@QuarkusTest
class QuarterlyRebalanceJobTest {

    @Inject
    JobRunner runner;

    @Test
    void theQuarterIsNamedAfterTheDayItBeginsOrContains() {
        assertEquals("2026-Q1", QuarterlyRebalanceJob.quarter(LocalDate.of(2026, 1, 1)));
        assertEquals("2026-Q2", QuarterlyRebalanceJob.quarter(LocalDate.of(2026, 4, 1)));
        assertEquals("2026-Q2", QuarterlyRebalanceJob.quarter(LocalDate.of(2026, 6, 30)));
        assertEquals("2026-Q3", QuarterlyRebalanceJob.quarter(LocalDate.of(2026, 7, 1)));
        assertEquals("2026-Q4", QuarterlyRebalanceJob.quarter(LocalDate.of(2026, 12, 31)));
    }

    @Test
    void eachPortfolioGetsOneSuggestionPerQuarterWhenTheJobRunsTwiceAndFromTwoThreads() {
        String user = TestUsers.signUp("job-quarterly");
        JobsTestData.buy(user, "SOL", "100", "150", "2025-01-02T00:00:00Z");
        LocalDate firstOfQuarter = LocalDate.of(2019, 4, 1);

        List<JobRuns.Run> together = AtOnce.run(2, i -> runner.run("quarterly-rebalance", TriggerKind.SCHEDULE,
                firstOfQuarter));
        JobRuns.Run again = runner.run("quarterly-rebalance", TriggerKind.MANUAL, firstOfQuarter.plusDays(20));

        String unit = "user " + TestUsers.id(user);
        together.forEach(run -> JobsTestData.assertDone(run, unit));
        JobsTestData.assertDone(again, unit);
        assertEquals(0, again.changes(), "the third run adds nothing");
        assertEquals(List.of("QUARTERLY OPEN"), JobsSql.rows("SELECT kind, status FROM rebalance_suggestion "
                        + "WHERE portfolio_id = ? AND quarter = '2019-Q2'", JobsTestData.portfolioOf(user)).stream()
                .map(r -> r[0] + " " + r[1]).toList());
        assertEquals(0, JobsSql.count("SELECT COUNT(*) FROM (SELECT portfolio_id FROM rebalance_suggestion "
                + "WHERE quarter = '2019-Q2' GROUP BY portfolio_id HAVING COUNT(*) > 1) twice"), "no portfolio twice");
        int made = together.get(0).changes() + together.get(1).changes();
        assertEquals(JobsSql.count("SELECT COUNT(*) FROM rebalance_suggestion WHERE quarter = '2019-Q2'"), made,
                "what the runs say they made is what is stored");
    }

    @Test
    void aManualRunMakesTheCurrentQuartersSuggestionWhereItIsMissing() {
        String user = TestUsers.signUp("job-quarterly-late");
        JobsTestData.buy(user, "ETH", "2", "3000", "2025-01-02T00:00:00Z");

        JobRuns.Run run = runner.run("quarterly-rebalance", TriggerKind.MANUAL, LocalDate.of(2019, 8, 17));

        JobsTestData.assertDone(run, "user " + TestUsers.id(user));
        assertEquals(1, JobsSql.count("SELECT COUNT(*) FROM rebalance_suggestion WHERE portfolio_id = ? "
                + "AND quarter = '2019-Q3' AND kind = 'QUARTERLY'", JobsTestData.portfolioOf(user)));
        assertTrue(run.units() >= 1);
    }
}
