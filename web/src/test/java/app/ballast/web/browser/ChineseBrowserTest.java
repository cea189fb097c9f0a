package app.ballast.web.browser;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Chinese browser (Chromium with --lang=zh-CN): signs in, opens every page in Chinese without a console
 * error (a Content-Security-Policy refusal is one), and switches to English with the header's switch.
 */
@QuarkusTest
class ChineseBrowserTest extends BrowserTest {

    @Override
    String language() {
        return "zh-CN";
    }

    @Test
    void theDemoInvestorReadsEveryPageInChineseAndSwitchesToEnglish() {
        WebDriver page = browser.driver();
        page.get(url("login"));
        assertEquals("登录", page.findElement(By.tagName("h1")).getText());
        assertEquals("zh-CN", page.findElement(By.tagName("html")).getAttribute("lang"));
        signInAsDemo();

        List<String[]> pages = List.of(
                new String[] {"", "仪表盘"},
                new String[] {"holdings", "持仓"},
                new String[] {"transactions", "交易"},
                new String[] {"transactions/new", "添加交易"},
                new String[] {"accounts", "账户"},
                new String[] {"assets", "资产"},
                new String[] {"scores", "评分卡"},
                new String[] {"scores/ETH", "ETH 评分卡"},
                new String[] {"scores/profiles", "权重方案"},
                new String[] {"tokenomics", "代币经济"},
                new String[] {"tokenomics/EIGEN", "EIGEN 代币经济"},
                new String[] {"warnings", "预警"},
                new String[] {"market-inputs", "市场数据"},
                new String[] {"policy", "投资策略"},
                new String[] {"rebalance", "再平衡"},
                new String[] {"plans", "计划"},
                new String[] {"backtest", "回测"},
                new String[] {"notifications", "通知"},
                new String[] {"prices", "价格"},
                new String[] {"jobs", "任务"});
        for (String[] p : pages) {
            page.get(url(p[0]));
            assertEquals(p[1], page.findElement(By.tagName("h1")).getText(), "heading of /" + p[0]);
            String nav = page.findElement(By.cssSelector("nav[aria-label]")).getText();
            assertTrue(nav.contains("仪表盘") && nav.contains("持仓"), "/" + p[0] + " navigation: " + nav);
            browser.screenshot("zh-" + (p[0].isEmpty() ? "dashboard" : p[0].replace('/', '-')));
            assertTrue(browser.severeConsoleMessages().isEmpty(),
                    () -> "console on /" + p[0] + ": " + browser.severeConsoleMessages());
        }

        page.get(url("scores/ETH"));
        assertTrue(page.findElement(By.cssSelector("[data-testid=live-recommendation]")).getText()
                .matches("强烈推荐|推荐|谨慎推荐|不推荐|强烈不推荐"), "the live recommendation in the seed's words");

        page.get(url("holdings"));
        page.findElement(By.cssSelector("[data-testid=lang-en]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Holdings"));
        assertTrue(page.getCurrentUrl().endsWith("/holdings"), page.getCurrentUrl());
        assertEquals("en", page.findElement(By.tagName("html")).getAttribute("lang"));
        page.get(url(""));
        assertEquals("Dashboard", page.findElement(By.tagName("h1")).getText(), "the choice is remembered");
        page.findElement(By.cssSelector("[data-testid=lang-zh]")).click();
        browser.waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "仪表盘"));
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }

    @Test
    void theLiveScoreCardAndTheChartsWorkUnderTheContentSecurityPolicy() {
        signInAsDemo();
        WebDriver page = browser.driver();
        page.get(url("tokenomics/EIGEN"));
        assertTrue(browser.chartDrawn("unlock-chart"), "the unlock chart is drawn");
        page.get(url("scores/ETH"));
        assertTrue(browser.chartDrawn("history-chart"), "the history chart is drawn");
        type("score-risk-project", "99");
        assertEquals("请填写每一项（0 到该项满分）",
                page.findElement(By.cssSelector("[data-testid=live-recommendation]")).getText());
        assertTrue(browser.severeConsoleMessages().isEmpty(), () -> "console: " + browser.severeConsoleMessages());
    }
}
