package app.ballast.web.bench;

import app.ballast.portfolio.plans.PriceTick;
import app.ballast.web.policy.TickEvaluator;
import app.ballast.web.policy.TickResult;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Benchmark, not a test (its name keeps it out of the suite): one price tick against 100,000 armed
 * plans of 1,000 users — the time from the new prices to every decision stored, through
 * {@link TickEvaluator#evaluate}, the method the price refresh calls. Runs inside the application
 * (Quarkus test mode, the embedded MariaDB), since the evaluator has no HTTP entry point:
 * <pre>./mvnw -o -B -pl web -am verify -Dtest=TickBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 * System properties: bench.users (1000), bench.runs (7), bench.synced (true). Each user holds 10 of each of 20 assets and
 * has 5 plans on each (trailing stops of 8%, 12% and 25%, a fixed stop 30% below cost, a ladder with
 * two steps and a 20% trailing take-profit), all armed and confirmed at 100. The tick raises 19 assets
 * to 101 and drops one to 91: every 8% stop on it fires (one per user), everything else moves its
 * mark. Before each run the states are put back and the firings removed: as a tick leaves them (every
 * plan following its asset's tick state, {@code tick_synced}, the asset's row at 100), or with
 * bench.synced=false as they were before the V11 migration (each plan judged on its own state: the
 * first tick after the upgrade). Prints the figures; asserts only what the tick decided, never how
 * long it took.
 */
@QuarkusTest
class TickBenchmark {

    private static final int ASSETS = 20;
    private static final String[] TRAILS = {"0.08", "0.12", "0.25"};

    @Inject
    TickEvaluator ticks;

    @Inject
    AgroalDataSource db;

    @Test
    void oneTickAgainst100kArmedPlans() throws Exception {
        int userCount = Integer.getInteger("bench.users", 1000);
        int runs = Integer.getInteger("bench.runs", 7);
        boolean synced = Boolean.parseBoolean(System.getProperty("bench.synced", "true"));
        Map<String, Long> assets;
        try (Connection c = db.getConnection()) {
            assets = BenchData.assets(c, ASSETS);
        }
        long seedStart = System.nanoTime();
        List<Long> users = BenchData.users(db, "tick-bench", userCount, assets);
        int plans = seedPlans(users, assets);
        long seedNanos = System.nanoTime() - seedStart;
        System.out.printf("seeded %d users, %d plans in %s ms%n", users.size(), plans, BenchData.ms(seedNanos));

        List<Long> timings = new ArrayList<>();
        List<TickResult> results = new ArrayList<>();
        Instant armedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(2));
        String falling = assets.keySet().iterator().next();
        for (int run = 0; run < runs; run++) {
            reset(armedAt, assets.values(), synced);
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            Map<String, PriceTick> tick = new HashMap<>();
            for (String symbol : assets.keySet()) {
                tick.put(symbol, new PriceTick(at, new BigDecimal(symbol.equals(falling) ? "91" : "101")));
            }
            long start = System.nanoTime();
            TickResult result = ticks.evaluate(tick);
            long nanos = System.nanoTime() - start;
            timings.add(nanos);
            results.add(result);
            System.out.printf("run %d: %s ms, %d plans fed, %d stored, %d fired, %d users%n", run + 1,
                    BenchData.ms(nanos), result.plans(), result.plansChanged(), result.firedCount(), result.users());
            assertTrue(result.plans() >= plans, "every seeded plan is fed");
            assertTrue(result.firedCount() >= userCount, "one 8% stop per user on the falling asset");
        }
        List<Long> measured = new ArrayList<>(timings.subList(Math.min(1, runs - 1), runs)); // the first warms up
        measured.sort(Long::compare);
        long firedSuggestions = BenchData.count(db, "SELECT COUNT(*) FROM rebalance_suggestion WHERE kind = 'STOP'");
        System.out.printf("%nTICK BENCHMARK: %d users, %d armed plans, tick of %d assets; runs (after a warm-up):"
                        + " %d; p50 %s ms, max %s ms; first run %s ms; fired per run %d (sell suggestions %d);"
                        + " rows stored per run %d%n",
                userCount, plans, assets.size(), measured.size(), BenchData.ms(BenchData.percentile(measured, 50)),
                BenchData.ms(measured.get(measured.size() - 1)), BenchData.ms(timings.get(0)),
                results.get(runs - 1).firedCount(), firedSuggestions, results.get(runs - 1).plansChanged());
    }

    /** Five plans per user and asset, in batches: 80% stops, 20% ladders with two steps each. */
    private int seedPlans(List<Long> users, Map<String, Long> assets) throws Exception {
        Timestamp now = BenchData.utc(Instant.now());
        java.sql.Date armedOn = java.sql.Date.valueOf(LocalDate.now(ZoneOffset.UTC).minusDays(1));
        int count = 0;
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO position_stop (user_id, asset_id, kind, trail, below_cost, sell_fraction, armed_on,
                        quantity, average_cost, triggered, sold_quantity, created_at)
                    VALUES (?, ?, ?, ?, ?, 1, ?, 10, 100, FALSE, 0, ?)""")) {
                for (long user : users) {
                    for (long asset : assets.values()) {
                        for (int k = 0; k <= TRAILS.length; k++) {
                            s.setLong(1, user);
                            s.setLong(2, asset);
                            s.setString(3, k < TRAILS.length ? "TRAILING" : "FIXED");
                            s.setBigDecimal(4, k < TRAILS.length ? new BigDecimal(TRAILS[k]) : null);
                            s.setBigDecimal(5, k < TRAILS.length ? null : new BigDecimal("0.30"));
                            s.setDate(6, armedOn);
                            s.setTimestamp(7, now);
                            s.addBatch();
                            count++;
                        }
                    }
                    if (count % 20_000 == 0) {
                        s.executeBatch();
                    }
                }
                s.executeBatch();
            }
            List<Long> ladders = new ArrayList<>();
            try (PreparedStatement l = c.prepareStatement("""
                    INSERT INTO take_profit_ladder (user_id, asset_id, target_gain, trail, armed_on, quantity,
                        average_cost, fired_steps, take_profit_triggered, sold_quantity, created_at)
                    VALUES (?, ?, 1, 0.2, ?, 10, 100, 0, FALSE, 0, ?)""", Statement.RETURN_GENERATED_KEYS)) {
                for (long user : users) {
                    for (long asset : assets.values()) {
                        l.setLong(1, user);
                        l.setLong(2, asset);
                        l.setDate(3, armedOn);
                        l.setTimestamp(4, now);
                        l.addBatch();
                        count++;
                    }
                }
                l.executeBatch();
                try (ResultSet keys = l.getGeneratedKeys()) {
                    while (keys.next()) {
                        ladders.add(keys.getLong(1));
                    }
                }
            }
            try (PreparedStatement st = c.prepareStatement("""
                    INSERT INTO take_profit_step (ladder_id, position, at_fraction_of_target, sell_fraction)
                    VALUES (?, ?, ?, 0.333333333333333333)""")) {
                for (long ladder : ladders) {
                    for (int position = 0; position < 2; position++) {
                        st.setLong(1, ladder);
                        st.setInt(2, position);
                        st.setBigDecimal(3, position == 0 ? new BigDecimal("0.5") : BigDecimal.ONE);
                        st.addBatch();
                    }
                }
                st.executeBatch();
            }
            c.commit();
        }
        return count;
    }

    /**
     * Every plan armed at 100 and confirmed an hour later; no firing, no suggestion of one. {@code
     * synced}: as the tick that confirmed it leaves them (the guard state and high in asset_tick, each
     * plan following it, with its wake prices); otherwise each plan on its own state.
     */
    private void reset(Instant armedAt, java.util.Collection<Long> assets, boolean synced) throws Exception {
        Timestamp armed = BenchData.utc(armedAt);
        Timestamp confirmed = BenchData.utc(armedAt.plus(Duration.ofHours(1)));
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM plan_trigger");
                s.executeUpdate("DELETE FROM rebalance_suggestion WHERE kind IN ('STOP', 'TAKE_PROFIT')");
                s.executeUpdate("UPDATE take_profit_step SET fired_on = NULL");
                s.executeUpdate("DELETE FROM asset_tick WHERE asset_id IN (" + String.join(",",
                        assets.stream().map(String::valueOf).toList()) + ")");
            }
            if (synced) {
                try (PreparedStatement a = c.prepareStatement("""
                        INSERT INTO asset_tick (asset_id, last_price, last_price_at, evaluated_until, high_price,
                            updated_at) VALUES (?, 100, ?, ?, 100, ?)""")) {
                    for (long asset : assets) {
                        a.setLong(1, asset);
                        a.setTimestamp(2, confirmed);
                        a.setTimestamp(3, confirmed);
                        a.setTimestamp(4, confirmed);
                        a.addBatch();
                    }
                    a.executeBatch();
                }
            }
            String state = " SET state_armed_at = ?, high_water_mark = 100, last_price = 100, last_price_at = ?,"
                    + " pending_price = NULL, pending_at = NULL, evaluated_until = ?, sold_quantity = 0,"
                    + " tick_synced = " + synced;
            for (String sql : List.of("UPDATE position_stop" + state + ", triggered = FALSE, triggered_on = NULL,"
                            + " stop_price = CASE WHEN kind = 'TRAILING' THEN 100 * (1 - trail) END,"
                            + " wake_below = CASE WHEN kind = 'TRAILING' THEN 100 * (1 - trail)"
                            + " ELSE average_cost * (1 - below_cost) END",
                    "UPDATE take_profit_ladder" + state + ", stop_price = NULL, fired_steps = 0,"
                            + " take_profit_triggered = FALSE, finished_on = NULL, wake_above = 150,"
                            + " wake_below = NULL")) {
                try (PreparedStatement u = c.prepareStatement(sql)) {
                    u.setTimestamp(1, armed);
                    u.setTimestamp(2, confirmed);
                    u.setTimestamp(3, confirmed);
                    u.executeUpdate();
                }
            }
            c.commit();
        }
    }
}
