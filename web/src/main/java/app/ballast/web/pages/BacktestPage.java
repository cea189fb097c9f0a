package app.ballast.web.pages;

import app.ballast.domain.InvalidValueException;
import app.ballast.portfolio.backtest.BacktestResult;
import app.ballast.portfolio.backtest.SeriesPoint;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.policy.BacktestService;
import app.ballast.web.policy.PolicyInput;
import app.ballast.web.policy.PolicyService;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The backtest: the investor's policy replayed over the bundled daily history, drawn against
 * buying and holding BTC with the same money, with the figures and a monthly table behind the chart.
 */
@Path("/backtest")
@Produces(MediaType.TEXT_HTML)
public class BacktestPage {

    /** The result with the chart's data as JSON arrays for data-* attributes (no inline script). */
    public record Outcome(BacktestResult result, String dates, String values, String btc, String invested,
                          List<SeriesPoint> monthly) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance backtest(BacktestForm form, List<String> symbols, BacktestService.Range range,
                                                Outcome outcome, Map<String, String> errors);
    }

    @Inject
    BacktestService backtests;

    @Inject
    PolicyService policies;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance form() {
        BacktestService.Range range = backtests.range();
        return Templates.backtest(BacktestForm.defaults(range.last().toString()), PolicyPage.symbols(), range, null,
                Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@BeanParam BacktestForm form) {
        BacktestService.Range range = backtests.range();
        try {
            BacktestResult result = backtests.run(form.toInput(PolicyInput.of(policies.get(user.id()))));
            return Response.ok(Templates.backtest(form, PolicyPage.symbols(), range, outcome(result), Map.of())).build();
        } catch (InvalidInputException e) {
            return refused(form, range, FormErrors.byField(e));
        } catch (InvalidValueException e) {
            return refused(form, range, FormErrors.byField(InvalidInputException.of(e)));
        }
    }

    private static Response refused(BacktestForm form, BacktestService.Range range, Map<String, String> errors) {
        return Response.status(Response.Status.BAD_REQUEST)
                .entity(Templates.backtest(form, PolicyPage.symbols(), range, null, errors)).build();
    }

    static Outcome outcome(BacktestResult result) {
        List<SeriesPoint> series = result.series();
        List<SeriesPoint> monthly = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            boolean last = i == series.size() - 1;
            if (last || series.get(i + 1).date().getMonthValue() != series.get(i).date().getMonthValue()) {
                monthly.add(series.get(i));
            }
        }
        return new Outcome(result,
                series.stream().map(p -> "\"" + p.date() + "\"").collect(Collectors.joining(",", "[", "]")),
                numbers(series.stream().map(SeriesPoint::value).toList()),
                numbers(series.stream().map(SeriesPoint::benchmarkValue).toList()),
                numbers(series.stream().map(SeriesPoint::invested).toList()),
                monthly);
    }

    /** Whole dollars are plenty for a chart; the table and figures keep the cents. */
    private static String numbers(List<BigDecimal> values) {
        return values.stream().map(v -> v == null ? "null"
                        : v.setScale(0, java.math.RoundingMode.HALF_EVEN).toPlainString())
                .collect(Collectors.joining(",", "[", "]"));
    }
}
