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
 * position (each optional), the fee rate (null: the policy's), and how many days after a stop has
 * sold an asset the rebalancing does not buy it back (null: {@link #DEFAULT_STOP_COOLDOWN_DAYS};
 * 0: it may buy it back at once, which undoes the stop).
 */
public record BacktestRequest(LocalDate from, LocalDate to, BigDecimal initialCash, List<BacktestAsset> assets,
                              Policy policy, List<DcaPlan> dca, RebalanceSchedule rebalance,
                              TrailingStop trailingStop, TakeProfitLadder takeProfit, BigDecimal feeRate,
                              Integer stopCooldownDays) {

    /**
     * A month: a quarterly rebalance a few days after a stop does not buy the asset straight back,
     * nor does a threshold rebalance on the day of the stop (the core is then out of its band).
     */
    public static final int DEFAULT_STOP_COOLDOWN_DAYS = 30;

    /** A request with the default stop cooldown. */
    public BacktestRequest(LocalDate from, LocalDate to, BigDecimal initialCash, List<BacktestAsset> assets,
                           Policy policy, List<DcaPlan> dca, RebalanceSchedule rebalance,
                           TrailingStop trailingStop, TakeProfitLadder takeProfit, BigDecimal feeRate) {
        this(from, to, initialCash, assets, policy, dca, rebalance, trailingStop, takeProfit, feeRate, null);
    }

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
        if (stopCooldownDays != null && stopCooldownDays < 0) {
            problems.add("stopCooldownDays", "stopCooldownDays must be 0 or more, was " + stopCooldownDays);
        }
        problems.throwIfAny();
        assets = List.copyOf(assets);
        if (stopCooldownDays == null) {
            stopCooldownDays = DEFAULT_STOP_COOLDOWN_DAYS;
        }
        if (rebalance == null) {
            rebalance = RebalanceSchedule.NONE;
        }
    }
}
