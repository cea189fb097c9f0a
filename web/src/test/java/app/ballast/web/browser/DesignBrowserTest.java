package app.ballast.web.browser;

import app.ballast.web.support.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The design system in a real headless Chromium (docs/design.md): the phone layout at 390×844 (the menu
 * collapses and opens, no page scrolls sideways), the theme switch (dark survives a reload), the skip link as
 * the first Tab stop, and the confirmation dialog in front of a delete. Saves phone screenshots of a page in
 * the light and dark themes to target/screenshots.
 */
@QuarkusTest
class DesignBrowserTest extends BrowserTest {

    /** The pages of the main navigation (and the notifications page). */
    private static final List<String> PAGES = List.of("", "holdings", "transactions", "accounts", "assets", "scores",
            "tokenomics", "warnings", "market-inputs", "prices", "policy", "rebalance", "plans", "backtest", "jobs",
            "notifications", "scores/BTC", "tokenomics/BTC", "transactions/new", "scores/profiles");

    /** The outermost elements that reach past the viewport's right edge (what makes a page scroll sideways). */
    private static final String WIDENING = """
            const width = document.documentElement.clientWidth;
            const clipped = e => {
              for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (getComputedStyle(a).overflowX !== 'visible') return true;
              }
              return false;
            };
            const wide = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > width + 0.5 && !clipped(e));
            return wide.filter(e => !wide.includes(e.parentElement)).slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().split(/\\s+/).join('.') : '')
                    + ' → ' + Math.round(e.getBoundingClientRect().right)).join(', ');
            """;

    @Test
    void atPhoneWidthTheMenuCollapsesAndOpensAndNoPageScrollsSideways() {
        signInAsDemo();
        phone();
        WebDriver page = browser.driver();
        page.get(url("holdings"));

        WebElement menuButton = page.findElement(By.cssSelector("[data-testid=menu-button]"));
        WebElement transactions = page.findElement(By.cssSelector(".main-nav a[href='/transactions']"));
        assertTrue(menuButton.isDisplayed(), "the Menu button shows on a phone");
        assertFalse(transactions.isDisplayed(), "the navigation is folded away");
        menuButton.click();
        browser.waiting().until(ExpectedConditions.visibilityOf(transactions));
        assertTrue(page.findElement(By.cssSelector("[data-testid=theme-dark]")).isDisplayed(), "the switches are in the menu");
        transactions.click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Transactions"));
        assertFalse(page.findElement(By.cssSelector(".main-nav a[href='/holdings']")).isDisplayed(),
                "a new page starts with the menu closed");

        List<String> scrolling = new ArrayList<>();
        for (String path : PAGES) {
            page.get(url(path));
            long overflow = (Long) js().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (overflow > 0) {
                scrolling.add("/" + path + " (" + overflow + " px: " + js().executeScript(WIDENING) + ")");
                browser.screenshot("design-overflow-" + (path.isEmpty() ? "dashboard" : path));
            }
        }
        assertEquals(List.of(), scrolling, "pages that scroll sideways at 390 px");
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    @Test
    void atDesktopWidthTheNavigationIsOpenWithoutAMenuButton() {
        signInAsDemo();
        WebDriver page = browser.driver();
        assertFalse(page.findElement(By.cssSelector("[data-testid=menu-button]")).isDisplayed());
        assertTrue(page.findElement(By.linkText("Plans")).isDisplayed());
        assertTrue(page.findElement(By.cssSelector("[data-testid=theme-system]")).isDisplayed());
    }

    @Test
    void theThemeSwitchSetsDarkAndItSurvivesAReload() {
        signInAsDemo();
        WebDriver page = browser.driver();
        page.get(url("holdings"));
        WebElement html = page.findElement(By.tagName("html"));
        assertEquals("system", html.getAttribute("data-theme"));
        assertEquals("true", page.findElement(By.cssSelector("[data-testid=theme-system]")).getAttribute("aria-pressed"));
        String light = background();

        page.findElement(By.cssSelector("[data-testid=theme-dark]")).click();
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-theme", "dark"));
        assertTrue(page.getCurrentUrl().endsWith("/holdings"), "back on the same page: " + page.getCurrentUrl());
        String dark = background();
        assertNotEquals(light, dark, "the background changes with the theme");
        assertTrue(luminance(dark) < luminance(light), light + " → " + dark);

        page.navigate().refresh();
        assertEquals("dark", page.findElement(By.tagName("html")).getAttribute("data-theme"));
        assertEquals(dark, background(), "dark survives a reload");
        assertEquals("true", page.findElement(By.cssSelector("[data-testid=theme-dark]")).getAttribute("aria-pressed"));
        page.get(url("plans"));
        assertEquals(dark, background(), "and holds on every page");
        browser.screenshot("design-plans-desktop-dark");

        phone();
        page.get(url("holdings"));
        browser.screenshot("design-holdings-phone-dark");
        page.findElement(By.cssSelector("[data-testid=menu-button]")).click();
        browser.screenshot("design-holdings-phone-dark-menu");
        page.findElement(By.cssSelector("[data-testid=theme-light]")).click();
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-theme", "light"));
        assertEquals(light, background());
        browser.screenshot("design-holdings-phone-light");
        page.findElement(By.cssSelector("[data-testid=menu-button]")).click();
        browser.screenshot("design-holdings-phone-light-menu");
        page.get(url("plans"));
        browser.screenshot("design-plans-phone-light");
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    @Test
    void theThemeSwitchWorksOnTheSignInPageToo() {
        WebDriver page = browser.driver();
        page.get(url("login"));
        String light = background();
        page.findElement(By.cssSelector("[data-testid=theme-dark]")).click();
        browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "data-theme", "dark"));
        assertTrue(page.getCurrentUrl().endsWith("/login"), page.getCurrentUrl());
        assertNotEquals(light, background());
        phone();
        page.navigate().refresh();
        browser.screenshot("design-login-phone-dark");
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndLeadsToTheContent() {
        signInAsDemo();
        WebDriver page = browser.driver();
        page.get(url("holdings"));
        new Actions(page).sendKeys(Keys.TAB).perform();
        WebElement focused = page.switchTo().activeElement();
        assertEquals("skip-link", focused.getAttribute("data-testid"), () -> "first Tab stop: " + focused.getAttribute("outerHTML"));
        assertTrue(focused.isDisplayed(), "the skip link shows when it has the focus");
        assertEquals("Skip to content", focused.getText());
        assertTrue(((Number) js().executeScript("return arguments[0].getBoundingClientRect().top;", focused)).doubleValue() >= 0,
                "on screen");
        new Actions(page).sendKeys(Keys.ENTER).perform();
        browser.waiting().until(d -> "main".equals(d.switchTo().activeElement().getAttribute("id")));

        // The focus ring is visible on the next control too (an outline, never removed).
        new Actions(page).sendKeys(Keys.TAB).perform();
        String outline = (String) js().executeScript(
                "return getComputedStyle(document.activeElement).outlineStyle;");
        assertEquals("solid", outline, "the focused control has an outline");
    }

    @Test
    void aConfirmationDialogGuardsADelete() {
        String user = TestUsers.signUp("design");
        signIn(user, TestUsers.PASSWORD);
        WebDriver page = browser.driver();
        page.get(url("accounts"));
        assertTrue(page.findElement(By.cssSelector("[data-testid=no-accounts]")).isDisplayed(), "the empty state");
        type("name", "Design wallet");
        page.findElement(By.cssSelector("[data-testid=account-form] button[type=submit]")).click();
        By row = By.cssSelector("[data-testid=accounts] tr[data-account='Design wallet']");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(row));

        WebElement dialog = page.findElement(row).findElement(By.cssSelector("details.confirm"));
        WebElement yes = dialog.findElement(By.cssSelector("button[type=submit]"));
        assertFalse(yes.isDisplayed(), "the delete button hides behind the question");
        dialog.findElement(By.tagName("summary")).click();
        browser.waiting().until(ExpectedConditions.visibilityOf(yes));
        String question = dialog.findElement(By.cssSelector(".confirm-panel p")).getText();
        assertTrue(question.contains("Design wallet") && question.contains("cannot be undone"), question);
        browser.screenshot("design-confirm-open");

        WebElement keep = dialog.findElement(By.cssSelector("[data-confirm-cancel]"));
        assertEquals("Keep it", keep.getText());
        keep.click();
        browser.waiting().until(ExpectedConditions.invisibilityOf(yes));
        assertEquals("Design wallet", page.findElement(row).findElement(By.tagName("td")).getText(), "kept");

        dialog.findElement(By.tagName("summary")).click();
        browser.waiting().until(ExpectedConditions.visibilityOf(yes)).click();
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(row, 0));
        assertTrue(page.findElement(By.cssSelector("[data-testid=no-accounts]")).isDisplayed(), "deleted");
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    /**
     * A 390×844 viewport (an iPhone 12–15), whatever the window's size. Not in "mobile" mode: a mobile
     * viewport zooms out to fit a page that is too wide, which would hide the very overflow this test looks for.
     */
    private void phone() {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        browser.driver().navigate().refresh();
        assertEquals(390L, js().executeScript("return window.innerWidth;"));
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private String background() {
        return (String) js().executeScript("return getComputedStyle(document.documentElement).backgroundColor;");
    }

    /** The rough lightness of "rgb(r, g, b)". */
    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        return 0.2126 * Double.parseDouble(parts[0]) + 0.7152 * Double.parseDouble(parts[1])
                + 0.0722 * Double.parseDouble(parts[2]);
    }
}
