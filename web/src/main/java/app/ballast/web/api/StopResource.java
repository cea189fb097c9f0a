package app.ballast.web.api;

import app.ballast.web.policy.PositionPlansService;
import app.ballast.web.policy.StopInput;
import app.ballast.web.policy.StopView;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Trailing and fixed stops on the caller's positions; each answer carries the stop's state. */
@Path("/api/stops")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StopResource {

    @Inject
    PositionPlansService plans;

    @Inject
    CurrentUser user;

    /** A stop with its state: the high-water mark, the stop price, the last accepted price. */
    public record StopJson(long id, String symbol, String account, String type, BigDecimal trail, BigDecimal price,
                           BigDecimal belowCost, BigDecimal sellFraction, LocalDate armedOn, BigDecimal quantity,
                           BigDecimal averageCost, String status, BigDecimal highWaterMark, BigDecimal stopPrice,
                           BigDecimal lastPrice, Instant lastPriceAt, BigDecimal pendingPrice, LocalDate triggeredOn) {
        static StopJson of(StopView s) {
            return new StopJson(s.id(), s.symbol(), s.account(), s.type().name(), s.trail(), s.price(), s.belowCost(),
                    s.sellFraction(), s.armedOn(), s.quantity(), s.averageCost(), s.status(), s.highWaterMark(),
                    Amounts.plain(s.stopPrice()), s.lastPrice(), s.lastPriceAt(), s.pendingPrice(), s.triggeredOn());
        }
    }

    /** Every stop, evaluated first over the closes it has not seen. */
    @GET
    public List<StopJson> list() {
        plans.evaluate(user.id(), LocalDate.now(ZoneOffset.UTC));
        return plans.stops(user.id()).stream().map(StopJson::of).toList();
    }

    @GET
    @Path("/{id}")
    public StopJson get(@PathParam("id") long id) {
        StopView stop = plans.stop(user.id(), id); // 404 before anything is evaluated
        plans.evaluate(user.id(), LocalDate.now(ZoneOffset.UTC));
        return StopJson.of(plans.stop(user.id(), stop.id()));
    }

    @POST
    public Response create(StopInput input) {
        StopView created = plans.createStop(user.id(), TransactionResource.requireBody(input));
        return Response.created(URI.create("/api/stops/" + created.id())).entity(StopJson.of(created)).build();
    }

    /** Replaces the stop's settings and re-arms it. */
    @PUT
    @Path("/{id}")
    public StopJson update(@PathParam("id") long id, StopInput input) {
        return StopJson.of(plans.updateStop(user.id(), id, TransactionResource.requireBody(input)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        plans.deleteStop(user.id(), id);
        return Response.noContent().build();
    }
}
