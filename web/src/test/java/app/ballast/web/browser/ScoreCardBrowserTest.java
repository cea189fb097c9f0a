package app.ballast.web.browser;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The scoring pages in a real headless Chromium: the score card's live total, saving, history and the other pages. */
@QuarkusTest
class ScoreCardBrowserTest extends BrowserTest {

    @Test
    void aNewInvestorFillsAScoreCardSeesTheLiveTotalSavesItAndFindsItInTheHistory() {
        signIn(TestUsers.signUp("browser-score"));
        WebDriver page = browser.driver();
        page.get(url("scores/ETH"));
        assertEquals("ETH score card", page.findElement(By.tagName("h1")).getText());
        assertTrue(page.findElement(By.cssSelector("[data-testid=no-history]")).isDisplayed());
        assertEquals("—", browser.testText("live-total"), "no total before every criterion is filled in");

        fillSeedScores();

        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-total]"), "7.59"));
        assertEquals("Buy", browser.testText("live-recommendation"));
        assertEquals("7.94", browser.testText("live-technology"), "technology: 13.5 of 17 points");
        assertEquals("7.50", browser.testText("live-risk"));

        // One criterion over its maximum: no total until it is corrected.
        type("score-risk-market", "2.5");
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-total]"), "—"));
        type("score-risk-market", "2");
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-total]"), "7.66"));
        type("score-risk-market", "1.5");
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-total]"), "7.59"));

        page.findElement(By.id("notes")).sendKeys("Browser test: the seed's worked example");
        page.findElement(By.cssSelector("[data-testid=score-form] button[type=submit]")).click();

        WebElement history = browser.waiting().until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=history]")));
        List<WebElement> rows = history.findElements(By.cssSelector("tbody tr"));
        assertEquals(1, rows.size());
        String row = rows.get(0).getText();
        assertTrue(row.contains(LocalDate.now(ZoneOffset.UTC).toString()), row);
        assertTrue(row.contains("7.59") && row.contains("Buy"), row);
        assertTrue(row.contains("Browser test: the seed's worked example"), row);
        assertTrue(browser.chartDrawn("history-chart"), "the history chart is drawn");
        assertEquals("1.5", page.findElement(By.id("score-risk-market")).getAttribute("value"),
                "the next evaluation starts from the saved one");
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
        browser.screenshot("scores-eth-saved");
    }

    @Test
    void aScoreAboveItsMaximumIsRefusedBesideItsFieldAndNothingIsSaved() {
        signIn(TestUsers.signUp("browser-score-bad"));
        WebDriver page = browser.driver();
        page.get(url("scores/SOL"));
        fillSeedScores();
        type("score-risk-market", "2.5");
        page.findElement(By.cssSelector("[data-testid=score-form] button[type=submit]")).click();

        WebElement error = browser.waiting().until(
                ExpectedConditions.visibilityOfElementLocated(By.id("score-risk-market-error")));
        assertTrue(error.getText().contains("scores.risk.market"), error.getText());
        assertEquals("true", page.findElement(By.id("score-risk-market")).getAttribute("aria-invalid"));
        assertEquals("2.5", page.findElement(By.id("score-risk-market")).getAttribute("value"));
        assertTrue(page.findElement(By.cssSelector("[data-testid=no-history]")).isDisplayed(), "nothing was saved");
    }

    @Test
    void anInvestorEntersTokenomicsAndSeesTheOutputsAndTheUnlockTable() {
        signIn(TestUsers.signUp("browser-tokenomics"));
        WebDriver page = browser.driver();
        page.get(url("tokenomics/AVAX"));
        type("price", "0.5");
        type("totalSupply", "1000000000");
        type("circulatingSupply", "300000000");
        List<WebElement> names = page.findElements(By.name("bucketName"));
        List<WebElement> shares = page.findElements(By.name("bucketShare"));
        List<WebElement> cliffs = page.findElements(By.name("bucketCliff"));
        List<WebElement> vestings = page.findElements(By.name("bucketVesting"));
        // The second row is left blank: blank rows are no buckets.
        names.get(0).sendKeys("team");
        shares.get(0).sendKeys("0.15");
        cliffs.get(0).sendKeys("0");
        vestings.get(0).sendKeys("24");
        names.get(2).sendKeys("investors");
        shares.get(2).sendKeys("2");
        cliffs.get(2).sendKeys("6");
        vestings.get(2).sendKeys("12");
        page.findElement(By.cssSelector("[data-testid=tokenomics-form] button[type=submit]")).click();

        // A share of 2 (200%) is refused beside the row it was typed in.
        WebElement alert = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert")));
        assertTrue(alert.getText().contains("Nothing was saved"), alert.getText());
        WebElement share = page.findElements(By.name("bucketShare")).get(2);
        assertEquals("true", share.getAttribute("aria-invalid"));
        browser.severeConsoleMessages(); // the refused form answered 400, which the browser logs
        share.clear();
        share.sendKeys("0.2");
        page.findElement(By.cssSelector("[data-testid=tokenomics-form] button[type=submit]")).click();

        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=unlock-table]")));
        assertEquals("$150.00M", browser.testText("market-cap"));
        assertEquals("$500.00M", browser.testText("fdv"));
        assertEquals("3.33333×", browser.testText("fdv-mc"));
        List<WebElement> months = page.findElements(By.cssSelector("[data-testid=unlock-table] tbody tr"));
        assertEquals(24, months.size(), "the whole schedule: 24 months");
        assertTrue(months.get(6).getText().contains("22,916,667"), months.get(6).getText());
        assertTrue(months.get(6).getText().contains("7.64%"), months.get(6).getText());
        assertTrue(browser.chartDrawn("unlock-chart"), "the unlock chart is drawn");
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    @Test
    void aCsvOfMarketFiguresIsImportedWholeOrNotAtAll() throws IOException {
        signIn(TestUsers.signUp("browser-csv"));
        WebDriver page = browser.driver();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Path bad = Files.createTempFile("market-bad", ".csv");
        Files.writeString(bad, "date,symbol,fearGreed,mvrv\n" + today + ",,95,\n" + today + ",BTC,,lots\n");
        Path good = Files.createTempFile("market-good", ".csv");
        Files.writeString(good, "date,symbol,fearGreed,mvrv\n" + today + ",,95,\n" + today + ",BTC,,3.8\n");
        try {
            page.get(url("market-inputs"));
            page.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
            page.findElement(By.cssSelector("[data-testid=import-form] button[type=submit]")).click();
            WebElement errors = browser.waiting().until(
                    ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[data-testid=import-errors]")));
            assertTrue(errors.getText().contains("line 3, column mvrv"), errors.getText());
            assertTrue(page.findElement(By.cssSelector("[data-testid=no-inputs]")).isDisplayed(), "nothing imported");
            browser.severeConsoleMessages(); // the refused file answered 400, which the browser logs

            page.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
            page.findElement(By.cssSelector("[data-testid=import-form] button[type=submit]")).click();
            assertEquals("2 rows imported.", browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[data-testid=import-notice]"))).getText());
            assertEquals(2, page.findElements(By.cssSelector("[data-testid=market-inputs] tbody tr")).size());

            page.get(url("warnings"));
            String warnings = page.findElement(By.cssSelector("[data-testid=warnings]")).getText();
            assertTrue(warnings.contains("SENTIMENT") && warnings.contains("whole market"), warnings);
            assertTrue(warnings.contains("VALUE_ZONE"), warnings);
            assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
        } finally {
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }

    @Test
    void everyScoringPageOpensWithoutBrowserErrors() {
        signIn("demo", "demo");
        WebDriver page = browser.driver();
        List<String[]> pages = List.of(
                new String[] {"scores", "Score cards"},
                new String[] {"scores/ETH", "ETH score card"},
                new String[] {"scores/LUNA", "LUNA score card"},
                new String[] {"scores/profiles", "Weight profiles"},
                new String[] {"tokenomics", "Tokenomics"},
                new String[] {"tokenomics/EIGEN", "EIGEN tokenomics"},
                new String[] {"tokenomics/CAMP", "CAMP tokenomics"},
                new String[] {"warnings", "Warnings"},
                new String[] {"market-inputs", "Market data"},
                new String[] {"assets", "Assets"});
        for (String[] p : pages) {
            page.get(url(p[0]));
            assertEquals(p[1], page.findElement(By.tagName("h1")).getText(), "heading of /" + p[0]);
            browser.screenshot("page-" + p[0].replace('/', '-'));
            assertTrue(browser.severeConsoleMessages().isEmpty(),
                    () -> "console on /" + p[0] + ": " + browser.severeConsoleMessages());
        }
        page.get(url("scores/ETH"));
        assertTrue(browser.chartDrawn("history-chart"), "ETH's history chart is drawn");
        assertEquals(5, page.findElements(By.cssSelector("[data-testid=history] tbody tr")).size(),
                "the demo's five evaluations of ETH");
        page.get(url("warnings"));
        String warnings = page.findElement(By.cssSelector("[data-testid=warnings]")).getText();
        assertTrue(warnings.contains("UNLOCK_PRESSURE") && warnings.contains("EIGEN"), warnings);
        assertTrue(warnings.contains("STALE_SCORE") && warnings.contains("LUNA"), warnings);
    }

    @Test
    void anInvestorSavesAWeightProfileAndScoresWithIt() {
        signIn(TestUsers.signUp("browser-profile"));
        WebDriver page = browser.driver();
        page.get(url("scores/profiles"));
        type("name", "Risk first");
        type("weight-technology", "0");
        type("weight-tokenomics", "0");
        type("weight-team", "0");
        type("weight-market", "0");
        type("weight-risk", "0.9");
        page.findElement(By.cssSelector("[data-testid=profile-form] button[type=submit]")).click();
        WebElement error = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("weights-error")));
        assertTrue(error.getText().contains("sum to 1"), error.getText());
        type("weight-risk", "1");
        page.findElement(By.cssSelector("[data-testid=profile-form] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=profiles]"), "Risk first"));

        page.get(url("scores/DOT"));
        new org.openqa.selenium.support.ui.Select(page.findElement(By.id("profile"))).selectByValue("Risk first");
        fillSeedScores();
        browser.waiting().until(ExpectedConditions.textToBe(By.cssSelector("[data-testid=live-total]"), "7.50"));
        assertEquals("Buy", browser.testText("live-recommendation"));
    }
}
