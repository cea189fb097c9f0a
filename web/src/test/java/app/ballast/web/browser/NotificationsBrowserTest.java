package app.ballast.web.browser;

import app.ballast.portfolio.plans.PriceTick;
import app.ballast.web.market.MarketTestData;
import app.ballast.web.notify.Notice;
import app.ballast.web.notify.NotificationKind;
import app.ballast.web.notify.Notifications;
import app.ballast.web.policy.PositionPlansService;
import app.ballast.web.policy.StopInput;
import app.ballast.web.policy.TickEvaluator;
import app.ballast.web.policy.TickResult;
import app.ballast.web.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The notification centre in a real headless Chromium: the unread badge, the list, marking read, and the notice a
 * stop raises when a live price fires it.
 */
@QuarkusTest
class NotificationsBrowserTest extends BrowserTest {

    @Inject
    Notifications notifications;

    @Inject
    TickEvaluator ticks;

    @Inject
    PositionPlansService plans;

    @Test
    void anUnreadNotificationShowsInTheHeaderUntilItIsMarkedRead() {
        String user = TestUsers.signUp("bell");
        long id = TestUsers.id(user);
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(new Notice(id, "trigger:1",
                NotificationKind.STOP_TRIGGERED, "Stop on BTC triggered", "The stop on BTC fired at 61000.", "/plans")));
        signIn(user, TestUsers.PASSWORD);
        WebDriver page = browser.driver();

        String badge = browser.text(By.cssSelector("[data-testid=unread-count]"));
        assertTrue(badge.matches("1(\\s+unread)?"), badge);
        page.findElement(By.cssSelector("[data-testid=notifications-link]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Notifications"));
        String row = browser.text(By.cssSelector("[data-testid=notifications] tbody tr"));
        assertTrue(row.contains("Stop on BTC triggered") && row.contains("new"), row);

        page.findElement(By.cssSelector("[data-testid^=mark-read-]")).click();

        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("[data-testid=unread-marker]")));
        assertTrue(page.findElements(By.cssSelector("[data-testid=unread-count]")).isEmpty(), "the badge is gone");
        assertEquals("Nothing unread", browser.text(By.id("inbox-heading")));
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    @Test
    void aStopFiredByALivePriceAppearsInTheHeaderAndTheInbox() {
        String symbol = MarketTestData.asset().symbol(); // its own, so that no other test's plans see its prices
        String user = TestUsers.signUp("stopbell");
        long id = TestUsers.id(user);
        TestUsers.record(user, "BUY", symbol, "Kraken", "10", "100", "2026-01-02T12:00:00Z");
        plans.createStop(id, new StopInput(symbol, null, "TRAILING", new BigDecimal("0.10"), null, null, null, null,
                null, null));
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(10));
        ticks.evaluate(Map.of(symbol, new PriceTick(start, new BigDecimal("100")))); // arms the stop at 100
        ticks.evaluate(Map.of(symbol, new PriceTick(start.plusSeconds(60), new BigDecimal("100")))); // confirms it

        signIn(user, TestUsers.PASSWORD);
        WebDriver page = browser.driver();
        assertTrue(page.findElements(By.cssSelector("[data-testid=unread-count]")).isEmpty(), "nothing unread yet");

        TickResult fired = ticks.evaluate(Map.of(symbol, new PriceTick(start.plusSeconds(120), new BigDecimal("85"))));
        assertEquals(1, fired.firedCount(), fired.toString());

        page.navigate().refresh();
        String badge = browser.text(By.cssSelector("[data-testid=unread-count]"));
        assertTrue(badge.matches("1(\\s+unread)?"), badge);
        page.findElement(By.cssSelector("[data-testid=notifications-link]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Notifications"));
        String row = browser.text(By.cssSelector("[data-testid=notifications] tbody tr"));
        assertTrue(row.contains("Stop triggered on " + symbol + " at 85 (stop price 90)"), row);
        assertTrue(row.contains("Suggested sale: 10 " + symbol), row);
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }
}
