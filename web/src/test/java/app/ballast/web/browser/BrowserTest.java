package app.ballast.web.browser;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every browser test needs: a fresh headless Chromium per test in the test class's {@link #language()}
 * (a screenshot when it fails), the app's URL, the texts of that language ({@link Texts}), signing in through
 * the form, and the steps several tests share. Elements are found by id, name and data-testid (and the routes
 * in form actions and links), never by styling, so a restyled page keeps its tests.
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
        type("j_username", username);
        type("j_password", password);
        page.findElement(By.cssSelector("form[action='/j_security_check'] button[type=submit]")).click();
        waitForHeading(texts.get("nav_dashboard"));
    }

    /** Signs in a user of {@link TestUsers} (their password). */
    void signIn(String username) {
        signIn(username, TestUsers.PASSWORD);
    }

    void signInAsDemo() {
        signIn("demo", "demo");
    }

    // ---- finding and filling

    String url(String path) {
        return base.toString().replaceAll("/$", "") + "/" + path;
    }

    static By testId(String testId) {
        return By.cssSelector("[data-testid='" + testId + "']");
    }

    /** The text of the element with this data-testid. */
    String text(String testId) {
        return browser.text(testId(testId));
    }

    String heading() {
        return browser.text(By.tagName("h1"));
    }

    void waitForHeading(String text) {
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), text));
    }

    void type(String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    void select(String id, String value) {
        new Select(browser.driver().findElement(By.id(id))).selectByValue(value);
    }

    /** A date input takes what its locale shows, so set its value directly. */
    void setDate(String id, String isoDate) {
        ((JavascriptExecutor) browser.driver())
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, isoDate);
    }

    /** Clicks the submit button of the form with this data-testid. */
    void submit(String formTestId) {
        browser.driver().findElement(By.cssSelector("[data-testid='" + formTestId + "'] button[type=submit]")).click();
    }

    /** Opens the folded {@code <details>} the form with this data-testid is in (if it is), by clicking its summary. */
    void unfold(String formTestId) {
        List<WebElement> details = browser.driver().findElement(testId(formTestId))
                .findElements(By.xpath("ancestor::details[1]"));
        if (!details.isEmpty() && details.get(0).getAttribute("open") == null) {
            details.get(0).findElement(By.tagName("summary")).click();
        }
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(testId(formTestId)));
    }

    /** Waits until the element with this data-testid shows {@code text}, and returns it. */
    WebElement waitForText(String testId, String text) {
        browser.waiting().until(ExpectedConditions.textToBe(testId(testId), text));
        return browser.driver().findElement(testId(testId));
    }

    // ---- reading

    /** The quantity of {@code symbol} in the dashboard's positions (0 when it is not held), opening the dashboard. */
    BigDecimal heldOnDashboard(String symbol) {
        browser.driver().get(url(""));
        waitForHeading(texts.get("nav_dashboard"));
        List<WebElement> cells = browser.driver().findElements(testId("qty-" + symbol));
        return cells.isEmpty() ? BigDecimal.ZERO : number(cells.get(0).getText());
    }

    /** Whether Chart.js drew a chart on the canvas with this id (waiting for it). */
    boolean chartDrawn(String canvasId) {
        return browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var c = document.getElementById(arguments[0]);"
                        + "return !!(c && window.Chart && Chart.getChart(c) && c.width > 0);", canvasId));
    }

    /** Fills the score card on the page with {@link #SEED_SCORES}. */
    void fillSeedScores() {
        for (Map.Entry<String, String> score : SEED_SCORES.entrySet()) {
            type(score.getKey(), score.getValue());
        }
    }

    void assertNoConsoleErrors() {
        List<String> severe = browser.severeConsoleMessages();
        assertTrue(severe.isEmpty(), () -> "console: " + severe);
    }

    /**
     * A number as a page shows it, whatever the locale's decoration: "$1,234.50", "-$3.00", "12.5 BTC", "US$1,234.50"
     * → 1234.50, -3.00, 12.5, 1234.50.
     */
    static BigDecimal number(String text) {
        String digits = text.replaceAll("[^0-9.\\-]", "");
        if (digits.isEmpty() || digits.equals("-")) {
            throw new AssertionError("no number in \"" + text + "\"");
        }
        return new BigDecimal(digits);
    }
}
