package app.ballast.web.pages;

import app.ballast.domain.scoring.Criterion;
import app.ballast.web.support.AtOnce;
import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The scoring pages' forms: a number too large for any column is refused beside its field before any
 * arithmetic on it, and saves of the same record at the same moment all succeed.
 */
@QuarkusTest
class ScoringPagesTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");
    /** Too large for any column; writing it out would take a billion digits. */
    private static final String HUGE = "1e999999999";
    /** Small enough to compute with: padding it to scale 0 took 53 s when the size was checked after. */
    private static final String SLOW = "1e50000000";
    /** As long as a form field may be (64 KB): reading it digit by digit is what is slow. */
    private static final String LONG = "1" + "0".repeat(60_000);
    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Test
    void aHugeFigureOnTheMarketInputsFormIsRefusedBesideItsFieldAndNothingIsWritten() {
        String user = TestUsers.signUp("page-mi-huge");
        Form form = Form.open(user, "/market-inputs");

        for (String huge : List.of(HUGE, SLOW, LONG)) {
            form.post().formParam("date", TODAY).formParam("symbol", "BTC").formParam("mvrv", huge)
                    .post("/market-inputs")
                    .then().statusCode(400).body(containsString("id=\"mvrv-error\""))
                    .body(not(containsString("id=\"date-error\"")));
        }
        form.post().formParam("date", TODAY).formParam("fearGreed", HUGE).post("/market-inputs")
                .then().statusCode(400).body(containsString("fearGreed is too large"));

        TestUsers.as(user).get("/api/market-inputs").then().body("size()", is(0));
    }

    @Test
    void aCsvFileWithAHugeFigureImportsNothingAndNamesItsLineAndColumn() {
        String user = TestUsers.signUp("page-mi-csv");
        Form form = Form.open(user, "/market-inputs");
        String csv = "date,symbol,mvrv\n2024-05-01,BTC,2\n2024-05-02,BTC," + HUGE + "\n2024-05-03,BTC,1"
                + "0".repeat(200_000) + "\n";

        given().cookie("quarkus-credential", form.session).cookie("csrf-token", form.cookie)
                .multiPart("csrf-token", form.token)
                .multiPart("file", "inputs.csv", csv.getBytes(StandardCharsets.UTF_8), "text/csv")
                .post("/market-inputs/import")
                .then().statusCode(400)
                .body(containsString("line 3: mvrv is too large"))
                .body(containsString("line 4, column mvrv"));

        TestUsers.as(user).get("/api/market-inputs").then().body("size()", is(0));
    }

    @Test
    void hugeNumbersOnTheTokenomicsScoreCardAndProfileFormsAreRefusedBesideTheirFields() {
        String user = TestUsers.signUp("page-huge");
        // A text too long to read is refused as typed; a number read is then refused by the figures' checks.
        Form tokenomics = Form.open(user, "/tokenomics/SOL");
        tokenomics.post().formParam("totalSupply", "1000").formParam("circulatingSupply", "100")
                .formParam("price", LONG).formParam("bucketName", "team").formParam("bucketShare", "0.1")
                .formParam("bucketCliff", HUGE).formParam("bucketVesting", "12")
                .post("/tokenomics/SOL")
                .then().statusCode(400)
                .body(containsString("price must be a number of at most 100 characters, had 60001"))
                .body(containsString("buckets[0].cliffMonths must be a whole number"));
        tokenomics.post().formParam("totalSupply", HUGE).formParam("circulatingSupply", SLOW)
                .formParam("bucketName", "team").formParam("bucketShare", HUGE)
                .formParam("bucketCliff", "0").formParam("bucketVesting", "12")
                .post("/tokenomics/SOL")
                .then().statusCode(400)
                .body(containsString("totalSupply can have at most 20 digits before the decimal point"))
                .body(containsString("circulatingSupply can have at most 20 digits"))
                .body(containsString("buckets[0].share can have at most 20 digits"));
        TestUsers.as(user).get("/api/assets/SOL/tokenomics").then().statusCode(404);

        Form card = Form.open(user, "/scores/SOL");
        scoreCard(card, "team.community", LONG, "risk.market", "1").then().statusCode(400)
                .body(containsString("scores.team.community must be a number of at most 100 characters"));
        scoreCard(card, "risk.market", HUGE, "risk.project", SLOW).then().statusCode(400)
                .body(containsString("scores.risk.market can have at most 20 digits"))
                .body(containsString("scores.risk.project can have at most 20 digits"));
        TestUsers.as(user).get("/api/assets/SOL/evaluations").then().body("size()", is(0));

        Form profiles = Form.open(user, "/scores/profiles");
        profiles.post().formParam("name", "Long").formParam("technology", LONG).formParam("tokenomics", "0.2")
                .formParam("team", "0.2").formParam("market", "0.3").formParam("risk", "0.3")
                .post("/scores/profiles")
                .then().statusCode(400)
                .body(containsString("weights.technology must be a number of at most 100 characters"));
        profiles.post().formParam("name", "Huge").formParam("technology", HUGE).formParam("tokenomics", SLOW)
                .formParam("team", "0.2").formParam("market", "0.3").formParam("risk", "0.3")
                .post("/scores/profiles")
                .then().statusCode(400)
                .body(containsString("weights.technology can have at most 20 digits"))
                .body(containsString("weights.tokenomics can have at most 20 digits"));
        TestUsers.as(user).get("/api/scoring/profiles").then().body("size()", is(1));
    }

    @Test
    void tokenomicsFormsSavedAtTheSameMomentAllSucceedAndLeaveOneWholeSetOfBuckets() {
        for (int round = 0; round < 5; round++) {
            String user = TestUsers.signUp("page-tok-race");
            Form form = Form.open(user, "/tokenomics/AVAX");

            List<Response> answers = AtOnce.run(4, i -> form.post().redirects().follow(false)
                    .formParam("totalSupply", "1000000").formParam("circulatingSupply", "400000")
                    .formParam("bucketName", "team" + i, "fund" + i).formParam("bucketShare", "0.1", "0.2")
                    .formParam("bucketCliff", "0", "6").formParam("bucketVesting", "12", "24")
                    .post("/tokenomics/AVAX"));

            List<String> statuses = new ArrayList<>();
            answers.forEach(r -> statuses.add(r.statusCode() + (r.statusCode() == 303 ? "" : " " + r.asString())));
            assertEquals(List.of("303", "303", "303", "303"), statuses);
            List<String> names = TestUsers.as(user).get("/api/assets/AVAX/tokenomics").then().statusCode(200)
                    .extract().path("buckets.name");
            assertEquals(2, names.size(), names.toString());
            assertEquals("fund" + names.get(0).substring("team".length()), names.get(1), "both from the same save");
        }
    }

    /** Posts a score card of 1 point on every criterion but the two named. */
    private static Response scoreCard(Form card, String path, String points, String otherPath, String otherPoints) {
        RequestSpecification form = card.post().formParam("date", TODAY).formParam("profile", "Default");
        for (Criterion criterion : Criterion.values()) {
            String given = criterion.path().equals(path) ? points
                    : criterion.path().equals(otherPath) ? otherPoints : "1";
            form.formParam("criterion", criterion.path()).formParam("score", given);
        }
        return form.post("/scores/SOL");
    }

    /** A page opened by a signed-in user: its session and CSRF token, for posting its forms. */
    private record Form(String session, String cookie, String token) {

        static Form open(String user, String path) {
            String session = PageFormsTest.signIn(user);
            Response page = given().cookie("quarkus-credential", session).get(path);
            assertEquals(200, page.statusCode(), path);
            Matcher m = CSRF_FIELD.matcher(page.asString());
            if (!m.find()) {
                throw new AssertionError("no CSRF field on " + path);
            }
            return new Form(session, page.getCookie("csrf-token"), m.group(1));
        }

        RequestSpecification post() {
            return given().cookie("quarkus-credential", session).cookie("csrf-token", cookie)
                    .formParam("csrf-token", token);
        }
    }
}
