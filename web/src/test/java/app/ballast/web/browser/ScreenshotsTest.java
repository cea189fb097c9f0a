package app.ballast.web.browser;

import app.ballast.web.notify.Notice;
import app.ballast.web.notify.NotificationKind;
import app.ballast.web.notify.Notifications;
import app.ballast.web.support.TestUsers;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The screenshots of the README: the demo investor's main pages in English at 1280 x 800, the dashboard in
 * Chinese and at a phone's width (390 x 844), written to docs/screenshots/*.png at the repository root, so that
 * every test run refreshes them.
 */
@QuarkusTest
class ScreenshotsTest extends BrowserTest {

    /** docs/screenshots of the repository; tests run in the web module. */
    static final Path DIR = Path.of("..", "docs", "screenshots");

    private static final String NOTICE_TITLE = "LINK take-profit step 2 reached";

    @Test
    void theMainPagesOfTheDemoInvestor() throws IOException {
        long notice = unreadNoticeForTheDemo();
        try {
            signInAsDemo();
            browser.viewport(1280, 800, false);
            shoot("", "nav_dashboard", "dashboard");
            shoot("holdings", "nav_holdings", "holdings");
            shoot("transactions", "nav_transactions", "transactions");
            shoot("scores/ETH", texts.get("card_title", "symbol", "ETH"), "score-card");
            shoot("tokenomics/EIGEN", texts.get("tokenomics_title", "symbol", "EIGEN"), "tokenomics");
            shoot("policy", "nav_policy", "policy");
            shoot("rebalance", "nav_rebalance", "rebalance");
            shoot("plans", "nav_plans", "plans");
            shoot("notifications", "notifications_title", "notifications");

            browser.viewport(390, 844, true);
            shoot("", "nav_dashboard", "dashboard-phone");

            browser.viewport(1280, 800, false);
            WebElement chinese = browser.driver().findElement(Browser.testId("lang-zh"));
            if (!chinese.isDisplayed() && !browser.driver().findElements(Browser.testId("menu-button")).isEmpty()) {
                browser.driver().findElement(Browser.testId("menu-button")).click(); // a folded menu holds the switch
            }
            chinese.click();
            browser.waiting().until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "zh-CN"));
            texts = Texts.of("zh-CN");
            shoot("", "nav_dashboard", "dashboard-zh");
        } finally {
            given().auth().preemptive().basic("demo", "demo").contentType(ContentType.JSON)
                    .post("/api/notifications/" + notice + "/read")
                    .then().statusCode(200);
        }
    }

    /**
     * Opens the page, waits for its heading (a message key, or the text itself), draws its charts to the end of
     * their animation and saves the viewport as docs/screenshots/{name}.png.
     */
    private void shoot(String path, String heading, String name) throws IOException {
        browser.driver().get(url(path));
        String expected = heading.matches("[a-z_]+") ? texts.get(heading) : heading;
        browser.awaitHeading(expected);
        browser.waiting().until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var cs = Array.from(document.querySelectorAll('canvas'));"
                        + "if (cs.length && !window.Chart) return false;"
                        + "return cs.every(function (c) { var ch = Chart.getChart(c);"
                        + "  if (!ch) return false; ch.stop(); ch.update('none'); return true; });"));
        Path file = browser.screenshotTo(DIR.resolve(name + ".png"));
        BufferedImage image = javax.imageio.ImageIO.read(file.toFile());
        System.out.println("Screenshot " + file.toAbsolutePath().normalize() + ": " + image.getWidth() + "x"
                + image.getHeight() + ", " + Files.size(file) / 1024 + " KB");
        assertTrue(image.getWidth() > 0 && Files.size(file) > 1000, name);
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console on /" + path);
    }

    /** An unread notification for the demo investor, so the header's badge and the inbox show one; its id. */
    private static long unreadNoticeForTheDemo() {
        long demo = TestUsers.id("demo");
        Notifications notifications = Arc.container().instance(Notifications.class).get();
        QuarkusTransaction.requiringNew().run(() -> notifications.notify(new Notice(demo, "screenshots:link-step-2",
                NotificationKind.TAKE_PROFIT, NOTICE_TITLE,
                "LINK closed above the ladder's second step: a sell of 25% is suggested on the rebalance page.",
                "/rebalance")));
        JsonPath list = given().auth().preemptive().basic("demo", "demo").get("/api/notifications")
                .then().statusCode(200).extract().jsonPath();
        List<String> titles = list.getList("title");
        int index = titles.indexOf(NOTICE_TITLE);
        assertTrue(index >= 0, "the notice is listed: " + titles);
        return list.getLong("[" + index + "].id");
    }
}
