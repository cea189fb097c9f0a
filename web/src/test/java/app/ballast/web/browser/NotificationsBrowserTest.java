package app.ballast.web.browser;

import app.ballast.web.notify.Notice;
import app.ballast.web.notify.NotificationKind;
import app.ballast.web.notify.Notifications;
import app.ballast.web.support.TestUsers;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notification centre in a real headless Chromium: the unread badge, the list, marking read. */
@QuarkusTest
class NotificationsBrowserTest extends BrowserTest {

    @Inject
    Notifications notifications;

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
}
