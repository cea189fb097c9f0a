package app.ballast.portfolio.backtest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of a backtest: the portfolio's value, the money put in so far, and what buying BTC
 * with the same money would be worth (null without BTC prices).
 */
public record SeriesPoint(LocalDate date, BigDecimal value, BigDecimal invested, BigDecimal benchmarkValue) {
}
