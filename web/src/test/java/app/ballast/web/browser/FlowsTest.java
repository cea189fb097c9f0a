package app.ballast.web.browser;

import app.ballast.web.notify.Notice;
import app.ballast.web.notify.NotificationKind;
import app.ballast.web.notify.Notifications;
import app.ballast.web.support.TestUsers;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The investor's main flows end to end in a real headless Chromium, once per language: {@link FlowsEnglishTest}
 * (en-US) and {@link FlowsChineseTest} (zh-CN) run the same steps. Every text a step expects (headings, buttons,
 * notices, badges) comes from that language's message bundle ({@link Texts}), and in Chinese it must be Chinese.
 * Each flow has a fresh user of its own, so flows neither disturb each other nor the demo user.
 */
abstract class FlowsTest extends BrowserTest {

    /** A portfolio of 2023 buys, far off the default policy's targets (SOL ran up): 0.2 BTC, 3 ETH, 2000 SOL. */
    static String runUpPortfolio(String prefix) {
        String user = TestUsers.signUp(prefix);
        TestUsers.record(user, "BUY", "BTC", "Kraken", "0.2", "30000", "2023-01-02T00:00:00Z");
        TestUsers.record(user, "BUY", "ETH", "Kraken", "3", "1500", "2023-01-02T00:00:00Z");
        TestUsers.record(user, "BUY", "SOL", "Kraken", "2000", "10", "2023-01-02T00:00:00Z");
        return user;
    }

    @Test
    void signUpSignInAndReadTheDashboard() {
        WebDriver page = browser.driver();
        String username = "flow-" + texts.language() + "-" + System.nanoTime() % 1_000_000_000L;
        page.get(url("signup"));
        assertEquals(texts.get("signup_title"), shown(browser.heading()));
        assertEquals(texts.chinese() ? "zh-CN" : "en", page.findElement(By.tagName("html")).getAttribute("lang"));
        type("username", username);
        type("password", TestUsers.PASSWORD);
        WebElement create = page.findElement(By.cssSelector("form[action='/signup'] button[type=submit]"));
        assertEquals(texts.get("signup_button"), shown(create.getText()));
        create.click();
        browser.awaitHeading(texts.get("login_title"));
        assertTrue(bodyText().contains(texts.get("login_signed_up")), "the sign-in page says the account is ready");

        // Two 2023 buys, so that the dashboard has something to add up: cost 0.2 × 30,000 + 3 × 1,500.
        TestUsers.record(username, "BUY", "BTC", "Kraken", "0.2", "30000", "2023-01-02T00:00:00Z");
        TestUsers.record(username, "BUY", "ETH", "Kraken", "3", "1500", "2023-01-02T00:00:00Z");
        signIn(username);

        assertEquals(texts.get("nav_dashboard"), shown(browser.heading()));
        for (String[] link : new String[][] {{"/holdings", "nav_holdings"}, {"/transactions", "nav_transactions"},
                {"/plans", "nav_plans"}, {"/rebalance", "nav_rebalance"}}) {
            // textContent: on a narrow screen the menu may be folded, its links present but not shown
            assertEquals(texts.get(link[1]), shown(page.findElement(By.cssSelector("nav a[href='" + link[0] + "']"))
                    .getAttribute("textContent").strip()));
        }
        BigDecimal value = Browser.number(browser.testText("total-value"));
        BigDecimal cost = Browser.number(browser.testText("total-cost"));
        BigDecimal unrealized = Browser.number(browser.testText("total-unrealized"));
        assertEquals(0, new BigDecimal("10500").compareTo(cost), "cost basis " + cost);
        assertTrue(value.signum() > 0, "a market value at the latest close: " + value);
        assertTrue(value.subtract(cost).subtract(unrealized).abs().compareTo(new BigDecimal("0.01")) <= 0,
                "unrealized " + unrealized + " = value " + value + " - cost " + cost);
        assertEquals(0, BigDecimal.ZERO.compareTo(Browser.number(browser.testText("total-realized"))), "nothing sold yet");
        assertEquals(0, new BigDecimal("0.2").compareTo(Browser.number(browser.testText("qty-BTC"))));
        assertEquals(0, new BigDecimal("3").compareTo(Browser.number(browser.testText("qty-ETH"))));
        assertEquals(username, browser.testText("username"));
        browser.assertNoConsoleErrors();
    }

    @Test
    void addEditAndDeleteATransaction() {
        signIn(TestUsers.signUp("flow-tx"));
        WebDriver page = browser.driver();
        page.get(url("transactions"));
        browser.awaitHeading(texts.get("nav_transactions"));
        WebElement add = page.findElement(Browser.testId("add-transaction"));
        assertEquals(texts.get("tx_add"), shown(add.getText()));
        add.click();

        browser.awaitHeading(texts.get("tx_add"));
        browser.select("type", "BUY");
        browser.select("symbol", "BTC");
        type("account", "Kraken");
        type("quantity", "0.5");
        type("price", "30000");
        type("fee", "1.5");
        type("note", "Flow: the first BTC");
        assertEquals(texts.get("common_save"), shown(browser.submitButton("transaction-form").getText()));
        browser.submit("transaction-form");

        browser.awaitHeading(texts.get("nav_transactions"));
        WebElement row = onlyTransaction();
        String id = row.getAttribute("data-id");
        assertTrue(row.getText().contains(texts.get("tx_type", "v", "BUY")), row.getText());
        assertTrue(row.getText().contains("0.5") && row.getText().contains("Flow: the first BTC"), row.getText());

        WebElement edit = onlyTransaction().findElement(By.cssSelector("a[href='/transactions/" + id + "/edit']"));
        assertEquals(texts.get("common_edit"), shown(edit.getText()));
        edit.click();
        browser.awaitHeading(texts.get("tx_edit"));
        assertEquals("0.5", page.findElement(By.id("quantity")).getAttribute("value"), "the form shows the buy");
        type("quantity", "0.75");
        type("note", "Flow: the first BTC, corrected");
        browser.submit("transaction-form");

        browser.awaitHeading(texts.get("nav_transactions"));
        row = onlyTransaction();
        assertEquals(id, row.getAttribute("data-id"), "the same transaction, edited");
        assertTrue(row.getText().contains("0.75") && row.getText().contains("corrected"), row.getText());
        assertEquals(0, new BigDecimal("0.75").compareTo(heldOnDashboard("BTC")));

        page.get(url("transactions"));
        confirmDelete(onlyTransaction(), "/transactions/" + id + "/delete", "Flow: the first BTC, corrected");

        browser.awaitHeading(texts.get("nav_transactions"));
        assertTrue(page.findElements(Browser.testId("transactions")).isEmpty(), "no transactions left");
        assertTrue(bodyText().contains(texts.get("tx_empty")), "the empty list says so");
        assertEquals(0, BigDecimal.ZERO.compareTo(heldOnDashboard("BTC")));
        browser.assertNoConsoleErrors();
    }

    @Test
    void fillAScoreCard() {
        signIn(TestUsers.signUp("flow-score"));
        WebDriver page = browser.driver();
        page.get(url("scores/ETH"));
        assertEquals(texts.get("card_title", "symbol", "ETH"), shown(browser.heading()));
        assertTrue(page.findElement(Browser.testId("no-history")).isDisplayed());
        assertEquals(texts.get("card_fill_in"), shown(browser.testText("live-recommendation")));

        fillSeedScores();
        browser.awaitText("live-total", "7.59");
        String buy = texts.get("recommendation", "v", "BUY");
        assertEquals(buy, shown(browser.testText("live-recommendation")));
        page.findElement(By.id("notes")).sendKeys("Flow: the seed's worked example");
        assertEquals(texts.get("card_save"), shown(browser.submitButton("score-form").getText()));
        browser.submit("score-form");

        WebElement history = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(Browser.testId("history")));
        List<WebElement> rows = history.findElements(By.cssSelector("tbody tr"));
        assertEquals(1, rows.size());
        String row = rows.get(0).getText();
        assertTrue(row.contains(LocalDate.now(ZoneOffset.UTC).toString()), row);
        assertTrue(row.contains("7.59") && row.contains(buy), row);
        assertTrue(row.contains("Flow: the seed's worked example"), row);
        assertTrue(browser.chartDrawn("history-chart"), "the history chart is drawn");
        browser.assertNoConsoleErrors();
    }

    @Test
    void setADcaPlanATrailingStopAndATakeProfitLadder() {
        signIn(runUpPortfolio("flow-plans"));
        WebDriver page = browser.driver();
        page.get(url("plans"));
        browser.awaitHeading(texts.get("nav_plans"));

        browser.unfold("dca-form");
        browser.select("dca-symbol", "BTC");
        type("dca-amount", "50");
        browser.select("dca-frequency", "WEEKLY");
        browser.select("dca-dayOfWeek", "FRIDAY");
        assertEquals(texts.get("plans_add_plan"), shown(browser.submitButton("dca-form").getText()));
        browser.submit("dca-form");
        browser.awaitText("plans-notice", texts.get("plans_notice_dca_created"));
        List<WebElement> plans = page.findElements(By.cssSelector("[data-testid=dca-plans] tr[data-plan]"));
        assertEquals(1, plans.size());
        String plan = plans.get(0).getText();
        assertTrue(plan.contains("BTC") && plan.contains(texts.get("dca_every_weekday", "v", "FRIDAY")), plan);
        assertNotEquals("—", browser.testText("next-due-" + plans.get(0).getAttribute("data-plan")), "a next buy is due");

        browser.unfold("stop-form");
        browser.select("stop-symbol", "BTC");
        browser.select("stop-type", "TRAILING");
        type("stop-trail", "0.2");
        browser.setDate("stop-armedOn", "2025-05-01");
        assertEquals(texts.get("plans_set_the_stop"), shown(browser.submitButton("stop-form").getText()));
        browser.submit("stop-form");
        browser.awaitText("plans-notice", texts.get("plans_notice_stop_created"));
        WebElement stop = page.findElement(By.cssSelector("[data-testid=stops] tr[data-symbol=BTC]"));
        String stopId = stop.getAttribute("data-stop");
        BigDecimal mark = Browser.number(browser.testText("mark-" + stopId));
        BigDecimal stopPrice = Browser.number(browser.testText("stop-price-" + stopId));
        assertTrue(mark.signum() > 0, "a high-water mark since May 2025: " + stop.getText());
        assertTrue(stopPrice.subtract(mark.multiply(new BigDecimal("0.8"))).abs().compareTo(new BigDecimal("0.01")) <= 0,
                "stop " + stopPrice + " is 80% of the mark " + mark);

        browser.unfold("ladder-form");
        browser.select("ladder-symbol", "SOL");
        type("ladder-targetGain", "1");
        type("ladder-trail", "0.1");
        assertEquals(texts.get("plans_set_the_ladder"), shown(browser.submitButton("ladder-form").getText()));
        browser.submit("ladder-form");
        browser.awaitText("plans-notice", texts.get("plans_notice_ladder_created"));
        WebElement ladder = page.findElement(By.cssSelector("[data-testid=ladders] tr[data-symbol=SOL]"));
        String steps = browser.testText("steps-done-" + ladder.getAttribute("data-ladder"));
        assertFalse(steps.isBlank(), "the ladder's steps are listed: " + ladder.getText());

        // All three are still there on a fresh load.
        page.get(url("plans"));
        assertEquals(1, page.findElements(By.cssSelector("[data-testid=dca-plans] tr[data-plan]")).size());
        assertEquals(1, page.findElements(By.cssSelector("[data-testid=stops] tr[data-symbol=BTC]")).size());
        assertEquals(1, page.findElements(By.cssSelector("[data-testid=ladders] tr[data-symbol=SOL]")).size());
        browser.assertNoConsoleErrors();
    }

    @Test
    void acceptARebalanceSuggestion() {
        signIn(runUpPortfolio("flow-rebalance"));
        WebDriver page = browser.driver();
        BigDecimal before = heldOnDashboard("SOL");
        page.get(url("rebalance"));
        browser.awaitHeading(texts.get("nav_rebalance"));
        assertEquals(texts.get("rebalance_make"), shown(browser.submitButton("suggest-form").getText()));
        browser.submit("suggest-form");

        browser.waiting().until(ExpectedConditions.urlContains("#suggestion-"));
        String id = page.getCurrentUrl().replaceAll(".*#suggestion-", "");
        browser.awaitText("rebalance-notice", texts.get("rebalance_notice_created"));
        WebElement sol = page.findElement(By.cssSelector("#suggestion-" + id + " tbody tr[data-symbol=SOL]"));
        List<WebElement> cells = sol.findElements(By.tagName("td"));
        assertEquals(texts.get("side", "v", "SELL"), shown(cells.get(0).getText()), "SOL ran up: " + sol.getText());
        BigDecimal sold = Browser.number(cells.get(1).getText());
        assertTrue(sold.signum() > 0, sol.getText());

        WebElement accept = page.findElement(By.cssSelector("#suggestion-" + id + " [data-testid=accept]"));
        assertEquals(texts.get("rebalance_accept"), shown(accept.getText()));
        accept.click();
        browser.awaitText("rebalance-notice", texts.get("rebalance_notice_accepted"));
        assertTrue(page.findElements(By.id("suggestion-" + id)).isEmpty(), "the suggestion is no longer open");

        BigDecimal after = heldOnDashboard("SOL");
        // Both quantities are shown to at most 8 decimals, each rounded on its own.
        assertTrue(before.subtract(sold).subtract(after).abs().compareTo(new BigDecimal("0.00000001")) <= 0,
                "SOL on the dashboard: " + before + " - " + sold + " sold = " + after);
        browser.assertNoConsoleErrors();
    }

    @Test
    void readANotification() {
        String user = TestUsers.signUp("flow-bell");
        long userId = TestUsers.id(user);
        Notifications notifications = Arc.container().instance(Notifications.class).get();
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(new Notice(userId, "flow:stop",
                NotificationKind.STOP_TRIGGERED, "Stop on BTC triggered", "The stop on BTC fired at 61000.", "/plans")));
        signIn(user);
        WebDriver page = browser.driver();

        String badge = browser.testText("unread-count");
        assertTrue(badge.startsWith("1"), badge);
        assertTrue(badge.contains(texts.get("nav_unread")) || badge.strip().equals("1"), badge);
        WebElement bell = page.findElement(Browser.testId("notifications-link"));
        assertTrue(bell.getText().startsWith(shown(texts.get("nav_notifications"))), bell.getText());
        bell.click();

        browser.awaitHeading(texts.get("notifications_title"));
        assertEquals(texts.get("notifications_unread", "unread", 1), shown(browser.text(By.id("inbox-heading"))));
        WebElement row = page.findElement(By.cssSelector("[data-testid=notifications] tbody tr[data-notification]"));
        assertTrue(row.getText().contains("Stop on BTC triggered"), row.getText());
        assertEquals(texts.get("notifications_new"), shown(browser.testText("unread-marker")));
        assertEquals(texts.get("notification_kind", "v", "STOP_TRIGGERED"),
                shown(row.findElements(By.tagName("td")).get(2).getText()));
        WebElement markRead = page.findElement(Browser.testId("mark-read-" + row.getAttribute("data-notification")));
        assertEquals(texts.get("notifications_mark_read"), shown(markRead.getText()));
        markRead.click();

        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(Browser.testId("unread-marker")));
        assertTrue(page.findElements(Browser.testId("unread-count")).isEmpty(), "the badge is gone");
        assertEquals(texts.get("notifications_unread", "unread", 0), shown(browser.text(By.id("inbox-heading"))));
        browser.assertNoConsoleErrors();
    }

    // ---- steps of these flows

    /**
     * A text the page shows, checked to be in the browser's language: with Chinese characters in Chinese,
     * without them in English. Returns it, to compare with the bundle's.
     */
    String shown(String text) {
        boolean han = text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        assertEquals(texts.chinese(), han, (texts.chinese() ? "Chinese expected: " : "English expected: ") + text);
        return text;
    }

    String bodyText() {
        return browser.text(By.tagName("body"));
    }

    /**
     * Deletes through the confirmation, whichever way the page asks for it: a delete link to a confirmation page,
     * or a confirmation folded into the row (a {@code <details>} holding the delete form). Either way the
     * question and the buttons are in the browser's language.
     */
    void confirmDelete(WebElement row, String action, String named) {
        WebDriver page = browser.driver();
        By confirmButton = By.cssSelector("form[action='" + action + "'] button[type=submit]");
        List<WebElement> links = row.findElements(By.cssSelector("a[href='" + action + "']"));
        if (!links.isEmpty()) {
            assertEquals(texts.get("common_delete"), shown(links.get(0).getText()));
            links.get(0).click();
            browser.awaitHeading(texts.get("tx_delete_question"));
            assertTrue(bodyText().contains(named), "the confirmation names the transaction");
        } else {
            WebElement details = row.findElement(confirmButton).findElement(By.xpath("ancestor::details[1]"));
            WebElement summary = details.findElement(By.tagName("summary"));
            shown(summary.getText());
            summary.click();
        }
        WebElement confirm = browser.waiting().until(ExpectedConditions.elementToBeClickable(confirmButton));
        shown(confirm.getText());
        confirm.click();
    }

    /** The one row of a fresh user's transaction list. */
    WebElement onlyTransaction() {
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("[data-testid=transactions] tbody tr[data-id]"));
        assertEquals(1, rows.size(), "one transaction");
        return rows.get(0);
    }
}
