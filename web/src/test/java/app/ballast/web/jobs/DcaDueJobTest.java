package app.ballast.web.jobs;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DCA due job on the real database: dates missed during an outage recorded once each, a user whose
 * unit fails halfway rolled back whole and done by the next run, every run recorded.
 */
@QuarkusTest
class DcaDueJobTest {

    @Inject
    JobRunner runner;

    @Inject
    JobRuns runs;

    @Test
    void afterAThreeDayOutageTheMissedDatesAreRecordedOnceAndTodayIsBought() {
        String user = TestUsers.signUp("job-dca-outage");
        long plan = JobsTestData.dailyPlan(user, "SOL", "100");
        // Ballast ran last on 2025-06-05 and was down on the 6th, 7th and 8th.
        JobsTestData.lastRunOn(plan, LocalDate.of(2025, 6, 5));

        JobRuns.Run run = runner.run("dca-due", TriggerKind.STARTUP, LocalDate.of(2025, 6, 9));
        runner.run("dca-due", TriggerKind.SCHEDULE, LocalDate.of(2025, 6, 9));

        JobsTestData.assertDone(run, "user " + TestUsers.id(user));
        assertTrue(run.changes() >= 4, "at least this plan's four executions: " + run);
        assertEquals(List.of("2025-06-06 MISSED", "2025-06-07 MISSED", "2025-06-08 MISSED", "2025-06-09 EXECUTED"),
                executions(plan));
        assertEquals(1, transactions(user), "only the 9th is bought, once");
    }

    @Test
    void aUserWhoseUnitFailsHalfwayKeepsNoPartOfItAndTheNextRunCompletesIt() {
        String failing = TestUsers.signUp("job-dca-fails");
        long sol = JobsTestData.dailyPlan(failing, "SOL", "100");
        long eth = JobsTestData.dailyPlan(failing, "ETH", "50");
        String other = TestUsers.signUp("job-dca-fine");
        long otherPlan = JobsTestData.dailyPlan(other, "SOL", "20");
        LocalDate before = LocalDate.of(2025, 6, 7);
        for (long plan : List.of(sol, eth, otherPlan)) {
            JobsTestData.lastRunOn(plan, before);
        }
        // A real failure in the database, halfway through the user's unit: the SOL plan's rows are
        // written, then the ETH plan's first insert is refused.
        JobsSql.execute("CREATE TRIGGER jobs_test_failure BEFORE INSERT ON dca_execution FOR EACH ROW BEGIN "
                + "IF NEW.plan_id = " + eth + " THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected failure'; "
                + "END IF; END");
        JobRuns.Run failed;
        try {
            failed = runner.run("dca-due", TriggerKind.SCHEDULE, LocalDate.of(2025, 6, 10));
        } finally {
            JobsSql.execute("DROP TRIGGER jobs_test_failure");
        }

        assertEquals(JobOutcome.PARTIAL, failed.outcome(), "the other users' units are done");
        assertTrue(failed.failedUnits() >= 1);
        assertTrue(failed.error().contains("user " + TestUsers.id(failing)) && failed.error().contains("injected failure"),
                failed.error());
        assertEquals(List.of(), executions(sol), "the SOL rows written before the failure are rolled back");
        assertEquals(List.of(), executions(eth));
        assertEquals(0, transactions(failing));
        assertEquals(before, lastRunOn(sol), "the plan is looked at again by the next run");
        assertEquals(List.of("2025-06-08 MISSED", "2025-06-09 MISSED", "2025-06-10 EXECUTED"), executions(otherPlan),
                "the other user's unit is done");
        JobRuns.Run recorded = runs.find(failed.id()).orElseThrow();
        assertEquals(JobOutcome.PARTIAL, recorded.outcome());
        assertEquals(failed.error(), recorded.error());

        JobRuns.Run next = runner.run("dca-due", TriggerKind.SCHEDULE, LocalDate.of(2025, 6, 10));

        JobsTestData.assertDone(next, "user " + TestUsers.id(failing));
        assertEquals(List.of("2025-06-08 MISSED", "2025-06-09 MISSED", "2025-06-10 EXECUTED"), executions(sol));
        assertEquals(List.of("2025-06-08 MISSED", "2025-06-09 MISSED", "2025-06-10 EXECUTED"), executions(eth));
        assertEquals(2, transactions(failing), "one buy per plan, for the 10th");
        assertEquals(List.of("2025-06-08 MISSED", "2025-06-09 MISSED", "2025-06-10 EXECUTED"), executions(otherPlan),
                "nothing twice for the other user");
    }

    @Test
    void everyRunIsRecordedWithItsInstanceTriggerDurationAndCounts() {
        String user = TestUsers.signUp("job-dca-recorded");
        JobsTestData.lastRunOn(JobsTestData.dailyPlan(user, "ETH", "30"), LocalDate.of(2025, 5, 31));
        long before = JobsSql.count("SELECT COUNT(*) FROM job_run WHERE job_id = 'dca-due'");

        JobRuns.Run run = runner.run("dca-due", TriggerKind.MANUAL, LocalDate.of(2025, 6, 1));

        assertEquals(before + 1, JobsSql.count("SELECT COUNT(*) FROM job_run WHERE job_id = 'dca-due'"));
        List<Object[]> row = JobsSql.rows("SELECT trigger_kind, outcome, instance, duration_ms, units, failed_units, "
                + "finished_at FROM job_run WHERE id = ?", run.id());
        assertEquals("MANUAL", row.get(0)[0]);
        assertEquals(run.outcome().name(), row.get(0)[1]);
        JobsTestData.assertDone(run, "user " + TestUsers.id(user));
        assertTrue(!((String) row.get(0)[2]).isBlank(), "the instance that ran it");
        assertTrue(((Number) row.get(0)[3]).longValue() >= 0);
        assertTrue(((Number) row.get(0)[4]).intValue() >= 1, "at least this user");
        assertEquals(run.failedUnits(), ((Number) row.get(0)[5]).intValue());
        assertTrue(row.get(0)[6] != null);
    }

    static List<String> executions(long plan) {
        return JobsSql.rows("SELECT due_date, status FROM dca_execution WHERE plan_id = ? ORDER BY due_date", plan)
                .stream().map(r -> r[0] + " " + r[1]).toList();
    }

    private static long transactions(String user) {
        return JobsSql.count("SELECT COUNT(*) FROM ledger_transaction t JOIN portfolio p ON p.id = t.portfolio_id "
                + "WHERE p.user_id = ?", TestUsers.id(user));
    }

    private static LocalDate lastRunOn(long plan) {
        Object day = JobsSql.rows("SELECT last_run_on FROM dca_plan WHERE id = ?", plan).get(0)[0];
        return day instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) day;
    }
}
