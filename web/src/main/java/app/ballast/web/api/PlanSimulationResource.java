package app.ballast.web.api;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.policy.FieldPath;
import app.ballast.web.policy.LadderInput;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;
import app.ballast.portfolio.plans.DatedPrice;
import app.ballast.portfolio.plans.PlanSimulator;
import app.ballast.portfolio.plans.SimulationResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Replays a trailing stop and a take-profit ladder over given daily prices (stateless; armed on the first). */
@Path("/api/plans/simulate")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlanSimulationResource {

    public record PriceJson(String date, BigDecimal price) {
    }

    public record StopJson(BigDecimal trail, BigDecimal sellFraction) {
    }

    public record LadderJson(BigDecimal targetGain, List<LadderInput.Step> steps, BigDecimal trail) {
    }

    public record SimulateBody(BigDecimal quantity, BigDecimal averageCost, List<PriceJson> prices,
                               StopJson trailingStop, LadderJson takeProfit) {
    }

    public record EventJson(LocalDate date, String type, BigDecimal price, BigDecimal stopPrice, BigDecimal quantity) {
    }

    public record SimulationJson(List<EventJson> events, BigDecimal highWaterMark, BigDecimal remainingQuantity,
                                 BigDecimal stopPrice) {
        static SimulationJson of(SimulationResult r) {
            return new SimulationJson(r.events().stream().map(e -> new EventJson(e.date(), e.type().name(),
                            Amounts.plain(e.price()), Amounts.plain(e.stopPrice()), Amounts.plain(e.quantity()))).toList(),
                    Amounts.plain(r.highWaterMark()), Amounts.plain(r.remainingQuantity()),
                    Amounts.plain(r.stopPrice()));
        }
    }

    @POST
    public SimulationJson simulate(SimulateBody body) {
        SimulateBody in = TransactionResource.requireBody(body);
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        List<DatedPrice> prices = prices(in.prices(), problems);
        TrailingStop stop = null;
        TakeProfitLadder ladder = null;
        try {
            if (in.trailingStop() != null) {
                stop = FieldPath.within("trailingStop",
                        () -> new TrailingStop(in.trailingStop().trail(), in.trailingStop().sellFraction()));
            }
        } catch (InvalidValuesException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.message()));
        }
        try {
            if (in.takeProfit() != null) {
                ladder = LadderInput.rules("takeProfit", in.takeProfit().targetGain(), in.takeProfit().steps(),
                        in.takeProfit().trail());
            }
        } catch (InvalidValuesException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.message()));
        }
        problems.throwIfAny();
        return SimulationJson.of(PlanSimulator.simulate(in.quantity(), in.averageCost(), prices, stop, ladder));
    }

    private static List<DatedPrice> prices(List<PriceJson> given, InvalidValuesException.Collector problems) {
        List<DatedPrice> prices = new ArrayList<>();
        if (given == null) {
            return null;
        }
        for (int i = 0; i < given.size(); i++) {
            PriceJson p = given.get(i);
            String path = "prices[" + i + "]";
            if (p == null) {
                problems.add(path, path + " is required");
                continue;
            }
            LocalDate date = null;
            try {
                date = p.date() == null ? null : LocalDate.parse(p.date().strip());
            } catch (DateTimeParseException e) {
                problems.add(path + ".date", path + ".date must be a date such as 2022-04-01, was \"" + p.date() + "\"");
            }
            if (p.date() == null) {
                problems.add(path + ".date", path + ".date is required");
            }
            if (p.price() == null) {
                problems.add(path + ".price", path + ".price is required");
            }
            if (date != null && p.price() != null) {
                prices.add(new DatedPrice(date, p.price()));
            }
        }
        return prices;
    }
}
