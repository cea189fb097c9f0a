package app.ballast.web.api;

import app.ballast.portfolio.backtest.BacktestFigures;
import app.ballast.portfolio.backtest.BacktestResult;
import app.ballast.web.policy.BacktestInput;
import app.ballast.web.policy.BacktestService;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Replays a policy over the bundled daily history (stateless): the figures, and the same for holding BTC. */
@Path("/api/backtest")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BacktestResource {

    @Inject
    BacktestService backtests;

    public record FiguresJson(BigDecimal finalValue, BigDecimal invested, BigDecimal returnFraction,
                              BigDecimal maxDrawdown, BigDecimal volatility, int trades, BigDecimal fees) {
        static FiguresJson of(BacktestFigures f) {
            return f == null ? null : new FiguresJson(Amounts.plain(f.finalValue()), Amounts.plain(f.invested()),
                    Amounts.plain(f.returnFraction()), Amounts.plain(f.maxDrawdown()), Amounts.plain(f.volatility()),
                    f.trades(), Amounts.plain(f.fees()));
        }
    }

    /** One day: the policy's value, the money put in so far, and buying BTC with the same money. */
    public record PointJson(LocalDate date, BigDecimal value, BigDecimal invested, BigDecimal btcValue) {
    }

    public record BacktestJson(BigDecimal finalValue, BigDecimal invested, BigDecimal returnFraction,
                               BigDecimal maxDrawdown, BigDecimal volatility, int trades, BigDecimal fees,
                               FiguresJson buyAndHoldBtc, List<PointJson> series, List<String> notes) {
        static BacktestJson of(BacktestResult r) {
            return new BacktestJson(Amounts.plain(r.finalValue()), Amounts.plain(r.invested()),
                    Amounts.plain(r.returnFraction()), Amounts.plain(r.maxDrawdown()), Amounts.plain(r.volatility()),
                    r.trades(), Amounts.plain(r.fees()), FiguresJson.of(r.buyAndHoldBtc()),
                    r.series().stream().map(p -> new PointJson(p.date(), Amounts.plain(p.value()),
                            Amounts.plain(p.invested()), Amounts.plain(p.benchmarkValue()))).toList(),
                    r.notes());
        }
    }

    @POST
    public BacktestJson run(BacktestInput input) {
        return BacktestJson.of(backtests.run(TransactionResource.requireBody(input)));
    }
}
