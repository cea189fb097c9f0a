package app.ballast.web.policy;

import app.ballast.portfolio.plans.PriceTick;
import app.ballast.web.support.AtOnce;
import app.ballast.web.support.TestUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Live prices against every user's stops and ladders, on the real database. Each test trades an
 * asset of its own, so that no other test's plans see its prices.
 */
@QuarkusTest
class TickEvaluatorTest {

    private static final AtomicInteger ASSETS = new AtomicInteger();

    @Inject
    TickEvaluator ticks;

    @Inject
    PositionPlansService plans;

    @Inject
    AgroalDataSource db;

    /** The moment the test's prices count from: each tick a minute after the one before. */
    private final Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(1));

    @AfterEach
    void noFailure() {
        ticks.checkpoint(step -> {
        });
    }

    @Test
    void aStopFiresOnceWhenTheSameTickIsEvaluatedTwice() {
        String symbol = asset();
        long user = holder(symbol, "10");
        long stop = trailingStop(user, symbol, "0.10");
        armAt100(symbol);

        TickResult first = ticks.evaluate(tick(symbol, 3, "85"));
        TickResult again = ticks.evaluate(tick(symbol, 3, "85"));

        assertEquals(1, first.firedCount(), first.toString());
        assertEquals("STOP_TRIGGERED", first.fired().get(0).triggerKind());
        assertEquals(stop, first.fired().get(0).planId());
        assertEquals(0, new BigDecimal("85").compareTo(first.fired().get(0).price()));
        assertEquals(0, new BigDecimal("90").compareTo(first.fired().get(0).stopPrice()), "100 less 10%");
        assertEquals(0, new BigDecimal("10").compareTo(first.fired().get(0).quantity()));
        assertEquals(0, again.firedCount(), again.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM plan_trigger WHERE plan_kind = 'STOP' AND plan_id = ?", stop));
        assertEquals(1, stopSells(user));
        assertEquals(Boolean.TRUE, stop(user, stop).triggered());
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND event_key = ?"
                + " AND kind = 'STOP_TRIGGERED' AND title LIKE '% at 85 (stop price 90)'", user,
                "trigger:" + first.fired().get(0).id()), "one notice, with the figures");
    }

    @Test
    void aStopFiresOnceWhenTwoThreadsEvaluateTheTickAtOnce() {
        String symbol = asset();
        long user = holder(symbol, "4");
        long stop = trailingStop(user, symbol, "0.10");
        armAt100(symbol);

        List<TickResult> results = AtOnce.run(2, i -> ticks.evaluate(tick(symbol, 3, "80")));

        assertEquals(1, results.get(0).firedCount() + results.get(1).firedCount(), results.toString());
        assertEquals(1, count("SELECT COUNT(*) FROM plan_trigger WHERE plan_kind = 'STOP' AND plan_id = ?", stop));
        assertEquals(1, stopSells(user));
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE user_id = ?", user));
    }

    @Test
    void aLadderStepFiresOnce() {
        String symbol = asset();
        long user = holder(symbol, "9");
        long ladder = plans.createLadder(user, new LadderInput(symbol, null, new BigDecimal("1"), null,
                BigDecimal.ZERO, null, null, null)).id();
        armAt100(symbol);

        TickResult step = ticks.evaluate(tick(symbol, 3, "140"));
        TickResult reached = ticks.evaluate(tick(symbol, 4, "150"));
        TickResult higher = ticks.evaluate(tick(symbol, 5, "160"));
        TickResult again = ticks.evaluate(tick(symbol, 5, "160"));

        assertEquals(0, step.firedCount(), "+40% is below the first step at +50%");
        assertEquals(1, reached.firedCount(), reached.toString());
        assertEquals("TAKE_PROFIT_STEP", reached.fired().get(0).triggerKind());
        assertEquals(0, reached.fired().get(0).step());
        assertEquals(0, new BigDecimal("3").compareTo(reached.fired().get(0).quantity()), "a third of 9");
        assertEquals(0, higher.firedCount() + again.firedCount());
        assertEquals(1, count("SELECT COUNT(*) FROM plan_trigger WHERE plan_kind = 'LADDER' AND plan_id = ?", ladder));
        assertEquals(1, count("SELECT COUNT(*) FROM take_profit_step WHERE ladder_id = ? AND fired_on IS NOT NULL",
                ladder));
        assertTrue(ladder(user, ladder).steps().get(0).done());
        assertEquals(1, count("SELECT COUNT(*) FROM notification WHERE user_id = ? AND kind = 'TAKE_PROFIT'"
                + " AND body LIKE '%Suggested sale: 3 " + symbol + "%'", user));
    }

    @Test
    void aStaleZeroOrUnconfirmedJumpTickChangesNothing() {
        String symbol = asset();
        long user = holder(symbol, "10");
        long stop = trailingStop(user, symbol, "0.10");
        armAt100(symbol);
        StopView before = stop(user, stop);

        TickResult stale = ticks.evaluate(Map.of(symbol, new PriceTick(Instant.now().minus(Duration.ofHours(40)),
                new BigDecimal("50"))));
        TickResult zero = ticks.evaluate(tick(symbol, 3, "0"));
        TickResult negative = ticks.evaluate(tick(symbol, 4, "-5"));
        StopView refused = stop(user, stop);
        TickResult jump = ticks.evaluate(tick(symbol, 5, "40"));
        StopView held = stop(user, stop);

        assertEquals(0, stale.firedCount() + zero.firedCount() + negative.firedCount() + jump.firedCount());
        assertEquals(before, refused, "stale, zero and negative prices store nothing");
        assertEquals(before.highWaterMark(), held.highWaterMark());
        assertEquals(before.stopPrice(), held.stopPrice());
        assertEquals(before.lastPrice(), held.lastPrice(), "a jump of -60% is not accepted");
        assertEquals(0, new BigDecimal("40").compareTo(held.pendingPrice()), "it is held for confirmation");
        assertEquals(0, count("SELECT COUNT(*) FROM plan_trigger WHERE plan_id = ? AND plan_kind = 'STOP'", stop));

        TickResult confirmed = ticks.evaluate(tick(symbol, 6, "41"));
        assertEquals(1, confirmed.firedCount(), "the next price near the held one confirms the crash");
    }

    @Test
    void usersAreIsolated() {
        String symbol = asset();
        long tight = holder(symbol, "10");
        long loose = holder(symbol, "20");
        long tightStop = trailingStop(tight, symbol, "0.10");
        long looseStop = trailingStop(loose, symbol, "0.30");
        armAt100(symbol);

        TickResult result = ticks.evaluate(tick(symbol, 3, "85"));

        assertEquals(2, result.users());
        assertEquals(2, result.plans());
        assertEquals(1, result.firedCount());
        assertEquals(tightStop, result.fired().get(0).planId());
        assertEquals(1, stopSells(tight));
        assertEquals(0, stopSells(loose));
        assertEquals(Boolean.FALSE, stop(loose, looseStop).triggered());
        assertEquals(1, triggers(tight).size());
        assertEquals(0, triggers(loose).size());
    }

    @Test
    void anEditRacingATickStaysConsistent() {
        for (int round = 0; round < 4; round++) {
            String symbol = asset();
            long user = holder(symbol, "10");
            long stop = trailingStop(user, symbol, "0.10");
            armAt100(symbol);

            AtOnce.run(2, i -> i == 0 ? ticks.evaluate(tick(symbol, 3, "85"))
                    : plans.updateStop(user, stop, new StopInput(symbol, null, "TRAILING", new BigDecimal("0.20"),
                    null, null, null, null, null, null)));

            StopView after = stop(user, stop);
            assertEquals(0, new BigDecimal("0.2").compareTo(after.trail()));
            // Tick first: it fired under 10%, then the edit re-armed the stop (firing and sell withdrawn).
            // Edit first: the re-armed stop is armed at 85 with a 20% trail. Never the old trail's state.
            assertEquals(Boolean.FALSE, after.triggered(), after.toString());
            assertEquals(0, triggers(user).size(), after.toString());
            assertEquals(0, openStopSells(user), after.toString());
            if (after.highWaterMark() != null) {
                assertEquals(0, new BigDecimal("85").compareTo(after.highWaterMark()), after.toString());
                assertEquals(0, new BigDecimal("68").compareTo(after.stopPrice()), after.toString());
            } else {
                assertNull(after.stopPrice(), after.toString());
            }
        }
    }

    @Test
    void aPriceThatFiresNothingWritesOnlyTheAssetsRow() {
        String symbol = asset();
        long user = holder(symbol, "10");
        long stop = trailingStop(user, symbol, "0.10");
        long ladder = plans.createLadder(user, new LadderInput(symbol, null, new BigDecimal("1"), null,
                BigDecimal.ZERO, null, null, null)).id();
        armAt100(symbol);

        TickResult up = ticks.evaluate(tick(symbol, 3, "120"));
        TickResult down = ticks.evaluate(tick(symbol, 4, "110"));

        assertEquals(2, up.plans(), "both plans are fed");
        assertEquals(0, up.plansChanged() + down.plansChanged(), "they follow the asset's tick state");
        assertEquals(0, up.firedCount() + down.firedCount());
        StopView view = stop(user, stop);
        assertEquals(0, new BigDecimal("120").compareTo(view.highWaterMark()), view.toString());
        assertEquals(0, new BigDecimal("108").compareTo(view.stopPrice()), view.toString());
        assertEquals(0, new BigDecimal("110").compareTo(view.lastPrice()), view.toString());
        assertEquals(start.plus(Duration.ofMinutes(4)), view.lastPriceAt());
        assertEquals(0, new BigDecimal("120").compareTo(ladder(user, ladder).highWaterMark()));

        TickResult fall = ticks.evaluate(tick(symbol, 5, "108"));
        assertEquals(1, fall.firedCount(), "120 less 10%: the mark it followed");
        assertEquals(1, fall.plansChanged(), "the stop that fired");
        assertEquals(Boolean.TRUE, stop(user, stop).triggered());
        assertEquals(0, new BigDecimal("120").compareTo(stop(user, stop).highWaterMark()));
    }

    @Test
    void aPlanArmedBelowTheHighJoinsAndTheOthersKeepTheirMark() {
        String symbol = asset();
        long first = holder(symbol, "10");
        long firstStop = trailingStop(first, symbol, "0.10");
        armAt100(symbol);
        ticks.evaluate(tick(symbol, 3, "120"));
        ticks.evaluate(tick(symbol, 4, "110"));
        long second = holder(symbol, "10");
        long secondStop = trailingStop(second, symbol, "0.10");

        ticks.evaluate(tick(symbol, 5, "110")); // arms the second stop at 110
        TickResult joined = ticks.evaluate(tick(symbol, 6, "111")); // confirms it, below the high of 120

        assertEquals(1, joined.plansChanged(), joined.toString());
        assertEquals(0, new BigDecimal("120").compareTo(stop(first, firstStop).highWaterMark()));
        assertEquals(0, new BigDecimal("108").compareTo(stop(first, firstStop).stopPrice()));
        assertEquals(0, new BigDecimal("111").compareTo(stop(second, secondStop).highWaterMark()));
        assertEquals(0, new BigDecimal("99.9").compareTo(stop(second, secondStop).stopPrice()));
        assertEquals(0, ticks.evaluate(tick(symbol, 7, "112")).plansChanged(), "both follow the asset now");
        assertEquals(0, new BigDecimal("112").compareTo(stop(second, secondStop).highWaterMark()));
        assertEquals(0, new BigDecimal("120").compareTo(stop(first, firstStop).highWaterMark()));

        TickResult fall = ticks.evaluate(tick(symbol, 8, "105"));
        assertEquals(1, fall.firedCount(), "108 is reached, 100.8 is not");
        assertEquals(firstStop, fall.fired().get(0).planId());
        assertEquals(0, new BigDecimal("108").compareTo(fall.fired().get(0).stopPrice()));
        assertEquals(Boolean.FALSE, stop(second, secondStop).triggered());
        assertEquals(1, ticks.evaluate(tick(symbol, 9, "100")).firedCount(), "112 less 10% is reached");
    }

    @Test
    void aRunThatFailsAfterTheStatesLeavesNoWrites() {
        failingRunWritesNothing("states");
    }

    @Test
    void aRunThatFailsAfterTheFiringsLeavesNoWrites() {
        failingRunWritesNothing("firings");
    }

    private void failingRunWritesNothing(String where) {
        String symbol = asset();
        long first = holder(symbol, "10");
        long second = holder(symbol, "10");
        long firstStop = trailingStop(first, symbol, "0.10");
        long secondStop = trailingStop(second, symbol, "0.10");
        armAt100(symbol);
        StopView before = stop(first, firstStop);
        ticks.checkpoint(step -> {
            if (step.equals(where)) {
                throw new IllegalStateException("injected failure at " + step);
            }
        });

        assertThrows(IllegalStateException.class, () -> ticks.evaluate(tick(symbol, 3, "85")));

        assertEquals(before, stop(first, firstStop));
        assertEquals(Boolean.FALSE, stop(second, secondStop).triggered());
        assertEquals(0, count("SELECT COUNT(*) FROM plan_trigger WHERE plan_kind = 'STOP' AND plan_id IN (?, ?)",
                firstStop, secondStop));
        assertEquals(0, stopSells(first) + stopSells(second));
        assertEquals(0, count("SELECT COUNT(*) FROM notification WHERE user_id IN (?, ?)", first, second));

        ticks.checkpoint(step -> {
        });
        assertEquals(2, ticks.evaluate(tick(symbol, 3, "85")).firedCount(), "the retry does it all");
    }

    // ---- helpers ----------------------------------------------------------------------------

    /** A new asset that only this test trades. */
    private String asset() {
        String symbol = "TK" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase()
                + ASSETS.incrementAndGet();
        update("INSERT INTO asset (symbol, name, tier, sector, stablecoin) VALUES (?, ?, 'SATELLITE', 'Test', FALSE)",
                symbol, "Tick test " + symbol);
        return symbol;
    }

    /** A new user holding {@code quantity} of the asset, bought at 100. */
    private static long holder(String symbol, String quantity) {
        String user = TestUsers.signUp("tick");
        Response bought = as(user).body("""
                {"type": "BUY", "symbol": "%s", "account": "Kraken", "quantity": %s, "price": 100, "fee": 0,
                 "time": "2026-01-02T12:00:00Z"}""".formatted(symbol, quantity)).post("/api/transactions");
        assertEquals(201, bought.statusCode(), bought.asString());
        return TestUsers.id(user);
    }

    private long trailingStop(long user, String symbol, String trail) {
        return plans.createStop(user, new StopInput(symbol, null, "TRAILING", new BigDecimal(trail), null, null, null,
                null, null, null)).id();
    }

    /** Arms the plans at 100 and confirms it with a second 100 (the arming price alone fires nothing). */
    private void armAt100(String symbol) {
        ticks.evaluate(tick(symbol, 1, "100"));
        ticks.evaluate(tick(symbol, 2, "100"));
    }

    /** The stop as stored now (a transaction of its own: the test's session would answer what it read before). */
    private StopView stop(long user, long id) {
        return QuarkusTransaction.requiringNew().call(() -> plans.stop(user, id));
    }

    private LadderView ladder(long user, long id) {
        return QuarkusTransaction.requiringNew().call(() -> plans.ladder(user, id));
    }

    private List<PositionPlansService.PlanTriggerEntityView> triggers(long user) {
        return QuarkusTransaction.requiringNew().call(() -> plans.triggers(user));
    }

    private Map<String, PriceTick> tick(String symbol, int minute, String price) {
        return Map.of(symbol, new PriceTick(start.plus(Duration.ofMinutes(minute)), new BigDecimal(price)));
    }

    private long stopSells(long user) {
        return count("""
                SELECT COUNT(*) FROM rebalance_suggestion s JOIN portfolio p ON p.id = s.portfolio_id
                WHERE p.user_id = ? AND s.kind = 'STOP'""", user);
    }

    private long openStopSells(long user) {
        return count("""
                SELECT COUNT(*) FROM rebalance_suggestion s JOIN portfolio p ON p.id = s.portfolio_id
                WHERE p.user_id = ? AND s.kind = 'STOP' AND s.status = 'OPEN'""", user);
    }

    private long count(String sql, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void update(String sql, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                q.setObject(i + 1, parameters[i]);
            }
            q.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
