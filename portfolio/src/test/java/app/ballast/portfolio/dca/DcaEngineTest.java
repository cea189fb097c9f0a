package app.ballast.portfolio.dca;

import app.ballast.domain.policy.DcaMultipliers;
import app.ballast.domain.policy.DcaPlan;
import app.ballast.domain.policy.Frequency;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DcaEngineTest {

    static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    static final BigDecimal NO_BUY = new BigDecimal("5.5");

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    static DcaPlan plan(String budget, boolean autoRecord, DcaMultipliers multipliers) {
        return new DcaPlan("ETH", d("100"), Frequency.DAILY, null, null, LocalDate.of(2024, 1, 1), null,
                budget == null ? null : d(budget), autoRecord, multipliers);
    }

    @Test
    void anAutoRecordedPlanBuysItsAmountAtTheDaysPrice() {
        DcaDecision decision = DcaEngine.decide(plan(null, true, null), DAY, d("3000"), d("8"), NO_BUY, null, null,
                BigDecimal.ZERO);

        assertEquals(DcaDecision.Status.EXECUTED, decision.status());
        assertEquals(0, d("100").compareTo(decision.amount()));
        assertEquals(d("0.03333333"), decision.quantity());
        assertEquals("buy 100 USD of ETH at 3000", decision.reason());
    }

    @Test
    void aSuggestingPlanLeavesTheBuyPending() {
        DcaDecision decision = DcaEngine.decide(plan(null, false, null), DAY, d("3000"), null, NO_BUY, null, null,
                null);

        assertEquals(DcaDecision.Status.PENDING, decision.status());
    }

    @Test
    void anAssetUnderTheNoBuyThresholdIsSkippedWithTheReason() {
        DcaDecision decision = DcaEngine.decide(plan(null, true, null), DAY, d("3000"), d("5.4"), NO_BUY, null, null,
                BigDecimal.ZERO);

        assertEquals(DcaDecision.Status.SKIPPED, decision.status());
        assertEquals("ETH scores 5.4, under the no-buy threshold 5.5", decision.reason());
        assertEquals(0, BigDecimal.ZERO.compareTo(decision.amount()));
    }

    @Test
    void withoutAPriceTheDateIsSkipped() {
        DcaDecision decision = DcaEngine.decide(plan(null, true, null), DAY, null, null, NO_BUY, null, null, null);

        assertEquals(DcaDecision.Status.SKIPPED, decision.status());
        assertEquals("no price for ETH on 2024-03-01", decision.reason());
    }

    @Test
    void fearAndALowValueZoneMultiplyTheAmount() {
        DcaDecision decision = DcaEngine.decide(plan(null, true, DcaMultipliers.DEFAULTS), DAY, d("2000"), null,
                NO_BUY, d("0.8"), 8, null);

        assertEquals(0, d("225").compareTo(decision.amount()));
        assertEquals("buy 225 USD of ETH at 2000 (BTC MVRV 0.8 under 1: × 1.5; Fear & Greed 8 under 10: × 1.5)",
                decision.reason());
    }

    @Test
    void greedHalvesTheAmount() {
        DcaDecision decision = DcaEngine.decide(plan(null, true, DcaMultipliers.DEFAULTS), DAY, d("2000"), null,
                NO_BUY, d("2"), 95, null);

        assertEquals(0, d("50").compareTo(decision.amount()));
    }

    @Test
    void theLastBuyIsCappedByWhatIsLeftOfTheBudgetAndThenThePlanStops() {
        DcaPlan plan = plan("250", true, null);

        DcaDecision last = DcaEngine.decide(plan, DAY, d("1000"), null, NO_BUY, null, null, d("200"));
        DcaDecision after = DcaEngine.decide(plan, DAY.plusDays(1), d("1000"), null, NO_BUY, null, null, d("250"));

        assertEquals(0, d("50").compareTo(last.amount()));
        assertEquals(DcaDecision.Status.SKIPPED, after.status());
        assertEquals("the budget of 250 USD is spent", after.reason());
    }

    @Test
    void aDateOutsideThePlanIsSkipped() {
        DcaDecision decision = DcaEngine.decide(plan(null, true, null), LocalDate.of(2023, 12, 31), d("1"), null,
                NO_BUY, null, null, null);

        assertEquals(DcaDecision.Status.SKIPPED, decision.status());
    }
}
