package app.ballast.web.i18n;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Money;
import app.ballast.domain.Scales;
import app.ballast.domain.scoring.WeightProfile;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The texts composed in Java in Chinese: every pattern is found for its own text, and real texts translate. */
@QuarkusTest
class TextsTest {

    /** Each message's English text, its {names} filled in, is recognised as that message and rendered in Chinese. */
    @Test
    void everyPatternRecognisesItsOwnTextAndRendersItInChinese() {
        List<String> wrong = new ArrayList<>();
        for (Texts.Entry entry : Texts.load()) {
            String english = example(entry);
            Texts.Match match = Texts.match(english);
            if (match == null || !match.key().equals(entry.key())) {
                wrong.add(entry.key() + " ← \"" + english + "\" is taken by " + (match == null ? "none" : match.key()));
                continue;
            }
            String chinese = Texts.in(english, Languages.CHINESE);
            if (!hasHan(chinese) || chinese.contains("{")) {
                wrong.add(entry.key() + " → " + chinese);
            }
        }
        assertEquals(List.of(), wrong);
    }

    @Test
    void englishStaysAsItIsAndAnUnknownTextToo() {
        assertEquals("quantity is required", Texts.in("quantity is required", Languages.ENGLISH));
        assertEquals("something nobody wrote a pattern for", Texts.in("something nobody wrote a pattern for", Languages.CHINESE));
        assertEquals("quantity 为必填项", Texts.in("quantity is required", "zh-CN"));
    }

    @Test
    void theDomainsFieldErrorsTranslate() {
        InvalidValueException tooPrecise = assertThrows(InvalidValueException.class,
                () -> Scales.requireFits("price", new BigDecimal("0.0000000000000000001")));
        assertEquals("price 最多只能有 18 位小数，当前为 0.0000000000000000001", Texts.in(tooPrecise.getMessage(), Languages.CHINESE));
        InvalidValueException currency = assertThrows(InvalidValueException.class, () -> new Money(BigDecimal.ONE, "usd"));
        assertEquals("货币必须是 3 个大写字母的代码，当前为“usd”", Texts.in(currency.getMessage(), Languages.CHINESE));
        InvalidValuesException weights = assertThrows(InvalidValuesException.class,
                () -> WeightProfile.parse("Mine", Map.of("fundamentals", new BigDecimal("0.5"), "nonsense", BigDecimal.ONE)));
        for (InvalidValuesException.Problem p : weights.problems()) {
            assertTrue(hasHan(Texts.in(p.message(), Languages.CHINESE)), p.message());
        }
    }

    /** Texts of the modules as their own tests show them (AssetWarningRulesTest, PolicyCheckTest, RebalancerTest…). */
    @Test
    void warningsReasonsAndNotificationsOfTheModulesTranslate() {
        Map<String, String> examples = Map.ofEntries(
                Map.entry("24 h volume has been below 2% of market cap on each of the last 7 days (at most 1.99%, "
                        + "1.5% on 2025-12-01): liquidity risk.",
                        "过去 7 天内 24 小时成交量每天都低于市值的 2%（最高 1.99%，2025-12-01 为 1.5%）：存在流动性风险。"),
                Map.entry("Fear & Greed is 91 (above 90), extreme greed: consider a partial take-profit.",
                        "恐惧与贪婪指数为 91（高于 90），极度贪婪：可考虑部分止盈。"),
                Map.entry("The team holds 35% of the supply (more than 30%) vesting over fewer than 12 months: "
                        + "\"team\" 20% over 6 months, \"founders\" 15% over 6 months.",
                        "团队持有 35% 的供应量（超过 30%），且解锁期短于 12 个月：“team” 20%，6 个月内解锁，“founders” 15%，6 个月内解锁。"),
                Map.entry("The advertised APY of 13.51% is more than 3 times the 4.5% of a stable yield, and the real yield "
                        + "is -1% (revenue yield 5% minus inflation 6%): such a yield is paid with new tokens rather than "
                        + "revenue, and dilutes the holders it pays.",
                        "宣传的年化收益率 13.51% 超过稳定收益 4.5% 的 3 倍；实际收益率为 -1%（收入收益率 5% 减去通胀率 6%）："
                        + "这样的收益来自增发的新代币而非真实收入，会稀释领取收益的持有人。"),
                Map.entry("The latest score, of 2025-11-21, is 40 days old (more than 30) and does not account for the "
                        + "event recorded on 2025-11-22: evaluate TEST again.",
                        "最近一次评分（2025-11-21）已过去 40 天（超过 30 天），且未考虑 2025-11-22 记录的事件：请重新评估 TEST。"),
                Map.entry("SOL is 25% of the portfolio, over the 20% cap for a single position.",
                        "SOL 占组合的 25%，超过单一仓位 20% 的上限。"),
                Map.entry("above its target: 16.7% → 11.7%", "高于目标：16.7% → 11.7%"),
                Map.entry("The core is 54.2% of the portfolio, below its 60%–70% band (target 65%).",
                        "核心资产占组合的 54.2%，低于 60%–70% 的区间（目标 65%）。"),
                Map.entry("The stop on ETH fired at 1800: see sell suggestion 12.", "ETH 的止损已在 1800 触发：请查看卖出建议 12。"),
                Map.entry("malformed JSON: Unexpected character", "JSON 格式错误：Unexpected character"),
                Map.entry("buy-only does not sell: SOL stays at 25% of the portfolio, over the 20% cap",
                        "只买入模式不会卖出：SOL 仍占组合的 25%，超过 20% 的上限"),
                Map.entry("buy 100 USD of ETH at 3000 (BTC MVRV 0.8 under 1: × 1.5; capped at the 50 USD left of the budget)",
                        "以 3000 的价格买入 100 USD 的 ETH（BTC MVRV 0.8 低于 1：× 1.5；以剩余预算 50 USD 为上限）"),
                Map.entry("cannot sell 2 BTC plus a fee of 0.1 BTC from Kraken on 2024-03-01T10:00:00Z: it holds 1",
                        "无法在 2024-03-01T10:00:00Z 从 Kraken 卖出 2 BTC，外加 0.1 BTC 的手续费：该账户只持有 1"),
                Map.entry("row 2: quantity must be greater than 0, was 0", "第 2 行：quantity 必须大于 0，当前为 0"),
                Map.entry("line 4: 2024-03-01 (market-wide) is already on an earlier line", "第 4 行：2024-03-01（全市场）已在前面的行中出现"),
                Map.entry("give either price or belowCost, not both", "请只填写 price 或 belowCost 其中之一，不能两者都填"),
                Map.entry("line 3, column date: date must be a day as 2024-03-31, was \"31/03/2024\"",
                        "第 3 行，date 列：date 必须是日期，例如 2024-03-31，当前为“31/03/2024”"),
                Map.entry("Warning: stale prices — PRICES", "预警：价格过时 — PRICES"),
                Map.entry("Warning: core outside its band — CORE", "预警：核心资产超出区间 — 核心资产"),
                Map.entry("fed 3 prices to 12 plans, 1 fired", "已将 3 个价格提供给 12 个计划，1 个触发"),
                Map.entry("Quarterly rebalance 2026-Q1: 2 trade(s) suggested\n", "2026-Q1 季度再平衡：建议 2 笔交易\n"),
                Map.entry("Suggested trades at the latest prices:\nSELL 0.5 BTC (30000.00 USD)\nBUY 10 SOL (1500.00 USD)",
                        "按最新价格建议的交易：\n卖出 0.5 BTC（30000.00 USD）\n买入 10 SOL（1500.00 USD）"),
                Map.entry("Fixed stop on ETH triggered on 2024-03-01: 1800 is at or below the stop price 1850; sell 100% of "
                        + "the position. Suggested sale: 2 ETH from Kraken (see Rebalance).",
                        "ETH 的固定止损于 2024-03-01 触发：1800 已达到或低于止损价 1850；卖出仓位的 100%。"
                        + "建议卖出：从 Kraken 卖出 2 ETH（见再平衡页面）。"),
                Map.entry("bought late on 2024-03-05 (Ballast did not run on 2024-03-01): buy 100 USD of ETH at 3000 "
                        + "(BTC MVRV 0.8 under 1: × 1.5) (the close of 2024-03-04)",
                        "于 2024-03-05 补买（Ballast 在 2024-03-01 未运行）：以 3000 的价格买入 100 USD 的 ETH"
                        + "（BTC MVRV 0.8 低于 1：× 1.5）（2024-03-04 的收盘价）"));
        examples.forEach((english, chinese) -> assertEquals(chinese, Texts.in(english, Languages.CHINESE), english));
    }

    private static final Pattern PARAMETER = Pattern.compile("\\{(\\w+)}");

    private static String example(Texts.Entry entry) {
        String english = english(entry.key());
        Matcher m = PARAMETER.matcher(english);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (m.find()) {
            m.appendReplacement(out, "V" + (++i));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String english(String key) {
        for (String file : List.of("messages/err_en.properties", "messages/note_en.properties")) {
            try (var in = TextsTest.class.getClassLoader().getResourceAsStream(file)) {
                java.util.Properties p = new java.util.Properties();
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
                if (p.containsKey(key)) {
                    return p.getProperty(key);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        throw new AssertionError(key);
    }

    private static boolean hasHan(String text) {
        assertNotNull(text);
        return text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
