package app.ballast.web.policy;

import app.ballast.domain.FieldChecks;
import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;
import app.ballast.domain.Tier;
import app.ballast.domain.policy.FieldPath;
import app.ballast.domain.policy.FixedStop;
import app.ballast.domain.policy.LadderStep;
import app.ballast.domain.policy.PriceGuard;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;
import app.ballast.portfolio.Holding;
import app.ballast.portfolio.plans.PlanEvaluator;
import app.ballast.portfolio.plans.PlanEvent;
import app.ballast.portfolio.plans.PlanEventType;
import app.ballast.portfolio.plans.PlanState;
import app.ballast.portfolio.plans.PlanStep;
import app.ballast.portfolio.plans.PositionPlan;
import app.ballast.portfolio.plans.PriceTick;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.persistence.AccountEntity;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.PlanStateColumns;
import app.ballast.web.persistence.PlanTriggerEntity;
import app.ballast.web.persistence.PositionStopEntity;
import app.ballast.web.persistence.TakeProfitLadderEntity;
import app.ballast.web.persistence.TakeProfitStepEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NavigableMap;

/**
 * Trailing and fixed stops and take-profit ladders on the user's positions: stored with their
 * state, evaluated over the daily closes since each was armed (on page load, after a run, and by
 * the jobs issue per price). A stop or step fires once (a unique key per plan, kind and step); a
 * firing is kept as a trigger with a sell suggestion for what is still held.
 */
@ApplicationScoped
@Transactional
public class PositionPlansService {

    static final String STOP = PlanFirings.STOP;
    static final String LADDER = PlanFirings.LADDER;

    @Inject
    CurrentPositions current;

    @Inject
    PortfolioService portfolios;

    @Inject
    RebalanceService rebalance;

    @Inject
    StoredPrices prices;

    @Inject
    PolicySettings settings;

    @Inject
    PlanFirings firings;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    // ---- stops ------------------------------------------------------------------------------

    public StopView createStop(long userId, StopInput input) {
        PositionStopEntity stop = new PositionStopEntity();
        stop.userId = userId;
        stop.createdAt = Instant.now(clock);
        applyStop(userId, stop, input);
        portfolios.lock(userId);
        stop.persist();
        evaluateStop(stop, today());
        return view(stop);
    }

    /**
     * Replaces the stop's settings. Settings that change anything re-arm it: its state and earlier
     * firings start over, and the open sell suggestions those firings raised are dismissed (the
     * replay raises them again where the new settings still trigger, so no firing is suggested
     * twice). The same settings again change nothing: the stop keeps its state and its firings.
     */
    public StopView updateStop(long userId, long id, StopInput input) {
        long portfolioId = portfolios.lock(userId).id();
        PositionStopEntity stop = ownedStop(userId, id);
        List<Object> before = settings(stop);
        applyStop(userId, stop, input);
        if (!sameSettings(before, settings(stop))) {
            forgetTriggers(portfolioId, STOP, id);
            reset(stop);
        }
        evaluateStop(stop, today());
        return view(stop);
    }

    /** Deletes the stop, its firings, and the sell suggestions of them still open. */
    public void deleteStop(long userId, long id) {
        long portfolioId = portfolios.lock(userId).id();
        PositionStopEntity stop = ownedStop(userId, id);
        forgetTriggers(portfolioId, STOP, id);
        stop.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<StopView> stops(long userId) {
        return PositionStopEntity.listOwned(userId).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public StopView stop(long userId, long id) {
        return view(ownedStop(userId, id));
    }

    private void applyStop(long userId, PositionStopEntity stop, StopInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        Target target = target(userId, in.symbol(), in.account(), in.armedOn(), in.quantity(), in.averageCost(),
                problems);
        StopKind kind = StopKind.TRAILING;
        if (in.type() != null && !in.type().isBlank()) {
            try {
                kind = StopKind.valueOf(in.type().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("type", "type must be TRAILING or FIXED, was \"" + in.type() + "\"");
            }
        }
        TrailingStop trailing = null;
        FixedStop fixed = null;
        Tier tier = target == null ? Tier.SATELLITE : target.asset.tier;
        try {
            if (kind == StopKind.TRAILING) {
                trailing = new TrailingStop(in.trail() == null ? TrailingStop.defaultFor(tier).trail() : in.trail(),
                        in.sellFraction());
            } else if (in.price() == null && in.belowCost() == null) {
                FixedStop d = FixedStop.defaultFor(tier);
                fixed = new FixedStop(null, d.belowCost(), in.sellFraction());
            } else {
                fixed = new FixedStop(in.price(), in.belowCost(), in.sellFraction());
            }
        } catch (InvalidValuesException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.message()));
        }
        problems.throwIfAny();
        TrailingStop t = trailing;
        FixedStop f = fixed;
        FieldPath.within("", () -> new PositionPlan(target.asset.symbol, target.quantity, target.averageCost, t, f,
                null));
        stop.asset = target.asset;
        stop.account = target.account;
        stop.kind = kind;
        stop.trail = t == null ? null : t.trail();
        stop.fixedPrice = f == null ? null : f.price();
        stop.belowCost = f == null ? null : f.belowCost();
        stop.sellFraction = t != null ? t.sellFraction() : f.sellFraction();
        stop.armedOn = target.armedOn;
        stop.quantity = target.quantity;
        stop.averageCost = target.averageCost;
    }

    /** What a stop is set to: a change of any of it re-arms the stop. */
    private static List<Object> settings(PositionStopEntity s) {
        return java.util.Arrays.asList(s.asset == null ? null : s.asset.id, s.account == null ? null : s.account.id,
                s.kind, s.trail, s.fixedPrice, s.belowCost, s.sellFraction, s.armedOn, s.quantity, s.averageCost);
    }

    private static void reset(PositionStopEntity stop) {
        stop.state.reset();
        stop.triggered = false;
        stop.triggeredOn = null;
    }

    // ---- ladders ----------------------------------------------------------------------------

    public LadderView createLadder(long userId, LadderInput input) {
        TakeProfitLadderEntity ladder = new TakeProfitLadderEntity();
        ladder.userId = userId;
        ladder.createdAt = Instant.now(clock);
        TakeProfitLadder rules = applyLadder(userId, ladder, input);
        portfolios.lock(userId);
        ladder.persist();
        saveSteps(ladder, rules);
        evaluateLadder(ladder, today());
        return view(ladder);
    }

    /**
     * Replaces the ladder's settings and steps; as for a stop, a change re-arms it (its open sell
     * suggestions dismissed) and the same settings again keep its state, steps fired and firings.
     */
    public LadderView updateLadder(long userId, long id, LadderInput input) {
        long portfolioId = portfolios.lock(userId).id();
        TakeProfitLadderEntity ladder = ownedLadder(userId, id);
        List<Object> before = settings(ladder, steps(TakeProfitStepEntity.listFor(ladder.id)));
        TakeProfitLadder rules = applyLadder(userId, ladder, input);
        if (!sameSettings(before, settings(ladder, rules.steps()))) {
            TakeProfitStepEntity.delete("ladderId", ladder.id);
            TakeProfitStepEntity.flush();
            saveSteps(ladder, rules);
            forgetTriggers(portfolioId, LADDER, id);
            reset(ladder);
        }
        evaluateLadder(ladder, today());
        return view(ladder);
    }

    /** Deletes the ladder, its steps and firings, and the sell suggestions of them still open. */
    public void deleteLadder(long userId, long id) {
        long portfolioId = portfolios.lock(userId).id();
        TakeProfitLadderEntity ladder = ownedLadder(userId, id);
        forgetTriggers(portfolioId, LADDER, id);
        TakeProfitStepEntity.delete("ladderId", ladder.id);
        ladder.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LadderView> ladders(long userId) {
        return TakeProfitLadderEntity.listOwned(userId).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public LadderView ladder(long userId, long id) {
        return view(ownedLadder(userId, id));
    }

    private TakeProfitLadder applyLadder(long userId, TakeProfitLadderEntity ladder, LadderInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        Target target = target(userId, in.symbol(), in.account(), in.armedOn(), in.quantity(), in.averageCost(),
                problems);
        Tier tier = target == null ? Tier.SATELLITE : target.asset.tier;
        BigDecimal trail = in.trail() == null ? TrailingStop.defaultFor(tier).trail()
                : in.trail().signum() == 0 ? null : in.trail();
        TakeProfitLadder rules = null;
        try {
            rules = LadderInput.rules("", in.targetGain(), in.steps(), trail);
        } catch (InvalidValuesException e) {
            e.problems().forEach(p -> problems.add(p.field(), p.message()));
        }
        problems.throwIfAny();
        TakeProfitLadder checked = rules;
        FieldPath.within("", () -> new PositionPlan(target.asset.symbol, target.quantity, target.averageCost, null,
                null, checked));
        ladder.asset = target.asset;
        ladder.account = target.account;
        ladder.targetGain = checked.targetGain();
        ladder.trail = checked.trail();
        ladder.armedOn = target.armedOn;
        ladder.quantity = target.quantity;
        ladder.averageCost = target.averageCost;
        return checked;
    }

    private static void reset(TakeProfitLadderEntity ladder) {
        ladder.state.reset();
        ladder.firedSteps = 0;
        ladder.takeProfitTriggered = false;
        ladder.finishedOn = null;
    }

    /** What a ladder is set to, its steps included: a change of any of it re-arms the ladder. */
    private static List<Object> settings(TakeProfitLadderEntity l, List<LadderStep> steps) {
        List<Object> settings = new ArrayList<>(java.util.Arrays.asList(l.asset == null ? null : l.asset.id,
                l.account == null ? null : l.account.id, l.targetGain, l.trail, l.armedOn, l.quantity, l.averageCost));
        steps.forEach(st -> settings.addAll(List.of(st.atFractionOfTarget(), st.sellFraction())));
        return settings;
    }

    /** The same settings: equal values, numbers compared by value (stored 0.25 has 18 decimals, typed 0.25 two). */
    private static boolean sameSettings(List<Object> a, List<Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            Object x = a.get(i);
            Object y = b.get(i);
            boolean same = x instanceof BigDecimal dx && y instanceof BigDecimal dy ? dx.compareTo(dy) == 0
                    : java.util.Objects.equals(x, y);
            if (!same) {
                return false;
            }
        }
        return true;
    }

    private static void saveSteps(TakeProfitLadderEntity ladder, TakeProfitLadder rules) {
        for (int i = 0; i < rules.steps().size(); i++) {
            TakeProfitStepEntity step = new TakeProfitStepEntity();
            step.ladderId = ladder.id;
            step.position = i;
            step.atFractionOfTarget = rules.steps().get(i).atFractionOfTarget();
            step.sellFraction = rules.steps().get(i).sellFraction();
            step.persist();
        }
    }

    // ---- evaluation -------------------------------------------------------------------------

    /** What an evaluation did: the triggers it recorded (each once). */
    public record Evaluation(List<PlanTriggerEntityView> triggers) {
    }

    /** A trigger as the pages and the dashboard show it. */
    public record PlanTriggerEntityView(long id, String planKind, long planId, String triggerKind, int step,
                                        String symbol, LocalDate date, BigDecimal price, BigDecimal stopPrice,
                                        BigDecimal quantity, Long suggestionId) {
    }

    /**
     * Feeds every stop and ladder of the user the daily closes it has not seen, up to {@code today}.
     * A stored close is judged on its own day (history does not age), through the jump guard.
     */
    public Evaluation evaluate(long userId, LocalDate today) {
        portfolios.lock(userId); // one evaluation per user at a time: states are read and written once
        List<PlanTriggerEntityView> fired = new ArrayList<>();
        for (PositionStopEntity stop : PositionStopEntity.listOwned(userId)) {
            fired.addAll(evaluateStop(stop, today));
        }
        for (TakeProfitLadderEntity ladder : TakeProfitLadderEntity.listOwned(userId)) {
            fired.addAll(evaluateLadder(ladder, today));
        }
        return new Evaluation(fired);
    }

    /**
     * Feeds one live price of an asset to the user's plans on it (for the jobs issue): a price older
     * than the staleness setting, or an unconfirmed jump, moves nothing.
     */
    public Evaluation onTick(long userId, String symbol, PriceTick tick) {
        portfolios.lock(userId);
        List<PlanTriggerEntityView> fired = new ArrayList<>();
        Instant now = Instant.now(clock);
        for (PositionStopEntity stop : PositionStopEntity.<PositionStopEntity>list("userId = ?1 and asset.symbol = ?2",
                userId, symbol)) {
            fired.addAll(feed(stop, List.of(tick), now));
        }
        for (TakeProfitLadderEntity ladder : TakeProfitLadderEntity.<TakeProfitLadderEntity>list(
                "userId = ?1 and asset.symbol = ?2", userId, symbol)) {
            fired.addAll(feed(ladder, List.of(tick), now));
        }
        return new Evaluation(fired);
    }

    /** The user's triggers, newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanTriggerEntityView> triggers(long userId) {
        return PlanTriggerEntity.<PlanTriggerEntity>list("userId = ?1 order by triggeredOn desc, id desc", userId)
                .stream().map(PositionPlansService::view).toList();
    }

    private List<PlanTriggerEntityView> evaluateStop(PositionStopEntity stop, LocalDate today) {
        if (stop.triggered) {
            return List.of();
        }
        return feed(stop, ticks(stop.asset.symbol, stop.armedOn, followed(stop).evaluatedUntil(), today), null);
    }

    private List<PlanTriggerEntityView> evaluateLadder(TakeProfitLadderEntity ladder, LocalDate today) {
        if (ladder.finishedOn != null) {
            return List.of();
        }
        return feed(ladder, ticks(ladder.asset.symbol, ladder.armedOn, followed(ladder).evaluatedUntil(), today),
                null);
    }

    /** The closes from the arming day (or after the last one fed) to today, each at the end of its day. */
    private List<PriceTick> ticks(String symbol, LocalDate armedOn, Instant evaluatedUntil, LocalDate today) {
        LocalDate from = armedOn;
        if (evaluatedUntil != null) {
            LocalDate next = LocalDate.ofInstant(evaluatedUntil, ZoneOffset.UTC);
            from = next.isAfter(from) ? next : from;
        }
        if (from.isAfter(today)) {
            return List.of();
        }
        NavigableMap<LocalDate, BigDecimal> closes = prices.closes(symbol, from, today);
        List<PriceTick> ticks = new ArrayList<>(closes.size());
        closes.forEach((day, close) -> {
            Instant time = endOf(day);
            if (evaluatedUntil == null || time.isAfter(evaluatedUntil)) {
                ticks.add(new PriceTick(time, close));
            }
        });
        return ticks;
    }

    private List<PlanTriggerEntityView> feed(PositionStopEntity stop, List<PriceTick> ticks, Instant now) {
        if (ticks.isEmpty() || stop.triggered) {
            return List.of();
        }
        stop.state.copyFrom(followed(stop)); // its own state from now on: the tick's follows it again later
        PositionPlan plan = plan(stop);
        PlanState state = stop.state.toState(0, stop.triggered, false);
        Instant fed = stop.state.evaluatedUntil();
        List<PlanFirings.Firing> fired = new ArrayList<>();
        for (PriceTick tick : ticks) {
            PlanStep step = PlanEvaluator.onPrice(plan, state, tick, guard(), now);
            state = step.state();
            fed = tick.time();
            for (PlanEvent event : step.events()) {
                fired.add(firing(stop, event, state.highWaterMark()));
                if (event.type() == PlanEventType.STOP_TRIGGERED) {
                    stop.triggeredOn = dayOf(event.time());
                }
            }
            if (state.triggered()) {
                break;
            }
        }
        stop.state.update(state, fed);
        stop.triggered = state.triggered();
        return firings.record(fired);
    }

    private List<PlanTriggerEntityView> feed(TakeProfitLadderEntity ladder, List<PriceTick> ticks, Instant now) {
        if (ticks.isEmpty() || ladder.finishedOn != null) {
            return List.of();
        }
        ladder.state.copyFrom(followed(ladder));
        List<TakeProfitStepEntity> steps = TakeProfitStepEntity.listFor(ladder.id);
        PositionPlan plan = plan(ladder, steps);
        PlanState state = ladder.state.toState(ladder.firedSteps, false, ladder.takeProfitTriggered);
        Instant fed = ladder.state.evaluatedUntil();
        List<PlanFirings.Firing> fired = new ArrayList<>();
        for (PriceTick tick : ticks) {
            PlanStep step = PlanEvaluator.onPrice(plan, state, tick, guard(), now);
            state = step.state();
            fed = tick.time();
            for (PlanEvent event : step.events()) {
                fired.add(firing(ladder, event));
                if (event.step() != null && event.step() < steps.size()) {
                    steps.get(event.step()).firedOn = dayOf(event.time());
                }
            }
            if (finished(plan, state)) {
                ladder.finishedOn = dayOf(tick.time());
                break;
            }
        }
        ladder.state.update(state, fed);
        ladder.firedSteps = state.firedSteps();
        ladder.takeProfitTriggered = state.takeProfitTriggered();
        return firings.record(fired);
    }

    static PlanFirings.Firing firing(PositionStopEntity stop, PlanEvent event, BigDecimal mark) {
        return new PlanFirings.Firing(stop.userId, STOP, stop.id, stop.asset.id, stop.asset.symbol,
                stop.account == null ? null : stop.account.id, stop.account == null ? null : stop.account.name, event,
                PlanFirings.describeStop(stop.kind, stop.asset.symbol, stop.trail, stop.sellFraction, event, mark));
    }

    static PlanFirings.Firing firing(TakeProfitLadderEntity ladder, PlanEvent event) {
        return new PlanFirings.Firing(ladder.userId, LADDER, ladder.id, ladder.asset.id, ladder.asset.symbol,
                ladder.account == null ? null : ladder.account.id, ladder.account == null ? null : ladder.account.name,
                event, PlanFirings.describeLadder(ladder.asset.symbol, ladder.targetGain, ladder.averageCost, event));
    }

    static boolean finished(PositionPlan plan, PlanState state) {
        TakeProfitLadder rules = plan.takeProfit();
        boolean allSteps = state.stepsFired() >= rules.steps().size();
        return state.takeProfitTriggered() || allSteps && rules.trail() == null;
    }

    PriceGuard guard() {
        return new PriceGuard(settings.priceJumpLimit(), settings.priceMaxAge());
    }

    static PositionPlan plan(PositionStopEntity stop) {
        return stopPlan(stop.kind, stop.asset.symbol, stop.trail, stop.fixedPrice, stop.belowCost, stop.sellFraction,
                stop.quantity, stop.averageCost);
    }

    /** A stored stop as the engine's plan (a trailing or a fixed stop alone). */
    static PositionPlan stopPlan(StopKind kind, String symbol, BigDecimal trail, BigDecimal fixedPrice,
                                 BigDecimal belowCost, BigDecimal sellFraction, BigDecimal quantity,
                                 BigDecimal averageCost) {
        TrailingStop trailing = kind == StopKind.TRAILING ? new TrailingStop(trail, sellFraction) : null;
        FixedStop fixed = kind == StopKind.FIXED ? new FixedStop(fixedPrice, belowCost, sellFraction) : null;
        return new PositionPlan(symbol, quantity, averageCost, trailing, fixed, null);
    }

    /** The ladder's plan with its stored steps (read once by the caller). */
    static PositionPlan plan(TakeProfitLadderEntity ladder, List<TakeProfitStepEntity> stored) {
        return ladderPlan(ladder.asset.symbol, ladder.quantity, ladder.averageCost, ladder.targetGain, ladder.trail,
                steps(stored));
    }

    /** A stored ladder as the engine's plan. */
    static PositionPlan ladderPlan(String symbol, BigDecimal quantity, BigDecimal averageCost, BigDecimal targetGain,
                                   BigDecimal trail, List<LadderStep> steps) {
        return new PositionPlan(symbol, quantity, averageCost, null, null,
                new TakeProfitLadder(targetGain, steps, trail));
    }

    private static List<LadderStep> steps(List<TakeProfitStepEntity> stored) {
        return stored.stream().map(s -> new LadderStep(s.atFractionOfTarget, s.sellFraction)).toList();
    }

    /**
     * The stop's state, with what it follows from its asset's live tick state filled in when it
     * follows it (a copy: reading changes nothing stored).
     */
    PlanStateColumns followed(PositionStopEntity stop) {
        return stop.state.tickSynced() ? AssetTicks.followed(stop.state, assetTick(stop.asset.id),
                stop.kind == StopKind.TRAILING ? stop.trail : null) : stop.state;
    }

    PlanStateColumns followed(TakeProfitLadderEntity ladder) {
        return ladder.state.tickSynced() ? AssetTicks.followed(ladder.state, assetTick(ladder.asset.id), null)
                : ladder.state;
    }

    private AssetTicks.State assetTick(long assetId) {
        return em.unwrap(org.hibernate.Session.class)
                .doReturningWork(c -> AssetTicks.read(c, List.of(assetId), false).get(assetId));
    }

    // ---- views ------------------------------------------------------------------------------

    StopView view(PositionStopEntity s) {
        PlanStateColumns state = followed(s);
        BigDecimal stopPrice = s.kind == StopKind.FIXED
                ? new FixedStop(s.fixedPrice, s.belowCost, s.sellFraction).stopPrice(s.averageCost)
                : state.stopPrice();
        return new StopView(s.id, s.asset.symbol, s.account == null ? null : s.account.name, s.kind,
                Scales.compact(s.trail), Scales.compact(s.fixedPrice), Scales.compact(s.belowCost),
                Scales.compact(s.sellFraction), s.armedOn, Scales.compact(s.quantity), Scales.compact(s.averageCost),
                Scales.compact(state.highWaterMark()), Scales.compact(stopPrice), Scales.compact(state.lastPrice()),
                state.lastPriceAt(), Scales.compact(state.pendingPrice()), s.triggered, s.triggeredOn);
    }

    LadderView view(TakeProfitLadderEntity l) {
        List<TakeProfitStepEntity> stored = TakeProfitStepEntity.listFor(l.id);
        PositionPlan plan = plan(l, stored);
        TakeProfitLadder rules = plan.takeProfit();
        List<LadderView.StepView> steps = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            TakeProfitStepEntity s = stored.get(i);
            steps.add(new LadderView.StepView(i, Scales.compact(s.atFractionOfTarget), Scales.compact(s.sellFraction),
                    Scales.compact(rules.stepPrice(i, l.averageCost).setScale(Scales.AMOUNT_SCALE,
                            RoundingMode.HALF_EVEN)),
                    (l.firedSteps & (1 << i)) != 0, s.firedOn));
        }
        PlanStateColumns columns = followed(l);
        PlanState state = columns.toState(l.firedSteps, false, l.takeProfitTriggered);
        return new LadderView(l.id, l.asset.symbol, l.account == null ? null : l.account.name,
                Scales.compact(l.targetGain), Scales.compact(l.trail), l.armedOn, Scales.compact(l.quantity),
                Scales.compact(l.averageCost), steps, Scales.compact(columns.highWaterMark()),
                Scales.compact(PlanEvaluator.takeProfitPrice(plan, state)), Scales.compact(columns.lastPrice()),
                columns.lastPriceAt(), l.finishedOn != null, l.finishedOn);
    }

    static PlanTriggerEntityView view(PlanTriggerEntity t) {
        return new PlanTriggerEntityView(t.id, t.planKind, t.planId, t.triggerKind, t.step, t.asset.symbol,
                t.triggeredOn, Scales.compact(t.price), Scales.compact(t.stopPrice), Scales.compact(t.quantity),
                t.suggestionId);
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** The position a plan is set on, as resolved from the input and the holdings. */
    private record Target(AssetEntity asset, AccountEntity account, BigDecimal quantity, BigDecimal averageCost,
                          LocalDate armedOn) {
    }

    private Target target(long userId, String symbolText, String accountName, String armedOnText,
                          BigDecimal quantityGiven, BigDecimal costGiven, InvalidValuesException.Collector problems) {
        AssetEntity asset = null;
        String symbol = symbolText == null ? "" : symbolText.strip().toUpperCase(Locale.ROOT);
        if (symbol.isEmpty()) {
            problems.add("symbol", "symbol is required");
        } else {
            asset = AssetEntity.findBySymbol(symbol).orElse(null);
            if (asset == null) {
                problems.add("symbol", "unknown asset \"" + symbolText + "\"");
            }
        }
        AccountEntity account = null;
        if (accountName != null && !accountName.isBlank()) {
            account = AccountEntity.findByName(userId, accountName.strip()).orElse(null);
            if (account == null) {
                problems.add("account", "you have no account named \"" + accountName.strip() + "\"");
            }
        }
        LocalDate armedOn = today();
        if (armedOnText != null && !armedOnText.isBlank()) {
            try {
                armedOn = LocalDate.parse(armedOnText.strip());
                if (armedOn.isAfter(today())) {
                    problems.add("armedOn", "armedOn must not be in the future, was " + armedOn);
                } else if (armedOn.isBefore(LocalDate.of(2009, 1, 3))) {
                    problems.add("armedOn", "armedOn must not be before 2009-01-03, was " + armedOn);
                }
            } catch (DateTimeParseException e) {
                problems.add("armedOn", "armedOn must be a date such as 2024-01-31, was \"" + armedOnText + "\"");
            }
        }
        if (asset == null || !problems.isEmpty()) {
            return null;
        }
        Holding holding = current.read(userId).holding(asset.symbol);
        BigDecimal held = holding == null ? BigDecimal.ZERO
                : account == null ? holding.quantity().amount()
                : holding.quantityByAccount().getOrDefault(account.name, BigDecimal.ZERO);
        // Sizes first: a quantity or cost no column holds is refused before anything rounds it.
        boolean sized = (quantityGiven == null || FieldChecks.fits("quantity", quantityGiven, problems))
                & (costGiven == null || FieldChecks.fits("averageCost", costGiven, problems));
        if (!sized) {
            return null;
        }
        BigDecimal quantity = quantityGiven == null ? held : quantityGiven;
        if (quantity.signum() <= 0) {
            problems.add(quantityGiven == null ? "symbol" : "quantity", quantityGiven == null
                    ? "you hold no " + asset.symbol + (account == null ? "" : " in " + account.name)
                    + ": a plan needs a position (or give its quantity)"
                    : "quantity must be greater than 0, was " + Scales.plain(quantity));
        }
        BigDecimal cost = costGiven != null ? costGiven
                : holding == null || holding.averageCost() == null || holding.averageCost().isZero() ? null
                : holding.averageCost().amount();
        if (costGiven != null && costGiven.signum() <= 0) {
            problems.add("averageCost", "averageCost must be greater than 0, was " + Scales.plain(costGiven));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Target(asset, account, Scales.compact(quantity), Scales.compact(cost), armedOn);
    }

    /**
     * Deletes a plan's firings, first dismissing the sell suggestions they raised that are still open:
     * a firing replayed after a re-arm raises its own, and a deleted plan suggests nothing. Accepted
     * suggestions stay as they are (their trades are in the ledger).
     */
    private void forgetTriggers(long portfolioId, String planKind, long planId) {
        List<Long> suggestions = PlanTriggerEntity.<PlanTriggerEntity>list("planKind = ?1 and planId = ?2",
                planKind, planId).stream().map(t -> t.suggestionId).filter(java.util.Objects::nonNull).toList();
        rebalance.dismissOpen(portfolioId, suggestions);
        PlanTriggerEntity.delete("planKind = ?1 and planId = ?2", planKind, planId);
    }

    private static PositionStopEntity ownedStop(long userId, long id) {
        return PositionStopEntity.findOwned(userId, id).orElseThrow(() -> new NotFoundException("no stop " + id));
    }

    private static TakeProfitLadderEntity ownedLadder(long userId, long id) {
        return TakeProfitLadderEntity.findOwned(userId, id).orElseThrow(() -> new NotFoundException("no ladder " + id));
    }

    static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The day a close belongs to: a close of day D is stamped at the end of D. */
    static LocalDate dayOf(Instant time) {
        return PlanFirings.dayOf(time);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
