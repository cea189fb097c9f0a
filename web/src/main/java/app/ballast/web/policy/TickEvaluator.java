package app.ballast.web.policy;

import app.ballast.domain.policy.LadderStep;
import app.ballast.domain.policy.PriceGuard;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Feeds accepted live prices to every user's armed stops and take-profit ladders on those assets
 * (issue 4: stop and take-profit evaluation after each price refresh), in bulk: a few queries read
 * the plans of the ticked assets, {@link PlanEvaluator} judges them in memory (the same guard as
 * everywhere: a stale, zero, negative, future or unconfirmed-jump price moves nothing), JDBC batches
 * write the rows whose state changed, and the firings go through {@link PlanFirings} like any other.
 *
 * <h2>One transaction, locks first</h2>
 * Everything a tick writes (plan states, triggers, sell suggestions, notices) is one database
 * transaction: a failure anywhere leaves none of it. Edits of a stop or ladder take the owner's
 * portfolio row lock first ({@code PortfolioService.lock}) and read the plan under it; this
 * transaction takes the same locks of every affected user, in one statement per 500 users in
 * ascending user id order (the order of the portfolio's user index, so two ticks at once — another
 * instance — queue behind each other instead of deadlocking), and only then reads the plans. A user
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

    /** The state columns written, in the order of {@link Evaluation#row}. */
    private static final List<String> WRITTEN_STATE = List.of("state_armed_at", "high_water_mark", "stop_price",
            "last_price", "last_price_at", "pending_price", "pending_at", "evaluated_until", "sold_quantity");

    private static final List<String> STOP_COLUMNS = concat(WRITTEN_STATE, List.of("triggered", "triggered_on"));

    private static final List<String> LADDER_COLUMNS = concat(WRITTEN_STATE,
            List.of("fired_steps", "take_profit_triggered", "finished_on"));

    private static final String STATE_COLUMNS = """
            state_armed_at, high_water_mark, stop_price, last_price, last_price_at, pending_price, pending_at,
            sold_quantity""";

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
        Map<Long, String> assets = QuarkusTransaction.requiringNew().call(() -> assetIds(bySymbol.keySet()));
        if (assets.isEmpty()) {
            return TickResult.NOTHING;
        }
        List<Long> users = QuarkusTransaction.requiringNew().call(() -> usersWithLivePlans(assets.keySet()));
        if (users.isEmpty()) {
            return TickResult.NOTHING;
        }
        // 100,000 plans took 10–30 s on a loaded 2-CPU machine: more than the default 60 s must not undo a tick.
        return QuarkusTransaction.requiringNew().timeout(TIMEOUT_SECONDS)
                .call(() -> evaluateLocked(users, assets, bySymbol));
    }

    private TickResult evaluateLocked(List<Long> users, Map<Long, String> assets, Map<String, PriceTick> ticks) {
        long start = System.nanoTime();
        Session session = em.unwrap(Session.class);
        Map<Long, Long> locked = session.doReturningWork(c -> lock(c, users));
        long lockedAt = System.nanoTime();
        Evaluation evaluation = new Evaluation(ticks, assets, locked, plans.guard(), Instant.now(clock));
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
        LOG.infof("Tick of %d assets: %d plans of %d users fed, %d stored, %d fired in %d ms (locks %d, read and"
                        + " judge %d, state writes %d, firings %d; commit follows)", ticks.size(), evaluation.fed,
                evaluation.users.size(), evaluation.changed, fired.size(), ms(System.nanoTime() - start),
                ms(lockedAt - start), ms(judgedAt - lockedAt), ms(writtenAt - judgedAt),
                ms(System.nanoTime() - writtenAt));
        return new TickResult(fired, evaluation.fed, evaluation.changed, evaluation.users.size());
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

    private List<Long> usersWithLivePlans(Collection<Long> assetIds) {
        TreeSet<Long> users = new TreeSet<>();
        for (Object row : em.createNativeQuery("""
                        SELECT user_id FROM position_stop WHERE asset_id IN (?1) AND triggered = FALSE
                        UNION SELECT user_id FROM take_profit_ladder WHERE asset_id IN (?1) AND finished_on IS NULL""")
                .setParameter(1, assetIds).getResultList()) {
            users.add(((Number) row).longValue());
        }
        return new ArrayList<>(users);
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

    /** One tick's work: the plans read, judged and what is to be written. */
    private static final class Evaluation {
        final Map<String, PriceTick> ticks;
        final Map<Long, String> assets;
        final Map<Long, Long> locked;
        final PriceGuard guard;
        final Instant now;
        final String assetList;
        final List<Firing> firings = new ArrayList<>();
        final List<Object[]> stopUpdates = new ArrayList<>();
        final List<Object[]> ladderUpdates = new ArrayList<>();
        final List<Object[]> stepUpdates = new ArrayList<>();
        final TreeSet<Long> users = new TreeSet<>();
        int fed;
        int changed;

        Evaluation(Map<String, PriceTick> ticks, Map<Long, String> assets, Map<Long, Long> locked, PriceGuard guard,
                   Instant now) {
            this.ticks = ticks;
            this.assets = assets;
            this.locked = locked;
            this.guard = guard;
            this.now = now;
            this.assetList = String.join(",", assets.keySet().stream().map(String::valueOf).toList());
        }

        void stops(Connection c) throws SQLException {
            String sql = "SELECT s.id, s.user_id, s.asset_id, s.account_id, ac.name, s.kind, s.trail, s.fixed_price,"
                    + " s.below_cost, s.sell_fraction, s.quantity, s.average_cost, " + prefixed("s") + " FROM position_stop s"
                    + " LEFT JOIN account ac ON ac.id = s.account_id"
                    + " WHERE s.asset_id IN (" + assetList + ") AND s.triggered = FALSE";
            try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    long userId = r.getLong(2);
                    if (!locked.containsKey(userId)) {
                        continue; // a plan added since the users were looked up: the next tick has it
                    }
                    long id = r.getLong(1);
                    long assetId = r.getLong(3);
                    String symbol = assets.get(assetId);
                    Long accountId = (Long) r.getObject(4, Long.class);
                    String accountName = r.getString(5);
                    StopKind kind = StopKind.valueOf(r.getString(6));
                    BigDecimal trail = r.getBigDecimal(7);
                    BigDecimal sellFraction = r.getBigDecimal(10);
                    PositionPlan plan = PositionPlansService.stopPlan(kind, symbol, trail, r.getBigDecimal(8),
                            r.getBigDecimal(9), sellFraction, r.getBigDecimal(11), r.getBigDecimal(12));
                    PlanState before = state(r, 13, 0, false); // live stops only: not triggered
                    PriceTick tick = ticks.get(symbol);
                    fed++;
                    users.add(userId);
                    PlanStep step = PlanEvaluator.onPrice(plan, before, tick, guard, now);
                    PlanState after = step.state();
                    if (after == before) {
                        continue; // refused price: nothing to store
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
                    stopUpdates.add(row(after, tick.time(), after.triggered(), triggeredOn, id));
                }
            }
        }

        void ladders(Connection c) throws SQLException {
            Map<Long, List<LadderStep>> steps = new HashMap<>();
            try (PreparedStatement q = c.prepareStatement("SELECT st.ladder_id, st.at_fraction_of_target,"
                    + " st.sell_fraction FROM take_profit_step st JOIN take_profit_ladder l ON l.id = st.ladder_id"
                    + " WHERE l.asset_id IN (" + assetList + ") AND l.finished_on IS NULL"
                    + " ORDER BY st.ladder_id, st.position"); ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    steps.computeIfAbsent(r.getLong(1), k -> new ArrayList<>(3))
                            .add(new LadderStep(r.getBigDecimal(2), r.getBigDecimal(3)));
                }
            }
            String sql = "SELECT l.id, l.user_id, l.asset_id, l.account_id, ac.name, l.target_gain, l.trail,"
                    + " l.quantity, l.average_cost, l.fired_steps, l.take_profit_triggered, " + prefixed("l")
                    + " FROM take_profit_ladder l LEFT JOIN account ac ON ac.id = l.account_id"
                    + " WHERE l.asset_id IN (" + assetList + ") AND l.finished_on IS NULL";
            try (PreparedStatement q = c.prepareStatement(sql); ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    long userId = r.getLong(2);
                    long id = r.getLong(1);
                    List<LadderStep> ladderSteps = steps.get(id);
                    if (!locked.containsKey(userId) || ladderSteps == null) {
                        continue; // added since the users were looked up (or mid-save): the next tick has it
                    }
                    long assetId = r.getLong(3);
                    String symbol = assets.get(assetId);
                    Long accountId = (Long) r.getObject(4, Long.class);
                    String accountName = r.getString(5);
                    BigDecimal targetGain = r.getBigDecimal(6);
                    BigDecimal averageCost = r.getBigDecimal(9);
                    PositionPlan plan = PositionPlansService.ladderPlan(symbol, r.getBigDecimal(8), averageCost,
                            targetGain, r.getBigDecimal(7), ladderSteps);
                    PlanState before = state(r, 12, r.getInt(10), r.getBoolean(11));
                    PriceTick tick = ticks.get(symbol);
                    fed++;
                    users.add(userId);
                    PlanStep step = PlanEvaluator.onPrice(plan, before, tick, guard, now);
                    PlanState after = step.state();
                    if (after == before) {
                        continue;
                    }
                    for (PlanEvent event : step.events()) {
                        firings.add(new Firing(userId, PlanFirings.LADDER, id, assetId, symbol, accountId,
                                accountName, event, PlanFirings.describeLadder(symbol, targetGain, averageCost, event)));
                        if (event.step() != null) {
                            stepUpdates.add(new Object[]{PlanFirings.dayOf(event.time()), id, event.step()});
                        }
                    }
                    LocalDate finishedOn = PositionPlansService.finished(plan, after)
                            ? PlanFirings.dayOf(tick.time()) : null;
                    ladderUpdates.add(row(after, tick.time(), after.firedSteps(), after.takeProfitTriggered(),
                            finishedOn, id));
                }
            }
        }

        /** The changed rows, a few statements per table ({@link BulkUpdate}). */
        void write(Connection c) throws SQLException {
            BulkUpdate.apply(c, "position_stop", STOP_COLUMNS, stopUpdates);
            BulkUpdate.apply(c, "take_profit_ladder", LADDER_COLUMNS, ladderUpdates);
            batch(c, "UPDATE take_profit_step SET fired_on = ? WHERE ladder_id = ? AND position = ?", stepUpdates);
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
        private static Object[] row(PlanState s, Instant fedUntil, Object... rest) {
            Object[] row = new Object[9 + rest.length];
            row[0] = s.armedAt();
            row[1] = s.highWaterMark();
            row[2] = s.stopPrice();
            row[3] = s.lastAcceptedPrice();
            row[4] = s.lastAcceptedAt();
            row[5] = s.pendingJumpPrice();
            row[6] = s.pendingJumpAt();
            row[7] = fedUntil;
            row[8] = s.soldQuantity();
            System.arraycopy(rest, 0, row, 9, rest.length);
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
