package app.ballast.web.pages;

import app.ballast.domain.InvalidValueException;
import app.ballast.portfolio.Holding;
import app.ballast.web.i18n.Messages;
import app.ballast.web.i18n.RequestLanguage;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.policy.DcaPlanInput;
import app.ballast.web.policy.DcaService;
import app.ballast.web.policy.LadderInput;
import app.ballast.web.policy.LadderView;
import app.ballast.web.policy.PositionPlansService;
import app.ballast.web.policy.StopInput;
import app.ballast.web.policy.StopView;
import app.ballast.web.security.CurrentUser;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The position plans: DCA plans with their next buy and executions (and a "run due plans" button),
 * trailing and fixed stops with their high-water mark and stop price, take-profit ladders with the
 * steps done and the next one. The plans are evaluated over the new closes each time it opens.
 */
@Path("/plans")
@Produces(MediaType.TEXT_HTML)
public class PlansPage {

    /** How many of a plan's executions the page shows, the latest first. */
    static final int RECENT_EXECUTIONS = 10;

    /** A refused form: which one, what was typed, and the errors by field. */
    public record Refused(String form, Map<String, String> values, Map<String, String> errors) {
        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        public boolean on(String formName) {
            return form.equals(formName);
        }

        public String error(String formName, String field) {
            return form.equals(formName) ? errors.get(field) : null;
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance plans(List<DcaService.PlanExecutions> dca, List<StopView> stops, List<LadderView> ladders,
                                             List<PositionPlansService.PlanTriggerEntityView> triggers,
                                             List<String> held, List<String> symbols, LocalDate today,
                                             String notice, Refused refused);
    }

    @Inject
    RequestLanguage language;

    @Inject
    DcaService dca;

    @Inject
    PositionPlansService plans;

    @Inject
    LedgerService ledger;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show(@QueryParam("notice") String notice) {
        plans.evaluate(user.id(), today());
        return page(notice(notice), new Refused("", Map.of(), Map.of()));
    }

    @POST
    @Path("/run-due")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response runDue() {
        int added = dca.runDue(user.id(), today()).size();
        plans.evaluate(user.id(), today());
        return Response.seeOther(URI.create("/plans?notice=ran-" + added)).build();
    }

    @POST
    @Path("/dca")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createDca(@RestForm String symbol, @RestForm String amount, @RestForm String frequency,
                              @RestForm String dayOfWeek, @RestForm String dayOfMonth, @RestForm String start,
                              @RestForm String end, @RestForm String budget, @RestForm String autoRecord,
                              @RestForm String missedDates) {
        Map<String, String> values = values("symbol", symbol, "amount", amount, "frequency", frequency,
                "dayOfWeek", dayOfWeek, "dayOfMonth", dayOfMonth, "start", start, "end", end, "budget", budget,
                "autoRecord", autoRecord, "missedDates", missedDates);
        return attempt("dca", values, () -> {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            BigDecimal a = FormNumbers.number("amount", amount, errors);
            BigDecimal b = FormNumbers.number("budget", budget, errors);
            Integer day = FormNumbers.whole("dayOfMonth", dayOfMonth, errors);
            errors.throwIfAny();
            dca.create(user.id(), new DcaPlanInput(symbol, a, frequency, dayOfWeek, day, start, blank(end), b,
                    "true".equals(autoRecord), null, null, missedDates));
            return "dca-created";
        });
    }

    @POST
    @Path("/dca/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteDca(@PathParam("id") long id) {
        dca.delete(user.id(), id);
        return Response.seeOther(URI.create("/plans?notice=dca-deleted")).build();
    }

    @POST
    @Path("/dca/{id}/executions/{date}/record")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response recordPending(@PathParam("id") long id, @PathParam("date") String date) {
        return attempt("execution", Map.of(), () -> {
            dca.recordPending(user.id(), id, LocalDate.parse(date), null);
            return "recorded";
        });
    }

    @POST
    @Path("/dca/{id}/executions/{date}/skip")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response skipPending(@PathParam("id") long id, @PathParam("date") String date) {
        return attempt("execution", Map.of(), () -> {
            dca.skipPending(user.id(), id, LocalDate.parse(date));
            return "skipped";
        });
    }

    @POST
    @Path("/stops")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createStop(@RestForm String symbol, @RestForm String type, @RestForm String trail,
                               @RestForm String price, @RestForm String belowCost, @RestForm String sellFraction,
                               @RestForm String armedOn) {
        Map<String, String> values = values("symbol", symbol, "type", type, "trail", trail, "price", price,
                "belowCost", belowCost, "sellFraction", sellFraction, "armedOn", armedOn);
        return attempt("stop", values, () -> {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            BigDecimal t = FormNumbers.number("trail", trail, errors);
            BigDecimal p = FormNumbers.number("price", price, errors);
            BigDecimal c = FormNumbers.number("belowCost", belowCost, errors);
            BigDecimal f = FormNumbers.number("sellFraction", sellFraction, errors);
            errors.throwIfAny();
            boolean fixed = "FIXED".equals(type);
            plans.createStop(user.id(), new StopInput(symbol, null, type, fixed ? null : t, f, fixed ? p : null,
                    fixed ? c : null, blank(armedOn), null, null));
            return "stop-created";
        });
    }

    @POST
    @Path("/stops/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteStop(@PathParam("id") long id) {
        plans.deleteStop(user.id(), id);
        return Response.seeOther(URI.create("/plans?notice=stop-deleted")).build();
    }

    @POST
    @Path("/ladders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createLadder(@RestForm String symbol, @RestForm String targetGain, @RestForm String trail,
                                 @RestForm String armedOn) {
        Map<String, String> values = values("symbol", symbol, "targetGain", targetGain, "trail", trail,
                "armedOn", armedOn);
        return attempt("ladder", values, () -> {
            InvalidInputException.Collector errors = new InvalidInputException.Collector();
            BigDecimal g = FormNumbers.number("targetGain", targetGain, errors);
            BigDecimal t = FormNumbers.number("trail", trail, errors);
            errors.throwIfAny();
            plans.createLadder(user.id(), new LadderInput(symbol, null, g, null, t, blank(armedOn), null, null));
            return "ladder-created";
        });
    }

    @POST
    @Path("/ladders/{id}/delete")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deleteLadder(@PathParam("id") long id) {
        plans.deleteLadder(user.id(), id);
        return Response.seeOther(URI.create("/plans?notice=ladder-deleted")).build();
    }

    /** Runs a form's action; on refused input the page comes back with the errors beside that form's fields. */
    private Response attempt(String form, Map<String, String> values, Supplier<String> action) {
        try {
            return Response.seeOther(URI.create("/plans?notice=" + action.get())).build();
        } catch (InvalidInputException e) {
            return refused(form, values, FormErrors.byField(e));
        } catch (InvalidValueException e) {
            return refused(form, values, FormErrors.byField(InvalidInputException.of(e)));
        } catch (java.time.format.DateTimeParseException e) {
            return refused(form, values, Map.of("date", "not a date: " + e.getParsedString()));
        }
    }

    private Response refused(String form, Map<String, String> values, Map<String, String> errors) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page(null, new Refused(form, values, errors)))
                .build();
    }

    private TemplateInstance page(String notice, Refused refused) {
        long userId = user.id();
        List<DcaService.PlanExecutions> rows = dca.plansWithRecent(userId, RECENT_EXECUTIONS);
        List<String> held = ledger.snapshot(userId).holdings().stream()
                .filter(h -> h.quantity().amount().signum() > 0).map(Holding::symbol).sorted().toList();
        return Templates.plans(rows, plans.stops(userId), plans.ladders(userId), plans.triggers(userId), held,
                PolicyPage.symbols(), today(), notice, refused);
    }

    private static Map<String, String> values(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put(namesAndValues[i], namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1]);
        }
        return values;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private String notice(String code) {
        if (code == null) {
            return null;
        }
        Messages msg = language.messages();
        if (code.startsWith("ran-")) {
            return msg.plans_notice_ran(code.substring(4));
        }
        return switch (code) {
            case "dca-created" -> msg.plans_notice_dca_created();
            case "dca-deleted" -> msg.plans_notice_dca_deleted();
            case "stop-created" -> msg.plans_notice_stop_created();
            case "stop-deleted" -> msg.plans_notice_stop_deleted();
            case "ladder-created" -> msg.plans_notice_ladder_created();
            case "ladder-deleted" -> msg.plans_notice_ladder_deleted();
            case "recorded" -> msg.plans_notice_recorded();
            case "skipped" -> msg.plans_notice_skipped();
            default -> null;
        };
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }
}
