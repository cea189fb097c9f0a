package app.ballast.web.api;

import app.ballast.domain.policy.DcaMultipliers;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.policy.DcaPlanInput;
import app.ballast.web.policy.DcaPlanView;
import app.ballast.web.policy.DcaService;
import app.ballast.web.policy.ExecutionView;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;

/** The caller's DCA plans, their executions, and running the due ones. */
@Path("/api/dca-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DcaPlanResource {

    @Inject
    DcaService dca;

    @Inject
    PositionPlansService plans;

    @Inject
    CurrentUser user;

    public record MultipliersJson(BigDecimal mvrvBelow, BigDecimal mvrvBelowFactor, BigDecimal mvrvAbove,
                                  BigDecimal mvrvAboveFactor, int fearGreedBelow, BigDecimal fearGreedBelowFactor,
                                  int fearGreedAbove, BigDecimal fearGreedAboveFactor) {
        static MultipliersJson of(DcaMultipliers m) {
            return m == null ? null : new MultipliersJson(Amounts.plain(m.mvrvBelow()), Amounts.plain(m.mvrvBelowFactor()),
                    Amounts.plain(m.mvrvAbove()), Amounts.plain(m.mvrvAboveFactor()), m.fearGreedBelow(),
                    Amounts.plain(m.fearGreedBelowFactor()), m.fearGreedAbove(), Amounts.plain(m.fearGreedAboveFactor()));
        }
    }

    public record PlanJson(long id, String symbol, BigDecimal amount, String frequency, String dayOfWeek,
                           Integer dayOfMonth, LocalDate start, LocalDate end, BigDecimal budget, boolean autoRecord,
                           MultipliersJson multipliers, String account, LocalDate nextDue, BigDecimal spent,
                           LocalDate lastRunOn, String missedDates) {
        static PlanJson of(DcaPlanView p) {
            return new PlanJson(p.id(), p.symbol(), Amounts.plain(p.amount()), p.frequency().name(),
                    p.dayOfWeek() == null ? null : p.dayOfWeek().name(), p.dayOfMonth(), p.start(), p.end(),
                    Amounts.plain(p.budget()), p.autoRecord(), MultipliersJson.of(p.multipliers()), p.account(),
                    p.nextDue(), Amounts.plain(p.spent()), p.lastRunOn(), p.missedDates().name());
        }
    }

    public record ExecutionJson(long planId, String symbol, LocalDate date, String status, BigDecimal amount,
                                BigDecimal quantity, BigDecimal price, String reason, Long transactionId) {
        static ExecutionJson of(ExecutionView e) {
            return new ExecutionJson(e.planId(), e.symbol(), e.date(), e.status().name(), Amounts.plain(e.amount()),
                    Amounts.plain(e.quantity()), Amounts.plain(e.price()), e.reason(), e.transactionId());
        }
    }

    public record RunJson(LocalDate date, List<ExecutionJson> executions) {
    }

    public record RecordBody(BigDecimal price) {
    }

    @GET
    public List<PlanJson> list() {
        return dca.list(user.id()).stream().map(PlanJson::of).toList();
    }

    @POST
    public Response create(DcaPlanInput input) {
        DcaPlanView created = dca.create(user.id(), TransactionResource.requireBody(input));
        return Response.created(URI.create("/api/dca-plans/" + created.id())).entity(PlanJson.of(created)).build();
    }

    @GET
    @Path("/{id}")
    public PlanJson get(@PathParam("id") long id) {
        return PlanJson.of(dca.get(user.id(), id));
    }

    @PUT
    @Path("/{id}")
    public PlanJson update(@PathParam("id") long id, DcaPlanInput input) {
        return PlanJson.of(dca.update(user.id(), id, TransactionResource.requireBody(input)));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        dca.delete(user.id(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/executions")
    public List<ExecutionJson> executions(@PathParam("id") long id) {
        return dca.executions(user.id(), id).stream().map(ExecutionJson::of).toList();
    }

    /** Runs the caller's due plans up to today, then their stops and ladders; answers what the run added. */
    @POST
    @Path("/run-due")
    public RunJson runDue() {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<ExecutionJson> added = dca.runDue(user.id(), today).stream().map(ExecutionJson::of).toList();
        plans.evaluate(user.id(), today);
        return new RunJson(today, added);
    }

    /** Records a PENDING execution as a buy, optionally at a fill price. */
    @POST
    @Path("/{id}/executions/{date}/record")
    public ExecutionJson record(@PathParam("id") long id, @PathParam("date") String date, RecordBody body) {
        return ExecutionJson.of(dca.recordPending(user.id(), id, date(date), body == null ? null : body.price()));
    }

    /** Sets a PENDING execution aside. */
    @POST
    @Path("/{id}/executions/{date}/skip")
    public ExecutionJson skip(@PathParam("id") long id, @PathParam("date") String date) {
        return ExecutionJson.of(dca.skipPending(user.id(), id, date(date)));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("date", "date must be a date such as 2024-01-31, was \"" + text + "\"");
        }
    }
}
