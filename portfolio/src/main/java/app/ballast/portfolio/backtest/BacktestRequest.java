package app.ballast.portfolio.backtest;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;
import app.ballast.domain.policy.DcaPlan;
import app.ballast.domain.policy.Policy;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A policy to replay over daily closes ({@code POST /api/backtest}): from and to (inclusive), the
 * cash invested on the first day, the assets, the policy, DCA plans (new money on each due date),
 * the rebalancing schedule (null: NONE), a trailing stop and a take-profit ladder applied to every
 * position (each optional), and the fee rate (null: the policy's).
 */
public record BacktestRequest(LocalDate from, LocalDate to, BigDecimal initialCash, List<BacktestAsset> assets,
                              Policy policy, List<DcaPlan> dca, RebalanceSchedule rebalance,
                              TrailingStop trailingStop, TakeProfitLadder takeProfit, BigDecimal feeRate) {

    public BacktestRequest {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        if (from == null) {
            problems.add("from", "from is required");
        }
        if (to == null) {
            problems.add("to", "to is required");
        } else if (from != null && to.isBefore(from)) {
            problems.add("to", "to (" + to + ") must not be before from (" + from + ")");
        }
        if (initialCash == null || initialCash.signum() < 0) {
            problems.add("initialCash", "initialCash must be 0 or more, was "
                    + (initialCash == null ? "nothing" : Scales.plain(initialCash)));
        }
        Set<String> symbols = new HashSet<>();
        if (assets == null || assets.isEmpty()) {
            problems.add("assets", "assets must name at least one asset");
        } else {
            for (int i = 0; i < assets.size(); i++) {
                if (assets.get(i) == null) {
                    problems.add("assets[" + i + "]", "assets[" + i + "] is required");
                } else if (!symbols.add(assets.get(i).symbol())) {
                    problems.add("assets[" + i + "].symbol", assets.get(i).symbol() + " is given twice");
                }
            }
        }
        if (policy == null) {
            problems.add("policy", "policy is required");
        }
        dca = dca == null ? List.of() : List.copyOf(dca);
        for (int i = 0; i < dca.size(); i++) {
            if (assets != null && !symbols.contains(dca.get(i).symbol())) {
                problems.add("dca[" + i + "].symbol", dca.get(i).symbol() + " is not among the assets");
            }
        }
        if (feeRate != null && (feeRate.signum() < 0 || feeRate.compareTo(BigDecimal.ONE) >= 0)) {
            problems.add("feeRate", "feeRate must be at least 0 and less than 1, was " + Scales.plain(feeRate));
        }
        problems.throwIfAny();
        assets = List.copyOf(assets);
        if (rebalance == null) {
            rebalance = RebalanceSchedule.NONE;
        }
    }
}
