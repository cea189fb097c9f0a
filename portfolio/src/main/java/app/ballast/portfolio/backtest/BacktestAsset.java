package app.ballast.portfolio.backtest;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Tier;
import app.ballast.portfolio.rebalance.RebalancePosition;

/** An asset the backtest may hold, with where it sits in the policy. */
public record BacktestAsset(String symbol, Tier tier, String sector) {

    public BacktestAsset {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        RebalancePosition.checkAsset(problems, symbol, tier, sector);
        problems.throwIfAny();
    }
}
