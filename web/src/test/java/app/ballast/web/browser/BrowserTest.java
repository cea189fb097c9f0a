package app.ballast.web.browser;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;


/**
 * What every browser test needs: a fresh headless Chromium per test in the test class's {@link #language()}
 * (a screenshot when it fails), the app's URL, the texts of that language ({@link Texts}), signing in through
 * the form and the steps that need the app (more steps are on {@link Browser}, where a test's own private helper
 * of the same name cannot clash with them). Elements are found by id, name and data-testid (and the routes in
 * form actions and links), never by styling, so a restyled page keeps its tests.
 */
@ExtendWith(Browser.ScreenshotOnFailure.class)
abstract class BrowserTest {

    /** The seed's worked example of a score card, by input id: 7.585…, shown as 7.59, a buy. */
    static final Map<String, String> SEED_SCORES = Map.ofEntries(
            Map.entry("score-technology-architecture", "2.5"), Map.entry("score-technology-innovation", "3"),
            Map.entry("score-technology-security", "2.5"), Map.entry("score-technology-scalability", "2"),
            Map.entry("score-technology-ecosystem", "3.5"), Map.entry("score-tokenomics-allocation", "2"),
            Map.entry("score-tokenomics-unlockSchedule", "2.5"), Map.entry("score-tokenomics-valueCapture", "1.5"),
            Map.entry("score-tokenomics-inflation", "1"), Map.entry("score-team-background", "3.5"),
            Map.entry("score-team-transparency", "2.5"), Map.entry("score-team-community", "2"),
            Map.entry("score-market-performance", "2"), Map.entry("score-market-liquidity", "3"),
            Map.entry("score-market-distribution", "2.5"), Map.entry("score-risk-regulatory", "2"),
            Map.entry("score-risk-technical", "2.5"), Map.entry("score-risk-market", "1.5"),
            Map.entry("score-risk-project", "1.5"));

    @TestHTTPResource("/")
    URL base;

    Browser browser;

    /** The texts of the browser's language, from the message bundles. */
    Texts texts;

    /** The browser's language (Chromium's --lang and Accept-Language): "en-US" unless the class says otherwise. */
    String language() {
        return "en-US";
    }

    @BeforeEach
    void openBrowser() {
        texts = Texts.of(language());
        browser = Browser.start(language());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    // ---- signing in

    /** Signs in through the sign-in form and waits for the dashboard's heading in the browser's language. */
    void signIn(String username, String password) {
        WebDriver page = browser.driver();
        page.get(url("login"));
        browser.type("j_username", username);
        browser.type("j_password", password);
        page.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
        browser.awaitHeading(texts.get("nav_dashboard"));
    }

    /** Signs in a user of {@link TestUsers} (their password). */
    void signIn(String username) {
        signIn(username, TestUsers.PASSWORD);
    }

    void signInAsDemo() {
        signIn("demo", "demo");
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + "/" + path;
    }

    void type(String id, String value) {
        browser.type(id, value);
    }

    // ---- reading

    /** The quantity of {@code symbol} in the dashboard's positions (0 when it is not held), opening the dashboard. */
    BigDecimal heldOnDashboard(String symbol) {
        browser.driver().get(url(""));
        browser.awaitHeading(texts.get("nav_dashboard"));
        List<WebElement> cells = browser.driver().findElements(Browser.testId("qty-" + symbol));
        return cells.isEmpty() ? BigDecimal.ZERO : Browser.number(cells.get(0).getText());
    }

    /** Fills the score card on the page with {@link #SEED_SCORES}. */
    void fillSeedScores() {
        for (Map.Entry<String, String> score : SEED_SCORES.entrySet()) {
            browser.type(score.getKey(), score.getValue());
        }
    }
}
