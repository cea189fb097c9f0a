package app.ballast.portfolio.backtest;

import java.math.BigDecimal;

/**
 * The headline figures of one strategy over the backtest. Return is final value / invested − 1;
 * drawdown and volatility come from the daily returns net of new money (time-weighted), the
 * volatility annualised over 365 trading days (crypto trades every day).
 */
public record BacktestFigures(BigDecimal finalValue, BigDecimal invested, BigDecimal returnFraction,
                              BigDecimal maxDrawdown, BigDecimal volatility, int trades, BigDecimal fees) {
}
