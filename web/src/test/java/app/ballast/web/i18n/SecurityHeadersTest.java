package app.ballast.web.i18n;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every response carries the security headers: pages, sign-in, API, static files, redirects and errors. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void everySignedInPageAnswersWithTheSecurityHeaders() {
        String session = DemoSession.signIn();
        for (String page : DemoSession.PAGES) {
            Response response = given().cookie("quarkus-credential", session).redirects().follow(false).get(page);
            assertEquals(200, response.statusCode(), page);
            assertSecurityHeaders(page, response);
        }
    }

    @Test
    void publicPagesApiStaticFilesRedirectsAndErrorsCarryThemToo() {
        List<Response> responses = new ArrayList<>();
        List<String> names = List.of("/login", "/signup", "/static/app.css", "/q/health", "/ (signed out: redirect)",
                "/api/holdings", "/api/holdings (no credentials)", "/no-such-page", "POST /j_security_check (wrong)");
        responses.add(given().get("/login"));
        responses.add(given().get("/signup"));
        responses.add(given().get("/static/app.css"));
        responses.add(given().get("/q/health"));
        responses.add(given().redirects().follow(false).get("/"));
        responses.add(given().auth().preemptive().basic("demo", "demo").get("/api/holdings"));
        responses.add(given().get("/api/holdings"));
        responses.add(given().auth().preemptive().basic("demo", "demo").get("/no-such-page"));
        responses.add(given().redirects().follow(false).formParam("j_username", "demo").formParam("j_password", "wrong")
                .post("/j_security_check"));
        for (int i = 0; i < responses.size(); i++) {
            assertSecurityHeaders(names.get(i), responses.get(i));
        }
        assertEquals(401, responses.get(6).statusCode());
    }

    @Test
    void theContentSecurityPolicyAllowsNoInlineScriptOrStyleAndNoFraming() {
        String csp = given().get("/login").header("Content-Security-Policy");
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(csp.contains("style-src 'self'"), csp);
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertFalse(csp.contains("unsafe-inline"), csp);
        assertFalse(csp.contains("unsafe-eval"), csp);
    }

    @Test
    void noPageHasInlineScriptStyleOrEventHandlers() {
        String session = DemoSession.signIn();
        for (String page : DemoSession.PAGES) {
            String html = given().cookie("quarkus-credential", session).get(page).asString();
            assertFalse(html.matches("(?s).*<script(?![^>]*\\bsrc=)[^>]*>.*"), page + " has an inline script");
            assertFalse(html.matches("(?s).*<[a-z][^>]*\\sstyle=.*"), page + " has a style attribute");
            assertFalse(html.matches("(?s).*<style.*"), page + " has a style element");
            assertFalse(html.matches("(?s).*<[a-z][^>]*\\son[a-z]+=.*"), page + " has an on…= handler");
        }
    }

    private static void assertSecurityHeaders(String what, Response response) {
        String csp = response.header("Content-Security-Policy");
        assertTrue(csp != null && csp.contains("default-src 'self'"), what + ": Content-Security-Policy " + csp);
        assertEquals("nosniff", response.header("X-Content-Type-Options"), what);
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"), what);
        assertEquals("DENY", response.header("X-Frame-Options"), what);
    }
}
