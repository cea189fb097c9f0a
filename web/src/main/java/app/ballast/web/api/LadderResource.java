package app.ballast.web.api;

import app.ballast.web.policy.LadderInput;
import app.ballast.web.policy.LadderView;
import app.ballast.web.policy.PositionPlansService;
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

/** Take-profit ladders on the caller's positions; each answer carries the steps done and the next one. */
@Path("/api/ladders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LadderResource {

    @Inject
    PositionPlansService plans;

    @Inject
    CurrentUser user;

    public record StepJson(BigDecimal atFractionOfTarget, BigDecimal sellFraction, BigDecimal price, boolean done,
                           LocalDate firedOn) {
    }

    public record LadderJson(long id, String symbol, String account, BigDecimal targetGain, List<StepJson> steps,
                             BigDecimal trail, LocalDate armedOn, BigDecimal quantity, BigDecimal averageCost,
                             String status, long stepsDone, Integer nextStep, BigDecimal nextStepPrice,
                             BigDecimal highWaterMark, BigDecimal takeProfitPrice, BigDecimal lastPrice,
                             Instant lastPriceAt, LocalDate finishedOn) {
        static LadderJson of(LadderView l) {
            LadderView.StepView next = l.nextStep();
            return new LadderJson(l.id(), l.symbol(), l.account(), l.targetGain(),
                    l.steps().stream().map(s -> new StepJson(s.atFractionOfTarget(), s.sellFraction(),
                            Amounts.plain(s.price()), s.done(), s.firedOn())).toList(),
                    l.trail(), l.armedOn(), l.quantity(), l.averageCost(),
                    l.finished() ? "FINISHED" : l.lastPrice() == null ? "WAITING" : "ACTIVE", l.stepsDone(),
                    next == null ? null : next.index(), next == null ? null : Amounts.plain(next.price()),
                    l.highWaterMark(), Amounts.plain(l.takeProfitPrice()), l.lastPrice(), l.lastPriceAt(),
                    l.finishedOn());
        }
    }

    @GET
    public List<LadderJson> list() {
        plans.evaluate(user.id(), LocalDate.now(ZoneOffset.UTC));
        return plans.ladders(user.id()).stream().map(LadderJson::of).toList();
    }

    @GET
    @Path("/{id}")
    public LadderJson get(@PathParam("id") long id) {
        plans.ladder(user.id(), id); // 404 before anything is evaluated
        plans.evaluate(user.id(), LocalDate.now(ZoneOffset.UTC));
        return LadderJson.of(plans.ladder(user.id(), id));
    }

    @POST
    public Response create(LadderInput input) {
        LadderView created = plans.createLadder(user.id(), TransactionResource.requireBody(input));
        return Response.created(URI.create("/api/ladders/" + created.id())).entity(LadderJson.of(created)).build();
    }

    @PUT
    @Path("/{id}")
    public LadderJson update(@PathParam("id") long id, LadderInput input) {
        return LadderJson.of(plans.updateLadder(user.id(), id, TransactionResource.requireBody(input)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        plans.deleteLadder(user.id(), id);
        return Response.noContent().build();
    }
}
