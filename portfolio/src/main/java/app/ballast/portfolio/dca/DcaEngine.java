package app.ballast.portfolio.dca;

import app.ballast.domain.Scales;
import app.ballast.domain.policy.DcaMultipliers;
import app.ballast.domain.policy.DcaPlan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides one DCA execution (SPEC §4): skip when the budget is spent, the asset's score is under
 * the no-buy threshold, or there is no price; otherwise buy the plan's amount times its
 * multipliers (BTC's MVRV value zone and the Fear &amp; Greed index), capped by what is left of the
 * budget — recorded at once with auto-record, else left pending.
 */
public final class DcaEngine {

    /** Decimals of a bought quantity, rounded down so that the cost never exceeds the amount. */
    public static final int QUANTITY_SCALE = 8;

    private DcaEngine() {
    }

    /**
     * @param price      the asset's price on that date; null: skipped
     * @param score      the asset's latest score; null: no restriction
     * @param mvrv       BTC's MVRV on that date (the market's value zone, whatever the plan's asset); null: no factor
     * @param fearGreed  the Fear &amp; Greed index (0–100); null: no factor
     * @param spentSoFar what the plan's executions have spent before this one
     */
    public static DcaDecision decide(DcaPlan plan, LocalDate date, BigDecimal price, BigDecimal score,
                                     BigDecimal noBuyBelow, BigDecimal mvrv, Integer fearGreed,
                                     BigDecimal spentSoFar) {
        BigDecimal spent = spentSoFar == null ? BigDecimal.ZERO : spentSoFar;
        if (date.isBefore(plan.start()) || plan.end() != null && date.isAfter(plan.end())) {
            return skip(date, price, "the plan runs from " + plan.start()
                    + (plan.end() == null ? "" : " to " + plan.end()) + ", not on " + date);
        }
        BigDecimal left = plan.budget() == null ? null : plan.budget().subtract(spent);
        if (left != null && left.signum() <= 0) {
            return skip(date, price, "the budget of " + usd(plan.budget()) + " is spent");
        }
        if (score != null && noBuyBelow != null && score.compareTo(noBuyBelow) < 0) {
            return skip(date, price, plan.symbol() + " scores " + Scales.plain(score)
                    + ", under the no-buy threshold " + Scales.plain(noBuyBelow));
        }
        if (price == null || price.signum() <= 0) {
            return skip(date, null, "no price for " + plan.symbol() + " on " + date);
        }
        DcaMultipliers m = plan.multipliers();
        BigDecimal mvrvFactor = m.mvrvFactor(mvrv);
        BigDecimal fearGreedFactor = m.fearGreedFactor(fearGreed);
        BigDecimal amount = plan.amount().multiply(mvrvFactor).multiply(fearGreedFactor);
        List<String> why = new ArrayList<>();
        if (mvrvFactor.compareTo(BigDecimal.ONE) != 0) {
            why.add("BTC MVRV " + Scales.plain(mvrv) + (mvrv.compareTo(m.mvrvBelow()) < 0
                    ? " under " + Scales.plain(m.mvrvBelow()) : " over " + Scales.plain(m.mvrvAbove()))
                    + ": × " + Scales.plain(mvrvFactor));
        }
        if (fearGreedFactor.compareTo(BigDecimal.ONE) != 0) {
            why.add("Fear & Greed " + fearGreed + (fearGreed < m.fearGreedBelow()
                    ? " under " + m.fearGreedBelow() : " over " + m.fearGreedAbove()) + ": × "
                    + Scales.plain(fearGreedFactor));
        }
        if (left != null && amount.compareTo(left) > 0) {
            amount = left;
            why.add("capped at the " + usd(left) + " left of the budget");
        }
        if (amount.signum() <= 0) {
            return skip(date, price, "the multipliers make the amount 0 (" + String.join("; ", why) + ")");
        }
        BigDecimal quantity = amount.divide(price, QUANTITY_SCALE, RoundingMode.DOWN);
        if (quantity.signum() == 0) {
            return skip(date, price, usd(amount) + " buys less than 0.00000001 " + plan.symbol() + " at "
                    + Scales.plain(price));
        }
        String reason = "buy " + usd(amount) + " of " + plan.symbol() + " at " + Scales.plain(price)
                + (why.isEmpty() ? "" : " (" + String.join("; ", why) + ")");
        return new DcaDecision(date, plan.autoRecord() ? DcaDecision.Status.EXECUTED : DcaDecision.Status.PENDING,
                amount, quantity, price, reason);
    }

    private static DcaDecision skip(LocalDate date, BigDecimal price, String reason) {
        return new DcaDecision(date, DcaDecision.Status.SKIPPED, BigDecimal.ZERO, BigDecimal.ZERO, price, reason);
    }

    private static String usd(BigDecimal amount) {
        return Scales.plain(amount) + " USD";
    }
}
