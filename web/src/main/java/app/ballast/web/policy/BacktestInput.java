package app.ballast.web.policy;

import java.math.BigDecimal;
import java.util.List;

/**
 * A backtest as the investor sends it ({@code POST /api/backtest}): dates as text, assets with an
 * optional tier and sector (default: the asset's own), the policy (defaults for what is left out),
 * DCA plans, the rebalancing schedule (QUARTERLY, THRESHOLD or NONE), a trailing stop and a
 * take-profit ladder for every position (optional), and the fee rate (default: the policy's).
 */
public record BacktestInput(String from, String to, BigDecimal initialCash, List<Asset> assets, PolicyInput policy,
                            List<DcaPlanInput> dca, String rebalance, Stop trailingStop, Ladder takeProfit,
                            BigDecimal feeRate) {

    public record Asset(String symbol, String tier, String sector) {
    }

    public record Stop(BigDecimal trail, BigDecimal sellFraction) {
    }

    public record Ladder(BigDecimal targetGain, List<LadderInput.Step> steps, BigDecimal trail) {
    }
}
