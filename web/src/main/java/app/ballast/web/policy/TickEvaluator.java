package app.ballast.web.policy;

import app.ballast.domain.Scales;
import app.ballast.domain.policy.LadderStep;
import app.ballast.domain.policy.PriceGuard;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.portfolio.plans.PlanEvaluator;
import app.ballast.portfolio.plans.PlanEvent;
import app.ballast.portfolio.plans.PlanEventType;
import app.ballast.portfolio.plans.PlanState;
import app.ballast.portfolio.plans.PlanStep;
import app.ballast.portfolio.plans.PositionPlan;
import app.ballast.portfolio.plans.PriceTick;
import app.ballast.web.policy.PlanFirings.Firing;
import app.ballast.web.policy.PositionPlansService.PlanTriggerEntityView;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Feeds accepted live prices to every user's armed stops and take-profit ladders on those assets
 * (issue 4: stop and take-profit evaluation after each price refresh), in bulk: a few queries read
 * the plans of the ticked assets, {@link PlanEvaluator} judges them in memory (the same guard as
 * everywhere: a stale, zero, negative, future or unconfirmed-jump price moves nothing), JDBC batches
 * write the rows whose state changed, and the firings go through {@link PlanFirings} like any other.
 *
 * <h2>The feed's state once per asset</h2>
 * The guard state of the live feed (last accepted price and time, a held jump, the last price fed)
 * and the highest price accepted since are kept once per asset ({@link AssetTicks}, table
 * asset_tick), and judged once per asset. A plan whose own state has become the same as its asset's
 * follows it ({@code tick_synced}): it keeps none of that itself, its mark is the greater of its own
 * and the asset's high, and a price changes its row only when it fires. So a tick reads the plans
 * that do not follow their asset, and, for an accepted price, only the following plans it can fire
 * (their stored wake prices, or a trail within the fall from the high, each an index range); it
 * writes the asset rows and the plans that fired, joined or left. A plan armed below the asset's high
 * cannot follow it as it is: the high then starts again at the current price ({@code Feed.rebase}).
 * Anything else that feeds or re-arms a plan ({@link PositionPlansService}) stores what it follows as
 * its own first.
 *
 * <h2>One transaction, locks first</h2>
 * Everything a tick writes (plan states, triggers, sell suggestions, notices) is one database
 * transaction: a failure anywhere leaves none of it. Edits of a stop or ladder take the owner's
 * portfolio row lock first ({@code PortfolioService.lock}) and read the plan under it; this
 * transaction takes the same locks of every affected user, in one statement per 500 users in
 * ascending user id order (the order of the portfolio's user index, so two ticks at once — another
 * instance — queue behind each other instead of deadlocking), then the ticked assets' asset_tick rows
 * (asset id order), and only then reads the plans. A user
 * saving a stop at that moment either commits first, and the tick reads the saved stop, or waits
 * until the tick has committed and then reads the state it wrote. Since a locking read takes no
 * snapshot, the plain reads after it see everything committed before the locks were granted. The
 * users to lock are found by a short read of its own before (a plan added in between is picked up by
 * the next tick; a plan of a user not locked is never written). Firings stay once-only regardless,
 * by plan_trigger's unique key.
 */
@ApplicationScoped
public class TickEvaluator {

    private static final Logger LOG = Logger.getLogger(TickEvaluator.class);

    /** The tick's transaction may last this long (seconds). */
    private static final int TIMEOUT_SECONDS = 300;

    /** Users locked per statement: keeps the IN lists short. */
    private static final int LOCK_BATCH = 500;

    /** Ladders whose steps are read per statement. */
    private static final int STEP_BATCH = 1000;

    /** The state columns written, in the order of {@link Evaluation#row}. */
    private static final List<String> WRITTEN_STATE = List.of("state_armed_at", "high_water_mark", "stop_price",
            "last_price", "last_price_at", "pending_price", "pending_at", "evaluated_until", "sold_quantity",
            "tick_synced");

    private static final List<String> STOP_COLUMNS = concat(WRITTEN_STATE,
            List.of("wake_below", "triggered", "triggered_on"));

    private static final List<String> LADDER_COLUMNS = concat(WRITTEN_STATE,
            List.of("wake_above", "wake_below", "fired_steps", "take_profit_triggered", "finished_on"));

    private static final String STATE_COLUMNS = """
            state_armed_at, high_water_mark, stop_price, last_price, last_price_at, pending_price, pending_at,
            sold_quantity, tick_synced""";

    @Inject
    PositionPlansService plans;

    @Inject
    PlanFirings firings;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /**
     * Called with "states" once the plan states are written and with "firings" once the firings are
     * recorded, before the commit: tests make a run fail there.
     */
    private volatile Consumer<String> checkpoint = step -> {
    };

    /** For tests: what runs at each checkpoint (a method, so that it reaches the bean behind its proxy). */
    void checkpoint(Consumer<String> atStep) {
        checkpoint = atStep;
    }

    /**
     * Feeds each symbol's tick to the live plans on it, stores every state change and firing, and
     * answers what fired. Runs in transactions of its own, whatever the caller's (suspended): a
     * failure here undoes none of the caller's writes, and none of its own.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public TickResult evaluate(Map<String, PriceTick> ticks) {
        Map<String, PriceTick> bySymbol = new HashMap<>();
        if (ticks != null) {
            ticks.forEach((symbol, tick) -> {
                if (symbol != null && tick != null) {
                    bySymbol.put(symbol.strip().toUpperCase(Locale.ROOT), tick);
                }
            });
        }
        if (bySymbol.isEmpty()) {
            return TickResult.NOTHING;
        }
        long lookup = System.nanoTime();
        Map<Long, String> assets = new HashMap<>();
        TreeMap<Long, Integer> users = QuarkusTransaction.requiringNew().call(() -> {
            assets.putAll(assetIds(bySymbol.keySet()));
            return assets.isEmpty() ? new TreeMap<Long, Integer>() : usersWithLivePlans(assets.keySet());
        });
        if (users.isEmpty()) {
            return TickResult.NOTHING;
        }
        // 100,000 plans took 10–30 s on a loaded 2-CPU machine: more than the default 60 s must not undo a tick.
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS)
                .call(() -> evaluateLocked(users, assets, bySymbol, lookup));
    }

    private TickResult evaluateLocked(TreeMap<Long, Integer> users, Map<Long, String> assets,
                                      Map<String, PriceTick> ticks, long lookup) {
        long start = System.nanoTime();
        Session session = em.unwrap(Session.class);
        Map<Long, Long> locked = session.doReturningWork(c -> lock(c, new ArrayList<>(users.keySet())));
        // After the users: every tick takes the portfolio locks first, then the assets' rows, in id order.
        Map<Long, AssetTicks.State> states = session.doReturningWork(c -> AssetTicks.read(c, assets.keySet(), true));
        long lockedAt = System.nanoTime();
        Evaluation evaluation = new Evaluation(ticks, assets, locked, states, plans.guard(), Instant.now(clock));
        session.doWork(c -> {
            evaluation.stops(c);
            evaluation.ladders(c);
        });
        long judgedAt = System.nanoTime();
        session.doWork(evaluation::write);
        long writtenAt = System.nanoTime();
        checkpoint.accept("states");
        List<PlanTriggerEntityView> fired = firings.record(evaluation.firings);
        checkpoint.accept("firings");
        int fed = 0;
        int fedUsers = 0;
        for (Map.Entry<Long, Integer> user : users.entrySet()) {
            if (locked.containsKey(user.getKey())) {
                fed += user.getValue();
                fedUsers++;
            }
        }
        LOG.infof("Tick of %d assets: %d plans of %d users fed (%d of them read), %d stored, %d fired in %d ms"
                        + " (lookup %d, locks %d, read and judge %d, state writes %d, firings %d; commit follows)",
                ticks.size(), fed, fedUsers, evaluation.read, evaluation.changed, fired.size(),
                ms(System.nanoTime() - lookup), ms(start - lookup), ms(lockedAt - start), ms(judgedAt - lockedAt),
                ms(writtenAt - judgedAt), ms(System.nanoTime() - writtenAt));
        return new TickResult(fired, fed, evaluation.changed, fedUsers);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    private Map<Long, String> assetIds(Collection<String> symbols) {
        Map<Long, String> ids = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, symbol FROM asset WHERE symbol IN (?1)")
                .setParameter(1, symbols).getResultList()) {
            Object[] r = (Object[]) row;
            ids.put(((Number) r[0]).longValue(), ((String) r[1]).toUpperCase(Locale.ROOT));
        }
        return ids;
    }

    /**
     * The users with live plans on the assets and how many each has (the plans a tick feeds: those
     * that follow their asset's tick state are fed through it), in user id order. Makes sure the
     * assets have a tick state row, for the tick to lock.
     */
    private TreeMap<Long, Integer> usersWithLivePlans(Collection<Long> assetIds) {
        TreeMap<Long, Integer> users = new TreeMap<>();
        for (Object row : em.createNativeQuery("""
                        SELECT user_id, COUNT(*) FROM position_stop WHERE asset_id IN (?1) AND triggered = FALSE
                        GROUP BY user_id
                        UNION ALL SELECT user_id, COUNT(*) FROM take_profit_ladder
                        WHERE asset_id IN (?1) AND finished_on IS NULL GROUP BY user_id""")
                .setParameter(1, assetIds).getResultList()) {
            Object[] r = (Object[]) row;
            users.merge(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), Integer::sum);
        }
        if (!users.isEmpty()) {
            em.unwrap(Session.class).doWork(c -> AssetTicks.ensure(c, assetIds));
        }
        return users;
    }

    /** Locks the users' portfolios in ascending user id order; answers each user's (first) portfolio. */
    private static Map<Long, Long> lock(Connection c, List<Long> users) throws SQLException {
        Map<Long, Long> portfolios = new HashMap<>();
        for (int from = 0; from < users.size(); from += LOCK_BATCH) {
            List<Long> batch = users.subList(from, Math.min(users.size(), from + LOCK_BATCH));
            String sql = "SELECT user_id, id FROM portfolio WHERE user_id IN (" + marks(batch.size())
                    + ") ORDER BY user_id, id FOR UPDATE";
            try (PreparedStatement q = c.prepareStatement(sql)) {
                for (int i = 0; i < batch.size(); i++) {
                    q.setLong(i + 1, batch.get(i));
                }
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        portfolios.putIfAbsent(r.getLong(1), r.getLong(2));
                    }
                }
            }
        }
        return portfolios;
    }

    private static String marks(int n) {
        return String.join(",", java.util.Collections.nCopies(n, "?"));
    }

    /** Rounded up to the stored scale: a price at or below the exact level is at or below this one. */
    private static BigDecimal up(BigDecimal v) {
        return v == null ? null : v.setScale(Scales.AMOUNT_SCALE, RoundingMode.CEILING);
    }

    /** Rounded down to the stored scale: a price at or above the exact level is at or above this one. */
    private static BigDecimal down(BigDecimal v) {
        return v == null ? null : v.setScale(Scales.AMOUNT_SCALE, RoundingMode.FLOOR);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    /**
     * One asset's price against its tick state: what the jump guard makes of it for every plan that
     * follows the asset (they share the guard state, so they share the verdict), and the new state.
     */
    private static final class Feed {
        final long assetId;
        final String symbol;
        final PriceTick tick;
        final AssetTicks.State before;
        AssetTicks.State after;
        final boolean accepted;
        /** An accepted price: a synced trailing stop or take-profit with a trail at most this may fire. */
        final BigDecimal trailBound;
        /** The rows of plans that would follow the asset but for a mark below its high (see {@link #rebase}). */
        final List<Object[]> blocked = new ArrayList<>();

        Feed(long assetId, String symbol, PriceTick tick, AssetTicks.State before, PriceGuard guard, Instant now) {
            this.assetId = assetId;
            this.symbol = symbol;
            this.tick = tick;
            this.before = before;
            PlanState guardBefore = before.guard();
            PlanStep step = PlanEvaluator.onPrice(new PositionPlan(symbol, BigDecimal.ZERO, null, null, null, null),
                    guardBefore, tick, guard, now);
            PlanState g = step.state();
            accepted = step.check().accepted();
            if (g == guardBefore) {
                after = before; // refused: nothing moves, nothing is stored
                trailBound = null;
                return;
            }
            BigDecimal high = !accepted ? before.high()
                    : before.high() == null ? tick.price() : before.high().max(tick.price());
            after = new AssetTicks.State(assetId, g.lastAcceptedPrice(), g.lastAcceptedAt(), g.pendingJumpPrice(),
                    g.pendingJumpAt(), tick.time(), high);
            trailBound = accepted ? up(BigDecimal.ONE.subtract(tick.price().divide(high, MathContext.DECIMAL128)))
                    : null;
        }

        boolean changed() {
            return after != before;
        }

        /**
         * Whether a plan judged on its own state may follow the asset from now on: its guard state is
         * the asset's new one (and rests on a confirmed price), and its mark is at least the asset's
         * high, so that the greater of the two stays its mark.
         */
        boolean follows(PlanState s, Instant fedUntil) {
            return sameGuard(s, fedUntil) && s.highWaterMark().compareTo(after.high()) >= 0;
        }

        /** The plan's guard state is the asset's new one, on a confirmed price (its mark aside). */
        boolean sameGuard(PlanState s, Instant fedUntil) {
            AssetTicks.State a = after;
            return a.last() != null && a.high() != null && s.armed() && !s.armingUnconfirmed()
                    && s.highWaterMark() != null
                    && same(s.lastAcceptedPrice(), a.last()) && Objects.equals(s.lastAcceptedAt(), a.lastAt())
                    && same(s.pendingJumpPrice(), a.pending()) && Objects.equals(s.pendingJumpAt(), a.pendingAt())
                    && Objects.equals(fedUntil, a.evaluatedUntil());
        }

        /**
         * Plans armed below the asset's high (after a fall) cannot follow it as it is: their mark is
         * not the greater of theirs and the high. So the high starts again at this accepted price: the
         * plans following it first store the mark they have (the high, where theirs is below it; their
         * stop and wake prices with it), one statement per table, which writes only plans whose mark
         * the high had moved. Then every plan that follows it has a mark at least the new high, and the
         * blocked plans join them.
         */
        void rebase(Connection c) throws SQLException {
            if (blocked.isEmpty() || !accepted || !changed()) {
                return;
            }
            BigDecimal high = PlanFirings.stored(after.high());
            try (PreparedStatement u = c.prepareStatement("""
                    UPDATE position_stop SET high_water_mark = ?,
                        stop_price = CASE WHEN kind = 'TRAILING' THEN GREATEST(COALESCE(stop_price, 0), ? * (1 - trail))
                            ELSE stop_price END,
                        wake_below = CASE WHEN kind = 'TRAILING' THEN GREATEST(COALESCE(stop_price, 0), ? * (1 - trail))
                            ELSE wake_below END
                    WHERE asset_id = ? AND triggered = FALSE AND tick_synced = TRUE AND high_water_mark < ?""")) {
                u.setBigDecimal(1, high);
                u.setBigDecimal(2, high);
                u.setBigDecimal(3, high);
                u.setLong(4, assetId);
                u.setBigDecimal(5, high);
                u.executeUpdate();
            }
            try (PreparedStatement u = c.prepareStatement("""
                    UPDATE take_profit_ladder SET high_water_mark = ?,
                        wake_below = CASE WHEN wake_above IS NULL AND trail IS NOT NULL THEN ? * (1 - trail)
                            ELSE wake_below END
                    WHERE asset_id = ? AND finished_on IS NULL AND tick_synced = TRUE AND high_water_mark < ?""")) {
                u.setBigDecimal(1, high);
                u.setBigDecimal(2, high);
                u.setLong(3, assetId);
                u.setBigDecimal(4, high);
                u.executeUpdate();
            }
            after = new AssetTicks.State(assetId, after.last(), after.lastAt(), after.pending(), after.pendingAt(),
                    after.evaluatedUntil(), tick.price());
            for (Object[] row : blocked) {
                row[9] = Boolean.TRUE;
            }
        }

        /** A synced plan's full state before this price: its own, with the asset's guard state and high. */
        PlanState following(PlanState own, BigDecimal trail) {
            BigDecimal high = before.high();
            BigDecimal mark = own.highWaterMark() == null ? high : high == null ? own.highWaterMark()
                    : own.highWaterMark().max(high);
            BigDecimal stop = own.stopPrice();
            if (trail != null && mark != null) {
                BigDecimal fromMark = mark.multiply(BigDecimal.ONE.subtract(trail));
                stop = stop == null ? fromMark : stop.max(fromMark);
            }
            return new PlanState(own.armedAt(), mark, stop, before.last(), before.lastAt(), before.pending(),
                    before.pendingAt(), own.firedSteps(), own.trailingStopTriggered(), own.fixedStopTriggered(),
                    own.takeProfitTriggered(), own.soldQuantity());
        }
    }

    /** A live ladder as read, judged once its steps are read too. */
    private record LadderRow(long id, long userId, Feed feed, Long accountId, String accountName,
                             BigDecimal targetGain, BigDecimal trail, BigDecimal quantity, BigDecimal averageCost,
                             PlanState own, boolean synced) {
    }

    /** One tick's work: the plans read, judged and what is to be written. */
    private static final class Evaluation {
        final Map<Long, Long> locked;
        final PriceGuard guard;
        final Instant now;
        final List<Feed> feeds = new ArrayList<>();
        final List<Firing> firings = new ArrayList<>();
        final List<Object[]> stopUpdates = new ArrayList<>();
        final List<Object[]> ladderUpdates = new ArrayList<>();
        final List<Object[]> stepUpdates = new ArrayList<>();
        int read;
        int changed;

        Evaluation(Map<String, PriceTick> ticks, Map<Long, String> assets, Map<Long, Long> locked,
                   Map<Long, AssetTicks.State> states, PriceGuard guard, Instant now) {
            this.locked = locked;
            this.guard = guard;
            this.now = now;
            assets.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(a -> feeds.add(
                    new Feed(a.getKey(), a.getValue(), ticks.get(a.getValue()), states.get(a.getKey()), guard, now)));
        }

        /**
         * The live stops a price can change: those judged on their own state (not synced), and, for an
         * accepted price, the synced ones it may fire (at or below their stored stop price, or a trail
         * within the fall from the asset's high). A synced stop the price does not fire changes only
         * through its asset's row.
         */
        void stops(Connection c) throws SQLException {
            String select = "SELECT s.id, s.user_id, s.account_id, ac.name, s.kind, s.trail, s.fixed_price,"
                    + " s.below_cost, s.sell_fraction, s.quantity, s.average_cost, " + prefixed("s")
                    + " FROM position_stop s LEFT JOIN account ac ON ac.id = s.account_id"
                    + " WHERE s.asset_id = ? AND s.triggered = FALSE AND s.tick_synced = ";
            for (Feed feed : feeds) {
                // One index range per condition (an OR of them would scan every live stop of the asset).
                Set<Long> seen = new HashSet<>();
                read(c, select + "FALSE", feed, null, r -> stop(feed, r, seen));
                if (feed.accepted && feed.changed()) {
                    read(c, select + "TRUE AND s.wake_below >= ?", feed, PlanFirings.stored(feed.tick.price()),
                            r -> stop(feed, r, seen));
                    if (feed.trailBound.signum() > 0) {
                        read(c, select + "TRUE AND s.trail <= ?", feed, feed.trailBound, r -> stop(feed, r, seen));
                    }
                }
            }
        }

        private interface RowReader {
            void read(ResultSet r) throws SQLException;
        }

        private static void read(Connection c, String sql, Feed feed, BigDecimal bound, RowReader reader)
                throws SQLException {
            try (PreparedStatement q = c.prepareStatement(sql)) {
                q.setLong(1, feed.assetId);
                if (bound != null) {
                    q.setBigDecimal(2, bound);
                }
                try (ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        reader.read(r);
                    }
                }
            }
        }

        private void stop(Feed feed, ResultSet r, Set<Long> seen) throws SQLException {
            if (seen.add(r.getLong(1))) {
                stop(feed, r);
            }
        }

        private void stop(Feed feed, ResultSet r) throws SQLException {
            long userId = r.getLong(2);
            if (!locked.containsKey(userId)) {
                return; // a plan added since the users were looked up: the next tick has it
            }
            read++;
            long id = r.getLong(1);
            long assetId = feed.assetId;
            String symbol = feed.symbol;
            Long accountId = (Long) r.getObject(3, Long.class);
            String accountName = r.getString(4);
            StopKind kind = StopKind.valueOf(r.getString(5));
            BigDecimal trail = r.getBigDecimal(6);
            BigDecimal sellFraction = r.getBigDecimal(9);
            BigDecimal averageCost = r.getBigDecimal(11);
            PositionPlan plan = PositionPlansService.stopPlan(kind, symbol, trail, r.getBigDecimal(7),
                    r.getBigDecimal(8), sellFraction, r.getBigDecimal(10), averageCost);
            PlanState own = state(r, 12, 0, false); // live stops only: not triggered
            boolean synced = r.getBoolean(20);
            PlanState before = synced ? feed.following(own, kind == StopKind.TRAILING ? trail : null) : own;
            PriceTick tick = feed.tick;
            PlanStep step = PlanEvaluator.onPrice(plan, before, tick, guard, now);
            PlanState after = step.state();
            if (after == before) {
                return; // refused price: nothing to store
            }
            LocalDate triggeredOn = null;
            for (PlanEvent event : step.events()) {
                firings.add(new Firing(userId, PlanFirings.STOP, id, assetId, symbol, accountId, accountName,
                        event, PlanFirings.describeStop(kind, symbol, trail, sellFraction, event,
                        after.highWaterMark())));
                if (event.type() == PlanEventType.STOP_TRIGGERED) {
                    triggeredOn = PlanFirings.dayOf(event.time());
                }
            }
            boolean triggered = after.triggered();
            if (synced && step.events().isEmpty() && !triggered) {
                return; // its new mark and stop price follow from the asset's row
            }
            boolean follows = !triggered && (synced || feed.follows(after, tick.time()));
            BigDecimal wake = kind == StopKind.TRAILING ? up(after.stopPrice())
                    : up(plan.fixedStop().stopPrice(averageCost));
            Object[] update = row(after, tick.time(), follows, wake, triggered, triggeredOn, id);
            stopUpdates.add(update);
            if (!follows && !triggered && feed.sameGuard(after, tick.time())) {
                feed.blocked.add(update);
            }
        }

        /** As {@link #stops}, for the live ladders: a synced one is read when a step or its take-profit may fire. */
        void ladders(Connection c) throws SQLException {
            List<LadderRow> rows = new ArrayList<>();
            String select = "SELECT l.id, l.user_id, l.account_id, ac.name, l.target_gain, l.trail,"
                    + " l.quantity, l.average_cost, l.fired_steps, l.take_profit_triggered, " + prefixed("l")
                    + " FROM take_profit_ladder l LEFT JOIN account ac ON ac.id = l.account_id"
                    + " WHERE l.asset_id = ? AND l.finished_on IS NULL AND l.tick_synced = ";
            for (Feed feed : feeds) {
                Set<Long> seen = new HashSet<>();
                RowReader reader = r -> {
                    long userId = r.getLong(2);
                    if (!locked.containsKey(userId) || !seen.add(r.getLong(1))) {
                        return; // added since the users were looked up (the next tick has it), or read already
                    }
                    rows.add(new LadderRow(r.getLong(1), userId, feed, (Long) r.getObject(3, Long.class),
                            r.getString(4), r.getBigDecimal(5), r.getBigDecimal(6), r.getBigDecimal(7),
                            r.getBigDecimal(8), state(r, 11, r.getInt(9), r.getBoolean(10)), r.getBoolean(19)));
                };
                read(c, select + "FALSE", feed, null, reader);
                if (feed.accepted && feed.changed()) {
                    BigDecimal price = PlanFirings.stored(feed.tick.price());
                    read(c, select + "TRUE AND l.wake_above <= ?", feed, price, reader);
                    read(c, select + "TRUE AND l.wake_below >= ?", feed, price, reader);
                    if (feed.trailBound.signum() > 0) {
                        read(c, select + "TRUE AND l.wake_above IS NULL AND l.trail <= ?", feed, feed.trailBound,
                                reader);
                    }
                }
            }
            Map<Long, List<LadderStep>> steps = steps(c, rows.stream().map(LadderRow::id).toList());
            for (LadderRow row : rows) {
                List<LadderStep> ladderSteps = steps.get(row.id());
                if (ladderSteps != null) { // none: mid-save, the next tick has it
                    ladder(row, ladderSteps);
                }
            }
        }

        private static Map<Long, List<LadderStep>> steps(Connection c, List<Long> ladders) throws SQLException {
            Map<Long, List<LadderStep>> steps = new HashMap<>();
            for (int from = 0; from < ladders.size(); from += STEP_BATCH) {
                List<Long> batch = ladders.subList(from, Math.min(ladders.size(), from + STEP_BATCH));
                try (PreparedStatement q = c.prepareStatement("SELECT ladder_id, at_fraction_of_target, sell_fraction"
                        + " FROM take_profit_step WHERE ladder_id IN (" + String.join(",", batch.stream()
                        .map(String::valueOf).toList()) + ") ORDER BY ladder_id, position");
                     ResultSet r = q.executeQuery()) {
                    while (r.next()) {
                        steps.computeIfAbsent(r.getLong(1), k -> new ArrayList<>(3))
                                .add(new LadderStep(r.getBigDecimal(2), r.getBigDecimal(3)));
                    }
                }
            }
            return steps;
        }

        private void ladder(LadderRow row, List<LadderStep> ladderSteps) {
            read++;
            Feed feed = row.feed();
            long id = row.id();
            String symbol = feed.symbol;
            PositionPlan plan = PositionPlansService.ladderPlan(symbol, row.quantity(), row.averageCost(),
                    row.targetGain(), row.trail(), ladderSteps);
            PlanState before = row.synced() ? feed.following(row.own(), null) : row.own();
            PriceTick tick = feed.tick;
            PlanStep step = PlanEvaluator.onPrice(plan, before, tick, guard, now);
            PlanState after = step.state();
            if (after == before) {
                return;
            }
            for (PlanEvent event : step.events()) {
                firings.add(new Firing(row.userId(), PlanFirings.LADDER, id, feed.assetId, symbol, row.accountId(),
                        row.accountName(), event, PlanFirings.describeLadder(symbol, row.targetGain(),
                        row.averageCost(), event)));
                if (event.step() != null) {
                    stepUpdates.add(new Object[]{PlanFirings.dayOf(event.time()), id, event.step()});
                }
            }
            boolean finished = PositionPlansService.finished(plan, after);
            if (row.synced() && step.events().isEmpty() && !finished) {
                return; // its new mark follows from the asset's row
            }
            boolean follows = !finished && (row.synced() || feed.follows(after, tick.time()));
            TakeProfitLadder rules = plan.takeProfit();
            BigDecimal nextStep = null;
            for (int i = 0; i < rules.steps().size(); i++) {
                if (!after.stepFired(i)) {
                    BigDecimal level = rules.stepPrice(i, row.averageCost());
                    nextStep = nextStep == null ? level : nextStep.min(level);
                }
            }
            BigDecimal takeProfit = PlanEvaluator.takeProfitPrice(plan, after);
            Object[] update = row(after, tick.time(), follows, down(nextStep), up(takeProfit), after.firedSteps(),
                    after.takeProfitTriggered(), finished ? PlanFirings.dayOf(tick.time()) : null, id);
            ladderUpdates.add(update);
            if (!follows && !finished && feed.sameGuard(after, tick.time())) {
                feed.blocked.add(update);
            }
        }

        /** The changed rows, a few statements per table ({@link BulkUpdate}), and the assets' new tick states. */
        void write(Connection c) throws SQLException {
            for (Feed feed : feeds) {
                feed.rebase(c);
            }
            BulkUpdate.apply(c, "position_stop", STOP_COLUMNS, stopUpdates);
            BulkUpdate.apply(c, "take_profit_ladder", LADDER_COLUMNS, ladderUpdates);
            batch(c, "UPDATE take_profit_step SET fired_on = ? WHERE ladder_id = ? AND position = ?", stepUpdates);
            AssetTicks.write(c, feeds.stream().filter(Feed::changed).map(f -> f.after).toList(), now);
            changed = stopUpdates.size() + ladderUpdates.size();
        }

        private static String prefixed(String alias) {
            return String.join(", ", java.util.Arrays.stream(STATE_COLUMNS.split(","))
                    .map(col -> alias + "." + col.strip()).toList());
        }

        /** The stored state from the eight state columns starting at {@code at}. */
        private static PlanState state(ResultSet r, int at, int firedSteps, boolean takeProfitTriggered)
                throws SQLException {
            return new PlanState(PlanFirings.instant(r, at), r.getBigDecimal(at + 1), r.getBigDecimal(at + 2),
                    r.getBigDecimal(at + 3), PlanFirings.instant(r, at + 4), r.getBigDecimal(at + 5),
                    PlanFirings.instant(r, at + 6), firedSteps, false, takeProfitTriggered,
                    r.getBigDecimal(at + 7));
        }

        /** The state columns' values followed by {@code rest}, in the UPDATE statements' order. */
        private static Object[] row(PlanState s, Instant fedUntil, boolean synced, Object... rest) {
            Object[] row = new Object[10 + rest.length];
            row[0] = s.armedAt();
            row[1] = s.highWaterMark();
            row[2] = s.stopPrice();
            row[3] = s.lastAcceptedPrice();
            row[4] = s.lastAcceptedAt();
            row[5] = s.pendingJumpPrice();
            row[6] = s.pendingJumpAt();
            row[7] = fedUntil;
            row[8] = s.soldQuantity();
            row[9] = synced;
            System.arraycopy(rest, 0, row, 10, rest.length);
            return row;
        }

        private static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
            if (rows.isEmpty()) {
                return;
            }
            try (PreparedStatement s = c.prepareStatement(sql)) {
                for (Object[] row : rows) {
                    for (int i = 0; i < row.length; i++) {
                        BulkUpdate.bind(s, i + 1, row[i]);
                    }
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
    }
}
