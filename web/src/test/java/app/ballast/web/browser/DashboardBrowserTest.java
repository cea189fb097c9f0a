package app.ballast.web.browser;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard in a real headless Chromium: the totals and today's change, the value chart and the three
 * allocation donuts drawn (Chart.js under the CSP, no console error), every chart's table holding the numbers of
 * {@code /api/holdings} and the chart holding the numbers of its table, in English, in Chinese and at a phone's
 * width.
 */
@QuarkusTest
class DashboardBrowserTest extends BrowserTest {

    private static final List<String> CHARTS = List.of("value-chart", "tier-chart", "sector-chart", "asset-chart");

    @Test
    void theTotalsAndTodaysChangeAreTheHoldingsFiguresWithTheirSign() {
        signInAsDemo();
        JsonPath holdings = holdings();
        WebDriver page = browser.driver();
        page.get(url(""));

        BigDecimal value = holdings.getObject("totals.marketValue", BigDecimal.class);
        BigDecimal cost = holdings.getObject("totals.costBasis", BigDecimal.class);
        BigDecimal unrealized = holdings.getObject("totals.unrealizedProfit", BigDecimal.class);
        BigDecimal realized = holdings.getObject("totals.realizedProfit", BigDecimal.class);
        assertEquals(usd(value), text("total-value"));
        assertEquals(usd(cost), text("total-cost"));
        assertEquals(signedUsd(unrealized.add(realized)), text("since-start-amount"));
        assertEquals(signedPct(unrealized.add(realized).divide(cost, 8, RoundingMode.HALF_EVEN)), text("since-start-pct"));

        WebElement today = page.findElement(By.cssSelector("[data-testid=today-change]"));
        String amount = text("today-amount");
        assertTrue(amount.matches("[+-]?\\$[0-9,]+\\.[0-9]{2}"), amount);
        String direction = today.getAttribute("data-direction");
        String arrow = today.findElement(By.cssSelector(".dash-arrow")).getText();
        String word = today.findElement(By.cssSelector(".sr-only")).getAttribute("textContent");
        String pct = text("today-pct");
        switch (direction) {
            case "up" -> {
                assertTrue(amount.startsWith("+") && pct.startsWith("+") && arrow.equals("▲") && word.startsWith("gain"),
                        amount + " " + pct + " " + arrow + " " + word);
                assertTrue(today.getAttribute("class").contains("gain"));
            }
            case "down" -> {
                assertTrue(amount.startsWith("-") && pct.startsWith("-") && arrow.equals("▼") && word.startsWith("loss"),
                        amount + " " + pct + " " + arrow + " " + word);
                assertTrue(today.getAttribute("class").contains("loss"));
            }
            default -> assertEquals("$0.00", amount);
        }
        assertTrue(page.findElement(By.cssSelector("[data-testid=today-change]")).getText().contains("since the close of"),
                "today's change says since which close");
        // the existing parts stay where other tests look for them
        for (String id : List.of("core-weight", "next-buys", "closest-stops", "dashboard-holdings", "policy-status",
                "allocation-by-asset", "review-suggestions")) {
            assertFalse(page.findElements(By.cssSelector("[data-testid=" + id + "]")).isEmpty(), id);
        }
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    @Test
    void everyChartIsDrawnFromItsTableAndTheTablesHoldTheHoldingsNumbers() {
        signInAsDemo();
        JsonPath holdings = holdings();
        WebDriver page = browser.driver();
        page.get(url(""));
        awaitCharts();
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console (CSP, scripts): " + browser.severeConsoleMessages());
        assertEquals("2", page.findElement(By.id("value-chart")).getAttribute("data-drawn"), "value and cost lines");
        for (String donut : List.of("tier-chart", "sector-chart", "asset-chart")) {
            assertEquals("2", page.findElement(By.id(donut)).getAttribute("data-drawn"), donut + ": weights and targets");
        }

        // The asset table: each holding's value and weight as /api/holdings has them; the donut holds the same weights.
        List<Map<String, Object>> list = holdings.getList("holdings");
        int priced = 0;
        for (Map<String, Object> h : list) {
            BigDecimal marketValue = new BigDecimal(String.valueOf(h.get("marketValue")));
            if (marketValue.signum() == 0) {
                continue;
            }
            priced++;
            WebElement row = page.findElement(By.cssSelector("#allocation-by-asset tr[data-symbol=" + h.get("symbol") + "]"));
            List<WebElement> cells = row.findElements(By.tagName("td"));
            assertEquals(usd(marketValue), cells.get(1).getText(), h.get("symbol") + " value");
            assertEquals(pct(new BigDecimal(String.valueOf(h.get("weight")))), cells.get(2).getText(), h.get("symbol") + " weight");
        }
        assertEquals(priced, page.findElements(By.cssSelector("#allocation-by-asset tbody tr[data-weight]")).stream()
                .filter(r -> new BigDecimal(r.getAttribute("data-weight")).signum() > 0).count());
        for (String donut : List.of("tier", "sector", "asset")) {
            assertChartHoldsItsTable(donut + "-chart", "allocation-by-" + donut, "data-weight", 1);
            assertChartHoldsItsTable(donut + "-chart", "allocation-by-" + donut, "data-target", 0);
        }
        // Sleeves and sectors add up to the whole portfolio.
        for (String table : List.of("allocation-by-tier", "allocation-by-sector")) {
            BigDecimal sum = page.findElements(By.cssSelector("#" + table + " tbody tr")).stream()
                    .map(r -> new BigDecimal(r.getAttribute("data-weight"))).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, sum.setScale(3, RoundingMode.HALF_EVEN).compareTo(BigDecimal.ONE.setScale(3)), table + " adds to " + sum);
        }

        // The value table: from the first buy to the latest close, ending at the value of the totals.
        List<WebElement> points = page.findElements(By.cssSelector("#value-table tbody tr"));
        assertTrue(points.size() > 100, "a point a week over three years, was " + points.size());
        assertEquals("2022-06-13", points.get(0).getAttribute("data-date"), "the demo's first buy");
        WebElement last = points.get(points.size() - 1);
        assertEquals(0, new BigDecimal(last.getAttribute("data-value"))
                        .compareTo(holdings.getObject("totals.marketValue", BigDecimal.class).setScale(2, RoundingMode.HALF_EVEN)),
                "the last point is the value now");
        assertEquals(usd(holdings.getObject("totals.marketValue", BigDecimal.class)),
                last.findElements(By.tagName("td")).get(1).getAttribute("textContent"));
        assertChartHoldsItsTable("value-chart", "value-table", "data-value", 0);
        assertChartHoldsItsTable("value-chart", "value-table", "data-cost", 1);
        page.findElement(By.cssSelector("[data-testid=value-over-time] summary")).click();
        assertTrue(page.findElement(By.id("value-table")).isDisplayed(), "the table view opens");
        page.findElement(By.cssSelector("[data-testid=value-over-time] summary")).click();
        fullPageScreenshot("dashboard-en", 1400);

        // The dark theme: the page's colours and the charts' (read from the CSS variables when drawn).
        ((org.openqa.selenium.chrome.ChromeDriver) page).executeCdpCommand("Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        page.navigate().refresh();
        awaitCharts();
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console (dark): " + browser.severeConsoleMessages());
        fullPageScreenshot("dashboard-dark", 1400);
    }

    @Test
    void theDashboardReadsInChineseAndAtAPhonesWidth() {
        browser.close();
        browser = Browser.start("zh-CN");
        WebDriver page = browser.driver();
        page.get(url("login"));
        page.findElement(By.id("j_username")).sendKeys("demo");
        page.findElement(By.id("j_password")).sendKeys("demo");
        page.findElement(By.cssSelector("button[type=submit]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "仪表盘"));
        awaitCharts();
        String body = page.findElement(By.tagName("main")).getText();
        for (String words : List.of("今日", "自开始以来", "价值走势", "表格视图", "策略目标", "待处理的再平衡建议")) {
            assertTrue(body.contains(words), "Chinese text " + words);
        }
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());

        page.manage().window().setSize(new Dimension(390, 900));
        page.navigate().refresh();
        awaitCharts();
        long overflow = (Long) ((JavascriptExecutor) page).executeScript(
                "return Array.from(document.querySelectorAll('main .card')).filter(c => c.getBoundingClientRect().right > "
                        + "document.documentElement.clientWidth + 1).length;");
        fullPageScreenshot("dashboard-zh-390", 390);
        assertEquals(0L, overflow, "cards wider than a 390 px screen");
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    /** The whole page, the window made as tall as it (charts redrawn at that size). */
    private void fullPageScreenshot(String name, int width) {
        WebDriver page = browser.driver();
        long height = (Long) ((JavascriptExecutor) page).executeScript("return document.documentElement.scrollHeight;");
        page.manage().window().setSize(new Dimension(width, (int) Math.min(height + 140, 8000)));
        browser.screenshot(name);
    }

    private void awaitCharts() {
        for (String id : CHARTS) {
            browser.waiting().until(ExpectedConditions.attributeToBeNotEmpty(
                    browser.driver().findElement(By.id(id)), "data-drawn"));
        }
    }

    /** The numbers of a chart's dataset are its table's {@code attribute} of every row. */
    @SuppressWarnings("unchecked")
    private void assertChartHoldsItsTable(String chart, String table, String attribute, int dataset) {
        WebDriver page = browser.driver();
        List<Object> drawn = (List<Object>) ((JavascriptExecutor) page).executeScript(
                "const c = Chart.getChart(document.getElementById(arguments[0]));"
                        + "return c.data.datasets[arguments[1]].data.map(String);", chart, dataset);
        List<WebElement> rows = page.findElements(By.cssSelector("#" + table + " tbody tr"));
        assertEquals(rows.size(), drawn.size(), chart + " points");
        for (int i = 0; i < rows.size(); i++) {
            String expected = rows.get(i).getAttribute(attribute);
            assertEquals(0, new BigDecimal(expected.isEmpty() ? "0" : expected).compareTo(new BigDecimal(drawn.get(i).toString())),
                    chart + " point " + i + " " + attribute);
        }
    }

    private String text(String testId) {
        return browser.driver().findElement(By.cssSelector("[data-testid=" + testId + "]")).getText().trim();
    }

    private static JsonPath holdings() {
        return given().auth().preemptive().basic("demo", "demo").get("/api/holdings")
                .then().statusCode(200).extract().jsonPath()
                .using(new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private static String usd(BigDecimal amount) {
        BigDecimal rounded = amount.setScale(2, RoundingMode.HALF_EVEN);
        return (rounded.signum() < 0 ? "-$" : "$") + grouped(rounded.abs());
    }

    private static String signedUsd(BigDecimal amount) {
        return (amount.setScale(2, RoundingMode.HALF_EVEN).signum() > 0 ? "+" : "") + usd(amount);
    }

    private static String pct(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    private static String signedPct(BigDecimal fraction) {
        String text = pct(fraction);
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).signum() > 0 ? "+" + text : text;
    }

    private static String grouped(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
        return format.format(value);
    }
}
