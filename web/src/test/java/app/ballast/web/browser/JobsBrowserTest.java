package app.ballast.web.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The jobs page in a real headless Chromium: the admin runs a job and sees its outcome. */
@QuarkusTest
class JobsBrowserTest extends BrowserTest {

    @Test
    void theAdminRunsTheValueSnapshotAndSeesItsOutcome() {
        signInAsDemo();
        WebDriver page = browser.driver();
        page.get(url("jobs"));
        assertEquals("Jobs", browser.text(By.tagName("h1")));
        assertTrue(page.findElements(By.cssSelector("[data-testid=jobs] tr[data-job]")).size() >= 3,
                browser.text(By.cssSelector("[data-testid=jobs]")));

        long latestBefore = page.findElements(By.cssSelector("[data-testid=runs] tr[data-run]")).stream()
                .mapToLong(row -> Long.parseLong(row.getAttribute("data-run"))).max().orElse(0);

        page.findElement(By.cssSelector("[data-testid=run-value-snapshot] button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("[data-testid=jobs-notice]"), "Run of value-snapshot asked for"));
        // Quartz picks the run up on one of its threads: reload until the page shows how it ended.
        new WebDriverWait(page, Duration.ofSeconds(120)).until(driver -> {
            driver.navigate().refresh();
            return driver.findElements(By.cssSelector("[data-testid=runs] tr[data-job=value-snapshot][data-trigger=MANUAL]"))
                    .stream().anyMatch(row -> Long.parseLong(row.getAttribute("data-run")) > latestBefore
                            && !"RUNNING".equals(row.getAttribute("data-outcome")));
        });

        // The outcome depends on every portfolio of the test database (other tests' too); the page shows it.
        String outcome = page.findElements(By.cssSelector("[data-testid=runs] tr[data-job=value-snapshot]")).get(0)
                .getAttribute("data-outcome");
        assertTrue(List.of("OK", "PARTIAL", "FAILED").contains(outcome), outcome);
        assertTrue(browser.text(By.cssSelector("[data-testid=outcome-value-snapshot]")).contains(outcome));
        assertTrue(!browser.text(By.cssSelector("[data-testid=last-run-value-snapshot]")).equals("never"));
        List<String> console = browser.severeConsoleMessages();
        assertTrue(console.isEmpty(), () -> "console: " + console);
    }
}
