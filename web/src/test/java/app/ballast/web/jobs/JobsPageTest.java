package app.ballast.web.jobs;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jobs page: everyone signed in sees the jobs; only the admin gets (and may use) "Run now". */
@QuarkusTest
class JobsPageTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void aUserSeesEveryJobWithItsScheduleButNoRunButton() {
        String session = signIn(TestUsers.signUp("jobs-page"), TestUsers.PASSWORD);

        String html = given().cookie("quarkus-credential", session).get("/jobs").then().statusCode(200)
                .extract().asString();

        assertTrue(html.contains("data-job=\"dca-due\"") && html.contains("data-job=\"quarterly-rebalance\"")
                && html.contains("data-job=\"value-snapshot\""), html);
        assertTrue(html.contains("cron 0 10 0 1 1,4,7,10 ? (UTC)"), html);
        assertFalse(html.contains("Run now"), "no run button for a user who is not the admin");
    }

    @Test
    void aRunInProgressShowsAsRunningWithoutADuration() {
        // An open run, as an instance leaves it while it works (or when it died; the next run closes it).
        JobsSql.execute("INSERT INTO job_run (job_id, instance, trigger_kind, started_at) "
                + "VALUES ('warnings', 'node-x', 'SCHEDULE', UTC_TIMESTAMP(6))");
        String session = signIn(TestUsers.signUp("jobs-page-running"), TestUsers.PASSWORD);

        String html = given().cookie("quarkus-credential", session).get("/jobs").then().statusCode(200)
                .extract().asString();

        assertTrue(html.contains("data-testid=\"outcome-warnings\"><strong>RUNNING</strong>"), html);
        assertTrue(html.contains("data-job=\"warnings\" data-trigger=\"SCHEDULE\" data-outcome=\"RUNNING\""), html);
    }

    @Test
    void aUserWhoIsNotTheAdminIsRefusedARunEvenWithAValidForm() {
        String session = signIn(TestUsers.signUp("jobs-page-post"), TestUsers.PASSWORD);
        Response page = given().cookie("quarkus-credential", session).get("/jobs");

        form(session, page).post("/jobs/dca-due/run").then().statusCode(403);
    }

    @Test
    void theAdminRunsAJobFromThePage() throws InterruptedException {
        long before = JobsSql.count("SELECT COALESCE(MAX(id), 0) FROM job_run");
        String session = signIn("demo", "demo");
        Response page = given().cookie("quarkus-credential", session).get("/jobs");
        assertTrue(page.asString().contains("data-testid=\"run-value-snapshot\""), page.asString());

        Response run = form(session, page).post("/jobs/value-snapshot/run");

        assertEquals(303, run.statusCode(), run.asString());
        assertTrue(run.getHeader("Location").endsWith("/jobs?queued=value-snapshot"), run.getHeader("Location"));
        String after = given().cookie("quarkus-credential", session).get("/jobs?queued=value-snapshot").asString();
        assertTrue(after.contains("Run of value-snapshot asked for"), after);
        // Quartz runs it on one of its threads: wait for it to end, so that it is not counted by the next test
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(120);
        while (JobsSql.count("SELECT COUNT(*) FROM job_run WHERE job_id = 'value-snapshot' AND id > " + before
                + " AND trigger_kind = 'MANUAL' AND finished_at IS NOT NULL") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(1, JobsSql.count("SELECT COUNT(*) FROM job_run WHERE job_id = 'value-snapshot' AND id > " + before
                + " AND trigger_kind = 'MANUAL' AND finished_at IS NOT NULL"), "the run asked for, recorded once");
    }

    private static String signIn(String username, String password) {
        Response response = given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", password)
                .post("/j_security_check");
        assertEquals(302, response.statusCode());
        return response.getCookie("quarkus-credential");
    }

    private static io.restassured.specification.RequestSpecification form(String session, Response page) {
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertTrue(token.find(), "a CSRF field in the page");
        return given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .redirects().follow(false).formParam("csrf-token", token.group(1));
    }
}
