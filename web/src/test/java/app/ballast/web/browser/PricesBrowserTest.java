package app.ballast.web.browser;

import app.ballast.web.market.FeedAsset;
import app.ballast.web.market.MarketTestData;
import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The prices page in a real headless Chromium: latest prices with their age, a price entered, a CSV refused. */
@QuarkusTest
class PricesBrowserTest extends BrowserTest {

    @Test
    void theAdminSeesPricesWithTheirAgeAndEntersAPriceAfterARefusedOne() {
        FeedAsset asset = MarketTestData.asset();
        signInAsDemo();
        WebDriver page = browser.driver();
        page.get(url("prices"));
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Prices"));
        String btc = browser.text(By.cssSelector("[data-testid=latest-prices] tr[data-symbol=BTC]"));
        assertTrue(btc.contains("UTC"), "time and age of BTC: " + btc);

        new Select(page.findElement(By.id("symbol"))).selectByValue(asset.symbol());
        type("price", "0");
        page.findElement(By.cssSelector("[data-testid=price-form] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("price-error")));
        assertTrue(browser.text(By.id("price-error")).contains("above 0"), browser.text(By.id("price-error")));

        new Select(page.findElement(By.id("symbol"))).selectByValue(asset.symbol());
        type("price", "42.5");
        page.findElement(By.cssSelector("[data-testid=price-form] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=prices-notice]"), "was saved"));
        String row = browser.text(By.cssSelector("[data-testid=latest-prices] tr[data-symbol=" + asset.symbol() + "]"));
        assertTrue(row.contains("42.5") && row.contains("manual"), row);
        // The refused form answered 400 (the browser logs that); nothing else may be in the console.
        java.util.List<String> console = browser.severeConsoleMessages();
        assertTrue(console.stream().allMatch(m -> m.contains("status of 400")), "console: " + console);
    }

    @Test
    void aCsvWithABadCloseShowsEveryProblemByLineAndImportsNothing() throws IOException {
        FeedAsset asset = MarketTestData.asset();
        Path csv = Files.createTempFile("prices", ".csv");
        Files.writeString(csv, "date,symbol,close\n2024-01-02," + asset.symbol() + ",abc\n2024-01-03,"
                + asset.symbol() + ",5\n");
        try {
            signInAsDemo();
            WebDriver page = browser.driver();
            page.get(url("prices"));
            page.findElement(By.id("file")).sendKeys(csv.toAbsolutePath().toString());
            page.findElement(By.cssSelector("[data-testid=price-import-form] button[type=submit]")).click();

            browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=import-errors]")));
            String errors = browser.text(By.cssSelector("[data-testid=import-errors]"));
            assertTrue(errors.contains("line 2, column close"), errors);
            assertTrue(page.findElements(By.cssSelector("[data-testid=latest-prices] tr[data-symbol=" + asset.symbol()
                    + "]")).isEmpty(), "nothing was imported");
        } finally {
            Files.deleteIfExists(csv);
        }
    }

    @Test
    void anotherUserSeesThePricesButNoFormToChangeThem() {
        String user = TestUsers.signUp("prices-reader");
        signIn(user, TestUsers.PASSWORD);
        WebDriver page = browser.driver();
        page.get(url("prices"));

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=admin-only]")));
        assertTrue(page.findElements(By.cssSelector("[data-testid=price-form]")).isEmpty());
        assertTrue(browser.text(By.cssSelector("[data-testid=latest-prices]")).contains("BTC"));
    }
}
