package app.ballast.web.api;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;
import app.ballast.domain.Tier;
import app.ballast.domain.policy.FieldPath;
import app.ballast.domain.policy.Policy;
import app.ballast.portfolio.rebalance.PortfolioWeights;
import app.ballast.portfolio.rebalance.RebalanceMode;
import app.ballast.portfolio.rebalance.RebalancePlan;
import app.ballast.portfolio.rebalance.RebalancePosition;
import app.ballast.portfolio.rebalance.RebalanceRequest;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.policy.PolicyInput;
import app.ballast.web.policy.RebalanceService;
import app.ballast.web.policy.SuggestionView;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rebalancing: a stateless preview of any portfolio, and the stored suggestions for the caller's
 * own holdings (make one, list them, accept one with optional fill prices, dismiss one).
 */
@Path("/api/rebalance")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RebalanceResource {

    @Inject
    RebalanceService rebalance;

    @Inject
    CurrentUser user;

    /** A position of the preview body; {@code score} is optional. */
    public record PositionJson(String symbol, String tier, String sector, BigDecimal quantity, BigDecimal price,
                               BigDecimal score) {
    }

    /** The policy of the preview body: the policy's fields (defaults for those left out) and the mode. */
    public record PreviewPolicy(Map<String, BigDecimal> coreWeights, BigDecimal coreTarget, BigDecimal coreMin,
                                BigDecimal coreMax, BigDecimal satelliteCap, Boolean coreExemptFromCap,
                                BigDecimal sectorCap, BigDecimal minTrade, BigDecimal feeRate, BigDecimal noBuyBelow,
                                BigDecimal sellBelow, Map<String, BigDecimal> satelliteWeights, String mode) {
        PolicyInput policy() {
            return new PolicyInput(coreWeights, coreTarget, coreMin, coreMax, satelliteCap, coreExemptFromCap,
                    sectorCap, minTrade, feeRate, noBuyBelow, sellBelow, satelliteWeights);
        }
    }

    public record PreviewBody(List<PositionJson> positions, BigDecimal cash, PreviewPolicy policy) {
    }

    public record TradeJson(String symbol, String side, BigDecimal quantity, BigDecimal value, BigDecimal fee,
                            String reason) {
    }

    /** The portfolio before or after the trades: each asset's share, the cash, the value and the sleeves. */
    public record WeightsJson(Map<String, BigDecimal> weights, BigDecimal cash, BigDecimal value, BigDecimal core,
                              BigDecimal satellites) {
        static WeightsJson of(PortfolioWeights w) {
            return new WeightsJson(PolicyJson.plain(w.weights()), Amounts.plain(w.cash()), Amounts.plain(w.value()),
                    Amounts.plain(w.core()), Amounts.plain(w.satellites()));
        }
    }

    public record UnmetJson(String rule, String subject, String reason) {
    }

    public record PreviewResponse(List<TradeJson> trades, WeightsJson before, WeightsJson after, List<UnmetJson> unmet,
                                  Map<String, BigDecimal> targets) {
        static PreviewResponse of(RebalancePlan plan) {
            return new PreviewResponse(plan.trades().stream()
                    .map(t -> new TradeJson(t.symbol(), t.side().name(), Amounts.plain(t.quantity()),
                            Amounts.plain(t.value()), Amounts.plain(t.fee()), t.reason()))
                    .toList(),
                    WeightsJson.of(plan.before()), WeightsJson.of(plan.after()),
                    plan.unmet().stream().map(u -> new UnmetJson(u.rule(), u.subject(), u.reason())).toList(),
                    PolicyJson.plain(plan.targets()));
        }
    }

    @POST
    @Path("/preview")
    public PreviewResponse preview(PreviewBody body) {
        PreviewBody in = TransactionResource.requireBody(body);
        return PreviewResponse.of(rebalance.preview(request(in)));
    }

    /** {@code mode} FULL (default) or BUY_ONLY; {@code cash}: new money to invest (default 0). */
    public record CreateBody(String mode, BigDecimal cash) {
    }

    public record AcceptBody(Map<String, BigDecimal> fillPrices) {
    }

    public record SuggestionTradeJson(long id, String symbol, String account, String side, BigDecimal quantity,
                                      BigDecimal price, BigDecimal value, BigDecimal fee, String reason,
                                      Long transactionId) {
    }

    public record SuggestionJson(long id, Instant createdAt, String kind, String mode, String status, String quarter,
                                 List<SuggestionTradeJson> trades, WeightsJson before, WeightsJson after,
                                 Map<String, BigDecimal> targets, List<UnmetJson> unmet, Instant decidedAt) {
        static SuggestionJson of(SuggestionView s) {
            Map<String, BigDecimal> before = new LinkedHashMap<>();
            Map<String, BigDecimal> after = new LinkedHashMap<>();
            Map<String, BigDecimal> targets = new LinkedHashMap<>();
            for (SuggestionView.WeightView w : s.weights()) {
                before.put(w.symbol(), w.before());
                after.put(w.symbol(), w.after());
                targets.put(w.symbol(), w.target());
            }
            return new SuggestionJson(s.id(), s.createdAt(), s.kind().name(), s.mode(), s.status().name(), s.quarter(),
                    s.trades().stream().map(t -> new SuggestionTradeJson(t.id(), t.symbol(), t.account(), t.side(),
                            t.quantity(), t.price(), t.value(), t.fee(), t.reason(), t.transactionId())).toList(),
                    new WeightsJson(before, s.cash(), s.valueBefore(), s.coreBefore(), s.satellitesBefore()),
                    new WeightsJson(after, s.cashAfter(), s.valueAfter(), s.coreAfter(), s.satellitesAfter()),
                    targets, s.unmet().stream().map(u -> new UnmetJson(u.rule(), u.subject(), u.reason())).toList(),
                    s.decidedAt());
        }
    }

    @POST
    @Path("/suggestions")
    public Response create(CreateBody body) {
        CreateBody in = body == null ? new CreateBody(null, null) : body;
        if (in.cash() != null && in.cash().signum() < 0) {
            throw new InvalidInputException("cash", "cash must be 0 or more, was " + Scales.plain(in.cash()));
        }
        SuggestionView created = rebalance.create(user.id(), in.mode(), in.cash());
        return Response.created(URI.create("/api/rebalance/suggestions/" + created.id()))
                .entity(SuggestionJson.of(created)).build();
    }

    @GET
    @Path("/suggestions")
    public List<SuggestionJson> list() {
        return rebalance.list(user.id()).stream().map(SuggestionJson::of).toList();
    }

    @GET
    @Path("/suggestions/{id}")
    public SuggestionJson get(@PathParam("id") long id) {
        return SuggestionJson.of(rebalance.get(user.id(), id));
    }

    /** Records the trades; {@code fillPrices} (optional) replaces the suggested price per asset. */
    @POST
    @Path("/suggestions/{id}/accept")
    public SuggestionJson accept(@PathParam("id") long id, AcceptBody body) {
        return SuggestionJson.of(rebalance.accept(user.id(), id, body == null ? null : body.fillPrices()));
    }

    @POST
    @Path("/suggestions/{id}/dismiss")
    public SuggestionJson dismiss(@PathParam("id") long id) {
        return SuggestionJson.of(rebalance.dismiss(user.id(), id));
    }

    /** The engine's request from the body; every refused field is named by its JSON path. */
    static RebalanceRequest request(PreviewBody in) {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        List<RebalancePosition> positions = new ArrayList<>();
        if (in.positions() == null) {
            problems.add("positions", "positions is required");
        } else {
            for (int i = 0; i < in.positions().size(); i++) {
                PositionJson p = in.positions().get(i);
                String path = "positions[" + i + "]";
                if (p == null) {
                    problems.add(path, path + " is required");
                    continue;
                }
                Tier tier = tier(p.tier(), path + ".tier", problems);
                try {
                    positions.add(FieldPath.within(path, () -> new RebalancePosition(
                            p.symbol() == null ? null : p.symbol().strip().toUpperCase(Locale.ROOT), tier, p.sector(),
                            p.quantity(), p.price(), p.score())));
                } catch (InvalidValuesException e) {
                    e.problems().stream().filter(x -> !x.field().equals(path + ".tier"))
                            .forEach(x -> problems.add(x.field(), x.message()));
                }
            }
        }
        if (in.cash() == null) {
            problems.add("cash", "cash is required (0 for none)");
        }
        Policy policy = null;
        RebalanceMode mode = RebalanceMode.FULL;
        PreviewPolicy given = in.policy();
        try {
            policy = given == null ? Policy.DEFAULT : given.policy().toPolicy("policy");
        } catch (InvalidValuesException e) {
            e.problems().forEach(x -> problems.add(x.field(), x.message()));
        }
        try {
            mode = given == null ? RebalanceMode.FULL : mode(given.mode());
        } catch (InvalidInputException e) {
            problems.add("policy.mode", e.errors().get(0).message());
        }
        problems.throwIfAny();
        Policy checked = policy;
        RebalanceMode m = mode;
        return FieldPath.within("", () -> new RebalanceRequest(positions, in.cash(), checked, m));
    }

    private static RebalanceMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return RebalanceMode.FULL;
        }
        try {
            return RebalanceMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("policy.mode", "mode must be FULL or BUY_ONLY, was \"" + mode + "\"");
        }
    }

    private static Tier tier(String text, String field, InvalidValuesException.Collector problems) {
        if (text == null || text.isBlank()) {
            problems.add(field, field + " is required: CORE or SATELLITE");
            return null;
        }
        try {
            return Tier.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(field, field + " must be CORE or SATELLITE, was \"" + text + "\"");
            return null;
        }
    }
}
