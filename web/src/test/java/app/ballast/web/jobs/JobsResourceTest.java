package app.ballast.web.jobs;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /api/jobs and POST /api/jobs/{id}/run: the shape of the list, and only the admin runs a job. */
@QuarkusTest
class JobsResourceTest {

    static final Set<String> FIELDS = Set.of("id", "schedule", "lastRun", "lastDurationMs", "lastOutcome", "nextRun");

    @Test
    void theListHasEveryJobWithExactlyTheDocumentedFields() {
        List<Map<String, Object>> jobs = TestUsers.as(TestUsers.signUp("jobs-list")).get("/api/jobs")
                .then().statusCode(200).extract().jsonPath().getList("$");

        assertTrue(jobs.stream().map(j -> j.get("id")).toList()
                .containsAll(List.of("dca-due", "quarterly-rebalance", "value-snapshot")), jobs.toString());
        jobs.forEach(job -> assertEquals(FIELDS, job.keySet(), job.toString()));
        Map<String, Object> dca = jobs.stream().filter(j -> j.get("id").equals("dca-due")).findFirst().orElseThrow();
        assertEquals("0 5 0 * * ?", dca.get("schedule"));
        assertEquals(null, dca.get("nextRun"), "the tests run with ballast.jobs.enabled=false: nothing scheduled");
    }

    @Test
    void aUserWhoIsNotTheAdminCannotRunAJob() {
        String user = TestUsers.signUp("jobs-not-admin");

        TestUsers.as(user).post("/api/jobs/dca-due/run").then().statusCode(403);
        TestUsers.as(user).post("/api/jobs/no-such-job/run").then().statusCode(403);
    }

    @Test
    void anUnknownJobIsNotFound() {
        admin().post("/api/jobs/no-such-job/run").then().statusCode(404);
    }

    @Test
    void theAdminsRunGoesThroughQuartzAndIsRecordedWithItsOutcome() throws InterruptedException {
        long before = JobsSql.count("SELECT COALESCE(MAX(id), 0) FROM job_run");

        Response accepted = admin().post("/api/jobs/value-snapshot/run");

        assertEquals(202, accepted.statusCode(), accepted.asString());
        assertEquals(FIELDS, accepted.jsonPath().getMap("$").keySet());
        assertEquals("value-snapshot", accepted.jsonPath().getString("id"));
        // Quartz runs it on one of its threads: wait for the record (not for a time).
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (finishedManualRunsAfter(before).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        List<Object> outcomes = finishedManualRunsAfter(before);
        assertEquals(1, outcomes.size(), "the run, recorded: " + outcomes);
        // OK unless another test left a portfolio no snapshot column holds: the run still ends, and says so.
        assertTrue(List.of("OK", "PARTIAL").contains(outcomes.get(0)), outcomes.toString());
        Map<String, Object> job = admin().get("/api/jobs").then().statusCode(200).extract().jsonPath()
                .<Map<String, Object>>getList("$").stream().filter(j -> j.get("id").equals("value-snapshot"))
                .findFirst().orElseThrow();
        assertEquals(outcomes.get(0), job.get("lastOutcome"), job.toString());
        assertTrue(job.get("lastRun") != null && job.get("lastDurationMs") != null, job.toString());
    }

    private static List<Object> finishedManualRunsAfter(long runId) {
        return JobsSql.rows("SELECT outcome FROM job_run WHERE job_id = 'value-snapshot' AND id > ? "
                + "AND trigger_kind = 'MANUAL' AND finished_at IS NOT NULL", runId).stream().map(r -> r[0]).toList();
    }

    /** The demo user: the installation's first user, so its admin. */
    static io.restassured.specification.RequestSpecification admin() {
        return given().auth().preemptive().basic("demo", "demo").contentType(ContentType.JSON);
    }
}
