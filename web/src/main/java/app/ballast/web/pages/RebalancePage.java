package app.ballast.web.pages;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.Scales;
import app.ballast.domain.policy.Policy;
import app.ballast.portfolio.rebalance.RebalanceMode;
import app.ballast.portfolio.rebalance.RebalancePlan;
import app.ballast.web.i18n.RequestLanguage;
import app.ballast.web.i18n.Texts;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.policy.PolicyService;
import app.ballast.web.policy.RebalanceService;
import app.ballast.web.policy.SuggestionClosedException;
import app.ballast.web.policy.SuggestionView;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rebalancing: the portfolio now against its targets (per asset and per sleeve), the suggested
 * trades, and the stored suggestions to accept (with editable fill prices) or dismiss.
 */
@Path("/rebalance")
@Produces(MediaType.TEXT_HTML)
public class RebalancePage {

    /** One asset's share now, after the suggested trades, and its target. */
    public record AssetRow(String symbol, BigDecimal now, BigDecimal after, BigDecimal target) {
        public BigDecimal gap() {
            return target.subtract(now);
        }
    }

    /** The sleeves now, after the trades, and what the policy asks. */
    public record Sleeves(BigDecimal coreNow, BigDecimal coreAfter, BigDecimal satellitesNow,
                          BigDecimal satellitesAfter, Policy policy) {
        public BigDecimal satellitesTarget() {
            return BigDecimal.ONE.subtract(policy.coreTarget());
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance rebalance(RebalancePlan plan, List<AssetRow> assets, Sleeves sleeves,
                                                 List<SuggestionView> open, long openCount,
                                                 List<SuggestionView> decided,
                                                 String mode, String cash, String notice, Map<String, String> errors,
                                                 Long errorSuggestion);
    }

    /** Open suggestions shown (the newest), and decided ones. */
    static final int SHOWN = 20;

    @Inject
    RequestLanguage language;

    @Inject
    RebalanceService rebalance;

    @Inject
    PolicyService policies;

    @Inject
    CurrentUser user;

    @GET
    public TemplateInstance show(@QueryParam("notice") String notice) {
        return page("FULL", "", notice(notice), Map.of(), null);
    }

    @POST
    @Path("/suggestions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String mode, @RestForm String cash) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        BigDecimal money = FormNumbers.number("cash", cash, errors);
        try {
            errors.throwIfAny();
            if (money != null && money.signum() < 0) {
                throw new InvalidInputException("cash", "cash must be 0 or more, was " + Scales.plain(money));
            }
            SuggestionView created = rebalance.create(user.id(), mode, money);
            return Response.seeOther(URI.create("/rebalance?notice=created#suggestion-" + created.id())).build();
        } catch (InvalidInputException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(mode, cash, null, FormErrors.byField(e), null)).build();
        } catch (InvalidValueException e) {
            return Response.status(Response.Status.BAD_REQUEST)
                    .entity(page(mode, cash, null, FormErrors.byField(InvalidInputException.of(e)), null)).build();
        }
    }

    @POST
    @Path("/suggestions/{id}/accept")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response accept(@PathParam("id") long id, @RestForm List<String> fillSymbol,
                           @RestForm List<String> fillPrice) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Map<String, BigDecimal> fills = new HashMap<>();
        for (int i = 0; i < fillSymbol.size(); i++) {
            String symbol = fillSymbol.get(i);
            BigDecimal price = FormNumbers.number("fillPrices." + symbol, i < fillPrice.size() ? fillPrice.get(i) : null,
                    errors);
            if (price != null) {
                fills.put(symbol, price);
            }
        }
        try {
            errors.throwIfAny();
            rebalance.accept(user.id(), id, fills);
            return Response.seeOther(URI.create("/rebalance?notice=accepted")).build();
        } catch (InvalidInputException e) {
            return refused(id, FormErrors.byField(e));
        } catch (InvalidValueException e) {
            return refused(id, FormErrors.byField(InvalidInputException.of(e)));
        } catch (SuggestionClosedException e) {
            return refused(id, Map.of("status", Texts.current(e.getMessage())));
        }
    }

    @POST
    @Path("/suggestions/{id}/dismiss")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response dismiss(@PathParam("id") long id) {
        try {
            rebalance.dismiss(user.id(), id);
            return Response.seeOther(URI.create("/rebalance?notice=dismissed")).build();
        } catch (SuggestionClosedException e) {
            return refused(id, Map.of("status", Texts.current(e.getMessage())));
        }
    }

    private Response refused(long id, Map<String, String> errors) {
        return Response.status(Response.Status.BAD_REQUEST).entity(page("FULL", "", null, errors, id)).build();
    }

    private TemplateInstance page(String mode, String cash, String notice, Map<String, String> errors,
                                  Long errorSuggestion) {
        long userId = user.id();
        RebalancePlan plan = rebalance.planFor(userId, RebalanceMode.FULL, BigDecimal.ZERO);
        Set<String> symbols = new TreeSet<>(plan.before().weights().keySet());
        symbols.addAll(plan.targets().keySet());
        List<AssetRow> rows = new ArrayList<>();
        for (String s : symbols) {
            rows.add(new AssetRow(s, plan.before().weights().getOrDefault(s, BigDecimal.ZERO),
                    plan.after().weights().getOrDefault(s, BigDecimal.ZERO),
                    plan.targets().getOrDefault(s, BigDecimal.ZERO)));
        }
        Sleeves sleeves = new Sleeves(plan.before().core(), plan.after().core(), plan.before().satellites(),
                plan.after().satellites(), policies.get(userId));
        // Only what is shown is read: the suggestions of years would otherwise be loaded on every visit.
        return Templates.rebalance(plan, rows, sleeves, rebalance.latest(userId, true, SHOWN),
                rebalance.countOpen(userId), rebalance.latest(userId, false, SHOWN), mode == null ? "FULL" : mode,
                cash == null ? "" : cash, notice, errors, errorSuggestion);
    }

    private String notice(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "created" -> language.messages().rebalance_notice_created();
            case "accepted" -> language.messages().rebalance_notice_accepted();
            case "dismissed" -> language.messages().rebalance_notice_dismissed();
            default -> null;
        };
    }
}
