package app.ballast.web.browser;

import io.quarkus.test.common.http.TestHTTPResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.net.URL;

/**
 * What every browser test needs: a fresh headless Chromium per test (a screenshot when it fails), the
 * app's URL, signing in through the form and typing into a field.
 */
@ExtendWith(Browser.ScreenshotOnFailure.class)
abstract class BrowserTest implements Browser.HasBrowser {

    @TestHTTPResource("/")
    URL base;

    Browser browser;

    @Override
    public Browser browser() {
        return browser;
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start("en-US");
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    /** Signs in through the sign-in form and waits for the dashboard. */
    void signIn(String username, String password) {
        WebDriver page = browser.driver();
        page.get(url("login"));
        page.findElement(By.id("j_username")).sendKeys(username);
        page.findElement(By.id("j_password")).sendKeys(password);
        page.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Dashboard"));
    }

    void signInAsDemo() {
        signIn("demo", "demo");
    }

    void type(String id, String value) {
        WebElement input = browser.driver().findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }

    String url(String path) {
        return base.toString().replaceAll("/$", "") + "/" + path;
    }
}
