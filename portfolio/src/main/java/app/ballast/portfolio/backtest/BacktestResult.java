package app.ballast.portfolio.backtest;

import java.math.BigDecimal;
import java.util.List;

/**
 * What replaying a policy gave: its figures, the daily series, the same figures for buying and
 * holding BTC with the same money on the same days (null without BTC prices), and notes on what
 * the history could not provide (an asset listed late, a DCA date without a price).
 */
public record BacktestResult(BigDecimal finalValue, BigDecimal invested, BigDecimal returnFraction,
                             BigDecimal maxDrawdown, BigDecimal volatility, int trades, BigDecimal fees,
                             List<SeriesPoint> series, BacktestFigures buyAndHoldBtc, List<String> notes) {

    public BacktestResult {
        series = List.copyOf(series);
        notes = List.copyOf(notes);
    }

    /** The policy's own figures, in the shape of the benchmark's. */
    public BacktestFigures figures() {
        return new BacktestFigures(finalValue, invested, returnFraction, maxDrawdown, volatility, trades, fees);
    }
}
