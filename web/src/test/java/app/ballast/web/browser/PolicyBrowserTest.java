package app.ballast.web.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo investor's policy pages in a real headless Chromium: stops, a rebalance accepted, every page. */
@QuarkusTest
class PolicyBrowserTest extends BrowserTest {

    @Test
    void aStopOnADemoPositionShowsItsHighWaterMarkAndStopPrice() {
        signInAsDemo();
        WebDriver page = browser.driver();
        page.get(url("plans"));
        browser.unfold("stop-form");
        browser.select("stop-symbol", "DOT");
        type("stop-trail", "0.25");
        browser.setDate("stop-armedOn", "2025-05-01");
        page.findElement(By.cssSelector("[data-testid=stop-form] button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=plans-notice]"), "Stop set."));
        WebElement row = page.findElement(By.cssSelector("[data-testid=stops] tr[data-symbol=DOT]"));
        String id = row.getAttribute("data-stop");
        BigDecimal mark = Browser.number(browser.testText("mark-" + id));
        BigDecimal stop = Browser.number(browser.testText("stop-price-" + id));
        assertTrue(mark.signum() > 0, "a high-water mark: " + row.getText());
        // Shown to the cent: 75% of the mark, give or take the rounding of both.
        assertTrue(stop.subtract(mark.multiply(new BigDecimal("0.75"))).abs().compareTo(new BigDecimal("0.01")) <= 0,
                "stop " + stop + " is 75% of the mark " + mark);
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    @Test
    void acceptingARebalanceSuggestionChangesTheHoldings() {
        signInAsDemo();
        WebDriver page = browser.driver();
        page.get(url("rebalance"));
        page.findElement(By.cssSelector("[data-testid=suggest-form] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.urlContains("#suggestion-"));
        String id = page.getCurrentUrl().replaceAll(".*#suggestion-", "");
        WebElement suggestion = page.findElement(By.id("suggestion-" + id));
        List<WebElement> trades = suggestion.findElements(By.cssSelector("tbody tr[data-symbol]"));
        assertFalse(trades.isEmpty(), "the demo portfolio is off its targets: " + suggestion.getText());
        WebElement first = trades.get(0);
        String symbol = first.getAttribute("data-symbol");
        String side = first.findElements(By.tagName("td")).get(0).getText();
        BigDecimal quantity = Browser.number(first.findElements(By.tagName("td")).get(1).getText());
        BigDecimal before = heldOnDashboard(symbol);

        page.get(url("rebalance") + "#suggestion-" + id);
        page.findElement(By.cssSelector("#suggestion-" + id + " [data-testid=accept]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=rebalance-notice]"), "Accepted"));

        BigDecimal after = heldOnDashboard(symbol);
        BigDecimal expected = side.equals("sell") ? before.subtract(quantity) : before.add(quantity);
        assertEquals(0, expected.compareTo(after), symbol + " " + side + " " + quantity + ": " + before + " → " + after);
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    @Test
    void aRefusedPolicyShowsTheErrorBesideTheFieldAndAGoodOneIsSaved() {
        signInAsDemo();
        WebDriver page = browser.driver();
        page.get(url("policy"));
        type("coreMin", "0.9");
        page.findElement(By.cssSelector("[data-testid=policy-form] button[type=submit]")).click();
        WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("coreMin-error")));
        assertTrue(error.getText().contains("0.9"), error.getText());
        assertEquals("true", page.findElement(By.id("coreMin")).getAttribute("aria-invalid"));

        type("coreMin", "0.60");
        type("minTrade", "10");
        page.findElement(By.cssSelector("[data-testid=policy-form] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=policy-saved]")));
    }

    @Test
    void everyPolicyPageOpensWithoutBrowserErrors() {
        signInAsDemo();
        WebDriver page = browser.driver();
        List<String[]> pages = List.of(
                new String[] {"", "Dashboard"},
                new String[] {"policy", "Policy"},
                new String[] {"rebalance", "Rebalance"},
                new String[] {"plans", "Plans"},
                new String[] {"backtest", "Backtest"});
        for (String[] p : pages) {
            page.get(url(p[0]));
            assertEquals(p[1], page.findElement(By.tagName("h1")).getText(), "heading of /" + p[0]);
            browser.screenshot("policy-page-" + (p[0].isEmpty() ? "dashboard" : p[0]));
        }
        page.get(url(""));
        assertFalse(page.findElements(By.cssSelector("[data-testid=policy-status]")).isEmpty(),
                "the dashboard shows the policy status");
        page.get(url("plans"));
        assertFalse(page.findElements(By.cssSelector("[data-testid=dca-plans] tr[data-plan]")).isEmpty(),
                "the demo's DCA plans are listed");
        assertFalse(page.findElements(By.cssSelector("[data-testid=ladders] tr[data-symbol=LINK]")).isEmpty(),
                "the demo's LINK ladder is listed");

        page.get(url("backtest"));
        page.findElement(By.cssSelector("[data-testid=backtest-form] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=final-value]")));
        assertTrue(Browser.number(browser.testText("final-value")).signum() > 0);
        assertFalse(page.findElements(By.cssSelector("#backtest-chart")).isEmpty());
        browser.screenshot("policy-page-backtest-result");
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }
}
