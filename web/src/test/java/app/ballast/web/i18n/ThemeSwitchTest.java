package app.ballast.web.i18n;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The theme switch (docs/design.md): a CSRF-checked form post that sets a cookie the layouts turn into data-theme. */
@QuarkusTest
class ThemeSwitchTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @Test
    void theChoiceIsRememberedInACookieAndWrittenIntoTheHtmlElement() {
        Response login = given().get("/login");
        assertTrue(login.asString().contains("data-theme=\"system\""), "system by default");
        Response switched = post(login, "dark", "/login?error=true");
        assertEquals(303, switched.statusCode());
        assertTrue(switched.header("Location").endsWith("/login?error=true"), switched.header("Location"));
        assertEquals("dark", switched.getCookie(Themes.COOKIE));
        given().cookie(Themes.COOKIE, "dark").get("/login").then()
                .body(containsString("data-theme=\"dark\""), containsString("value=\"dark\" class=\"link\" data-testid=\"theme-dark\" aria-pressed=\"true\""));
        given().cookie(Themes.COOKIE, "dark").cookie("quarkus-credential", DemoSession.signIn()).get("/holdings").then()
                .statusCode(200).body(containsString("data-theme=\"dark\""));
        given().cookie(Themes.COOKIE, "<script>").get("/login").then().body(containsString("data-theme=\"system\""));
    }

    @Test
    void anUnknownThemeOrAForeignReturnAddressIsRefused() {
        Response login = given().get("/login");
        Response bad = post(login, "purple", "/");
        assertEquals(400, bad.statusCode());
        assertNull(bad.getCookie(Themes.COOKIE));
        Response foreign = post(given().get("/login"), "light", "//evil.example/");
        assertEquals(303, foreign.statusCode());
        assertTrue(foreign.header("Location").matches("https?://[^/]+/"), foreign.header("Location"));
    }

    @Test
    void theSwitchRefusesAPostWithoutItsCsrfToken() {
        Response refused = given().redirects().follow(false).formParam("theme", "dark").formParam("back", "/").post("/theme");
        assertEquals(400, refused.statusCode());
        assertNull(refused.getCookie(Themes.COOKIE));
    }

    private static Response post(Response page, String theme, String back) {
        Matcher token = CSRF_FIELD.matcher(page.asString());
        assertTrue(token.find(), "no CSRF field");
        return given().cookie("csrf-token", page.getCookie("csrf-token")).redirects().follow(false)
                .formParam("csrf-token", token.group(1)).formParam("theme", theme).formParam("back", back)
                .post("/theme");
    }
}
