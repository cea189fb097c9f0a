package app.ballast.web.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The demo investor in a real headless Chromium: signs in, reads every page, records a buy. */
@QuarkusTest
class DemoInvestorBrowserTest extends BrowserTest {

    @Test
    void demoSignsInAddsABuyAndSeesTheHoldingGrowOnTheDashboard() {
        signInAsDemo();
        WebDriver page = browser.driver();
        BigDecimal before = heldOnDashboard("LINK");

        page.findElement(By.linkText("Transactions")).click();
        page.findElement(By.cssSelector("[data-testid=add-transaction]")).click();
        new Select(page.findElement(By.id("type"))).selectByValue("BUY");
        new Select(page.findElement(By.id("symbol"))).selectByValue("LINK");
        type("account", "Binance");
        type("quantity", "12.5");
        type("price", "13.97");
        type("fee", "0.17");
        page.findElement(By.id("note")).sendKeys("Browser test: adding to LINK");
        page.findElement(By.cssSelector("[data-testid=transaction-form] button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.urlMatches(".*/transactions$"));
        assertTrue(page.getPageSource().contains("Browser test: adding to LINK"), "the new buy is listed");

        assertEquals(0, before.add(new BigDecimal("12.5")).compareTo(heldOnDashboard("LINK")),
                "LINK quantity on the dashboard grew by 12.5 from " + before);
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    @Test
    void aRefusedBuyShowsTheErrorNextToTheFieldAndSavesNothing() {
        signInAsDemo();
        WebDriver page = browser.driver();
        page.get(url("transactions/new"));
        new Select(page.findElement(By.id("symbol"))).selectByValue("BTC");
        type("account", "Binance");
        type("quantity", "-1");
        type("price", "60000");
        page.findElement(By.cssSelector("[data-testid=transaction-form] button[type=submit]")).click();

        WebElement error = browser.waiting().until(
                ExpectedConditions.visibilityOfElementLocated(By.id("quantity-error")));
        assertTrue(error.getText().contains("quantity must be greater than 0"), error.getText());
        assertEquals("true", page.findElement(By.id("quantity")).getAttribute("aria-invalid"));
        assertEquals("-1", page.findElement(By.id("quantity")).getAttribute("value"), "the form keeps what was typed");
    }

    @Test
    void everyPageOpensWithoutBrowserErrors() {
        WebDriver page = browser.driver();
        page.get(url("signup"));
        assertEquals("Create an account", page.findElement(By.tagName("h1")).getText());
        signInAsDemo();
        List<String[]> pages = List.of(
                new String[] {"", "Dashboard"},
                new String[] {"holdings", "Holdings"},
                new String[] {"transactions", "Transactions"},
                new String[] {"transactions/new", "Add a transaction"},
                new String[] {"accounts", "Accounts"},
                new String[] {"assets", "Assets"});
        for (String[] p : pages) {
            page.get(url(p[0]));
            assertEquals(p[1], page.findElement(By.tagName("h1")).getText(), "heading of /" + p[0]);
            browser.screenshot("page-" + (p[0].isEmpty() ? "dashboard" : p[0].replace('/', '-')));
        }
        page.get(url("transactions"));
        page.findElement(By.linkText("Older →")).click();
        String pager = page.findElement(By.cssSelector(".pager")).getText().replaceAll("\\s+", " ");
        assertTrue(pager.startsWith("← Newer Page 2 of "), pager);
        assertEquals(100, page.findElements(By.cssSelector("[data-testid=transactions] tbody tr")).size(),
                "a page holds 100 transactions");
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

}
