package app.ballast.web.jobs;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The daily warning job: a warning that appears is notified once, however often the job runs that day and the next. */
@QuarkusTest
class WarningsJobTest {

    @Inject
    JobRunner runner;

    @Test
    void aStaleScoreIsNotifiedOnceByTheDailyRuns() {
        String user = TestUsers.signUp("job-warnings");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Scored ten days ago, then a hack: the score is due for review (STALE_SCORE on SOL).
        Map<String, Object> evaluation = new LinkedHashMap<>();
        evaluation.put("date", today.minusDays(10).toString());
        evaluation.put("scores", Map.of(
                "technology", Map.of("architecture", 3, "innovation", 4, "security", 3, "scalability", 3, "ecosystem", 4),
                "tokenomics", Map.of("allocation", 3, "unlockSchedule", 3, "valueCapture", 2, "inflation", 2),
                "team", Map.of("background", 4, "transparency", 3, "community", 3),
                "market", Map.of("performance", 3, "liquidity", 4, "distribution", 3),
                "risk", Map.of("regulatory", 3, "technical", 3, "market", 2, "project", 2)));
        as(user).body(evaluation).post("/api/assets/SOL/evaluations").then().statusCode(201);
        as(user).body(Map.of("date", today.minusDays(5).toString(), "kind", "HACK", "note", "Bridge exploit"))
                .post("/api/assets/SOL/events").then().statusCode(201);

        JobRuns.Run first = runner.run("warnings", TriggerKind.SCHEDULE, today);
        runner.run("warnings", TriggerKind.MANUAL, today);
        runner.run("warnings", TriggerKind.SCHEDULE, today.plusDays(1));

        assertEquals(JobOutcome.OK, first.outcome(), first.error());
        assertEquals(List.of("warning:STALE_SCORE:SOL:" + today), JobsSql.rows("SELECT event_key FROM notification "
                        + "WHERE user_id = ? AND event_key LIKE 'warning:STALE_SCORE:%' ORDER BY id", TestUsers.id(user))
                .stream().map(r -> (String) r[0]).toList());
    }
}
