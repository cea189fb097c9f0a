package app.ballast.web.policy;

import app.ballast.domain.AccountKind;
import app.ballast.domain.AssetInfo;
import app.ballast.domain.Severity;
import app.ballast.domain.Warning;
import app.ballast.domain.WarningRule;
import app.ballast.domain.policy.Policy;
import app.ballast.portfolio.Holding;
import app.ballast.portfolio.policy.PolicyCheck;
import app.ballast.portfolio.policy.PolicySnapshot;
import app.ballast.portfolio.policy.PositionView;
import app.ballast.web.persistence.AccountEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the dashboard shows of the policy: the portfolio's warnings with their figures (policy rules,
 * and stops or ladder steps that fired), where the core stands against its band and the largest
 * capped position against its cap, the next DCA buys, and the stops closest to triggering.
 */
@ApplicationScoped
public class PolicyOverview {

    /** How many days a fired stop or step stays among the warnings. */
    static final int TRIGGER_WARNING_DAYS = 30;

    /** The core sleeve and the largest capped position against the policy. */
    public record Status(BigDecimal core, Policy policy, String largestSymbol, BigDecimal largestWeight) {
        public boolean coreInBand() {
            return core.compareTo(policy.coreMin()) >= 0 && core.compareTo(policy.coreMax()) <= 0;
        }

        public boolean largestUnderCap() {
            return largestWeight == null || largestWeight.compareTo(policy.satelliteCap()) <= 0;
        }
    }

    public record Overview(List<Warning> warnings, Status status, List<DcaPlanView> nextBuys,
                           List<StopView> closestStops) {
    }

    @Inject
    CurrentPositions current;

    @Inject
    PolicySettings settings;

    @Inject
    DcaService dca;

    @Inject
    PositionPlansService plans;

    Clock clock = Clock.systemUTC();

    @Transactional
    public Overview overview(long userId) {
        return overview(userId, current.read(userId));
    }

    /** The overview of positions the caller read already (the dashboard reads them once for all its parts). */
    @Transactional
    public Overview overview(long userId, CurrentPositions.Portfolio portfolio) {
        List<Warning> warnings = stalePricesTogether(PolicyCheck.evaluate(snapshot(userId, portfolio)));
        warnings.addAll(triggerWarnings(userId));
        List<DcaPlanView> nextBuys = dca.list(userId).stream().filter(p -> p.nextDue() != null)
                .sorted(Comparator.comparing(DcaPlanView::nextDue).thenComparing(DcaPlanView::symbol))
                .limit(5).toList();
        List<StopView> closest = plans.stops(userId).stream().filter(s -> !s.triggered() && s.distance() != null)
                .sorted(Comparator.comparing(StopView::distance).thenComparing(StopView::symbol)).limit(5).toList();
        return new Overview(warnings, status(portfolio), nextBuys, closest);
    }

    /** The check's input: the positions held, their value per account, and the staleness setting. */
    PolicySnapshot snapshot(long userId, CurrentPositions.Portfolio portfolio) {
        List<PositionView> positions = new ArrayList<>();
        Map<String, BigDecimal> accountValues = new HashMap<>();
        for (Holding h : portfolio.snapshot().holdings()) {
            if (h.quantity().amount().signum() <= 0) {
                continue;
            }
            AssetInfo info = portfolio.assets().get(h.symbol());
            BigDecimal price = h.price() == null ? null : h.price().amount();
            positions.add(new PositionView(h.symbol(), h.tier(), h.sector(), h.quantity().amount(), price,
                    h.priceTime(), info != null && info.stablecoin()));
            if (price != null) {
                h.quantityByAccount().forEach((account, quantity) ->
                        accountValues.merge(account, quantity.multiply(price), BigDecimal::add));
            }
        }
        Map<String, AccountKind> kinds = new HashMap<>();
        AccountEntity.listOwned(userId).forEach(a -> kinds.put(a.name, a.kind));
        return new PolicySnapshot(Instant.now(clock), portfolio.policy(), positions, accountValues, kinds,
                BigDecimal.ZERO, settings.priceMaxAge());
    }

    private Status status(CurrentPositions.Portfolio portfolio) {
        Policy policy = portfolio.policy();
        BigDecimal core = BigDecimal.ZERO;
        Holding largest = null;
        for (Holding h : portfolio.snapshot().holdings()) {
            if (policy.inCore(h.symbol(), h.tier())) {
                core = core.add(h.weight());
            }
            if (policy.capped(h.symbol(), h.tier()) && (largest == null || h.weight().compareTo(largest.weight()) > 0)) {
                largest = h;
            }
        }
        return new Status(core, policy, largest == null ? null : largest.symbol(),
                largest == null ? null : largest.weight());
    }

    /**
     * One line for every held asset whose price is stale, rather than one line each: without a feed they all
     * age together, and nine identical lines would hide the warnings that differ. A single stale price keeps
     * its own warning.
     */
    static List<Warning> stalePricesTogether(List<Warning> warnings) {
        List<Warning> stale = warnings.stream().filter(w -> w.rule() == WarningRule.STALE_PRICE).toList();
        List<Warning> result = new ArrayList<>(warnings.stream().filter(w -> w.rule() != WarningRule.STALE_PRICE).toList());
        if (stale.size() == 1) {
            result.add(stale.get(0));
        } else if (stale.size() > 1) {
            List<String> symbols = stale.stream().map(Warning::subject).sorted().toList();
            BigDecimal oldest = stale.stream().map(w -> w.figures().get("ageHours")).filter(java.util.Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            BigDecimal limit = stale.get(0).figures().get("limitHours");
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("assets", BigDecimal.valueOf(symbols.size()));
            if (oldest != null) {
                figures.put("oldestAgeHours", oldest);
            }
            if (limit != null) {
                figures.put("limitHours", limit);
            }
            String message = "The latest prices of " + String.join(", ", symbols) + " are older than "
                    + (limit == null ? "the limit" : app.ballast.domain.Scales.plain(limit) + " hours")
                    + (oldest == null ? "" : " (the oldest " + app.ballast.domain.Scales.plain(oldest) + " hours)")
                    + ": values use them until fresh prices arrive, and no stop triggers on them.";
            Warning first = stale.get(0);
            result.add(new Warning(WarningRule.STALE_PRICE, first.severity(), symbols.size() + " assets", first.date(),
                    message, figures));
        }
        return result;
    }

    /** Stops and ladder steps that fired lately, as warnings with the figures behind them. */
    private List<Warning> triggerWarnings(long userId) {
        LocalDate since = LocalDate.now(clock).minusDays(TRIGGER_WARNING_DAYS);
        List<Warning> warnings = new ArrayList<>();
        for (PositionPlansService.PlanTriggerEntityView t : plans.triggers(userId)) {
            if (t.date().isBefore(since)) {
                continue;
            }
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("price", t.price());
            if (t.stopPrice() != null) {
                figures.put(t.triggerKind().equals("STOP_TRIGGERED") ? "stopPrice" : "level", t.stopPrice());
            }
            figures.put("quantity", t.quantity());
            boolean stop = t.triggerKind().equals("STOP_TRIGGERED");
            warnings.add(new Warning(stop ? WarningRule.STOP_TRIGGERED : WarningRule.TAKE_PROFIT,
                    stop ? Severity.WARNING : Severity.CAUTION, t.symbol(), t.date(),
                    (stop ? "The stop on " : "A take-profit step on ") + t.symbol() + " fired at "
                            + app.ballast.domain.Scales.plain(t.price())
                            + (t.suggestionId() == null ? "." : ": see sell suggestion " + t.suggestionId() + "."),
                    figures));
        }
        return warnings;
    }
}
