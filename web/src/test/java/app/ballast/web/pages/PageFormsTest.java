package app.ballast.web.pages;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Form posts of the pages: CSRF tokens are required, refused forms come back with the error beside the field. */
@QuarkusTest
class PageFormsTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void formPostWithoutCsrfTokenIsRefusedAndWritesNothing() {
        String user = TestUsers.signUp("csrf");
        String session = signIn(user);
        given().cookie("quarkus-credential", session).redirects().follow(false)
                .formParam("name", "Kraken").formParam("kind", "EXCHANGE")
                .post("/accounts")
                .then().statusCode(400);
        TestUsers.as(user).get("/api/accounts").then().statusCode(200).body("name", not(org.hamcrest.Matchers.hasItem("Kraken")));
    }

    @Test
    void formPostWithCsrfTokenAddsTheAccount() {
        String user = TestUsers.signUp("csrf-ok");
        String session = signIn(user);
        Response page = given().cookie("quarkus-credential", session).get("/accounts");
        String token = csrfField(page.asString());
        given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .redirects().follow(false)
                .formParam("csrf-token", token).formParam("name", "Kraken").formParam("kind", "EXCHANGE")
                .post("/accounts")
                .then().statusCode(303);
        TestUsers.as(user).get("/api/accounts").then().body("name", org.hamcrest.Matchers.hasItem("Kraken"));
    }

    @Test
    void refusedTransactionFormNamesTheFieldAndEscapesWhatWasTyped() {
        String user = TestUsers.signUp("form");
        String session = signIn(user);
        Response page = given().cookie("quarkus-credential", session).get("/transactions/new");
        String token = csrfField(page.asString());
        given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("csrf-token", token)
                .formParam("type", "BUY").formParam("symbol", "BTC")
                .formParam("account", "<script>alert(1)</script>")
                .formParam("quantity", "abc").formParam("price", "100")
                .post("/transactions")
                .then().statusCode(400)
                .body(containsString("quantity must be a number"))
                .body(containsString("&lt;script&gt;alert(1)&lt;/script&gt;"))
                .body(not(containsString("<script>alert(1)</script>")));
        TestUsers.as(user).get("/api/transactions").then().body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void aDecimalCommaIsRefusedRatherThanReadAsThousands() {
        String user = TestUsers.signUp("comma");
        String session = signIn(user);
        Response page = given().cookie("quarkus-credential", session).get("/transactions/new");
        given().cookie("quarkus-credential", session).cookie("csrf-token", page.getCookie("csrf-token"))
                .formParam("csrf-token", csrfField(page.asString()))
                .formParam("type", "BUY").formParam("symbol", "BTC").formParam("account", "Kraken")
                .formParam("quantity", "0,5").formParam("price", "60,000.50").formParam("time", "2024-03-01T10:00:30")
                .post("/transactions")
                .then().statusCode(400).body(containsString("quantity must be a number with a point for decimals"))
                .body(not(containsString("price must be")));
        TestUsers.as(user).get("/api/transactions").then().body("size()", org.hamcrest.Matchers.is(0));
    }

    @Test
    void editingKeepsTheSecondsOfTheTime() {
        String user = TestUsers.signUp("seconds");
        Number id = TestUsers.as(user).body(java.util.Map.of("type", "BUY", "symbol", "BTC", "account", "Kraken",
                        "quantity", 1, "price", 400, "time", "2024-03-01T10:00:30Z"))
                .post("/api/transactions").then().statusCode(201).extract().path("id");
        String session = signIn(user);
        given().cookie("quarkus-credential", session).get("/transactions/" + id + "/edit")
                .then().statusCode(200).body(containsString("value=\"2024-03-01T10:00:30\""));
    }

    @Test
    void signUpPageCreatesAUserWhoCanSignIn() {
        Response page = given().get("/signup");
        String token = csrfField(page.asString());
        String name = "page-user-" + System.nanoTime() % 1_000_000;
        given().cookie("csrf-token", page.getCookie("csrf-token")).redirects().follow(false)
                .formParam("csrf-token", token).formParam("username", name).formParam("password", "short")
                .post("/signup")
                .then().statusCode(400).body(containsString("password must be at least 8 characters"));
        given().cookie("csrf-token", page.getCookie("csrf-token")).redirects().follow(false)
                .formParam("csrf-token", token).formParam("username", name).formParam("password", "long enough")
                .post("/signup")
                .then().statusCode(303).header("Location", endsWith("/login?signedUp=true"));
        given().auth().preemptive().basic(name, "long enough").get("/api/holdings").then().statusCode(200);
    }

    @Test
    void wrongPasswordOnTheSignInFormLeadsBackToItWithAnError() {
        given().redirects().follow(false)
                .formParam("j_username", "demo").formParam("j_password", "wrong")
                .post("/j_security_check")
                .then().statusCode(302).header("Location", containsString("/login?error=true"));
        given().get("/login?error=true").then().statusCode(200).body(containsString("Wrong user name or password"));
    }

    @Test
    void signInFromAnotherSiteIsRefused() {
        given().redirects().follow(false).header("Origin", "https://evil.example")
                .formParam("j_username", "demo").formParam("j_password", "demo")
                .post("/j_security_check")
                .then().statusCode(403)
                .header("Set-Cookie", org.hamcrest.Matchers.anyOf(org.hamcrest.Matchers.nullValue(),
                        not(containsString("quarkus-credential"))));
    }

    static String signIn(String username) {
        Response response = given().redirects().follow(false)
                .formParam("j_username", username).formParam("j_password", TestUsers.PASSWORD)
                .post("/j_security_check");
        assertEquals(302, response.statusCode());
        String cookie = response.getCookie("quarkus-credential");
        if (cookie == null) {
            throw new AssertionError("no sign-in cookie for " + username);
        }
        return cookie;
    }

    static String csrfField(String html) {
        Matcher m = CSRF_FIELD.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field in the page");
        }
        return m.group(1);
    }
}
