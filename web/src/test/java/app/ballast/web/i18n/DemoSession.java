package app.ballast.web.i18n;

import io.restassured.response.Response;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The demo investor's sign-in cookie, and the pages every i18n test opens. */
final class DemoSession {

    /** Every page, signed in: those on main and the new pages of issue 4 (notifications, prices, jobs). */
    static final List<String> PAGES = List.of("/", "/holdings", "/transactions", "/transactions/new", "/accounts",
            "/assets", "/scores", "/scores/ETH", "/scores/profiles", "/tokenomics", "/tokenomics/EIGEN",
            "/warnings", "/market-inputs", "/policy", "/rebalance", "/plans", "/backtest", "/notifications",
            "/prices", "/jobs");

    private DemoSession() {
    }

    static String signIn() {
        Response response = given().redirects().follow(false)
                .formParam("j_username", "demo").formParam("j_password", "demo")
                .post("/j_security_check");
        assertEquals(302, response.statusCode());
        return response.getCookie("quarkus-credential");
    }
}
