package app.ballast.web.policy;

import app.ballast.web.persistence.PlanTriggerEntity;
import app.ballast.web.support.TestUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Once-only rows on the real database: a duplicate of the unique key is "done already", but a
 * violated CHECK or a value out of range raises (INSERT IGNORE let both pass, the second clipped).
 */
@QuarkusTest
class OnceOnlyInsertTest {

    static final String TRIGGER = """
            INSERT INTO plan_trigger (user_id, plan_kind, plan_id, trigger_kind, step, asset_id, triggered_on, price,
                stop_price, quantity, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    @Inject
    EntityManager em;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aRowIsInsertedOnceAndItsDuplicateAnswersFalse() {
        long user = TestUsers.id(TestUsers.signUp("once"));
        long planId = System.nanoTime();
        Instant at = Instant.parse("2025-03-04T05:06:07.123456Z");

        boolean first = QuarkusTransaction.requiringNew().call(() -> insert(user, "STOP", planId, new BigDecimal("100"), at));
        boolean again = QuarkusTransaction.requiringNew().call(() -> insert(user, "STOP", planId, new BigDecimal("100"), at));

        assertTrue(first);
        assertFalse(again);
        List<PlanTriggerEntity> rows = QuarkusTransaction.requiringNew().call(() -> PlanTriggerEntity
                .<PlanTriggerEntity>list("planKind = 'STOP' and planId = ?1", planId));
        assertEquals(1, rows.size());
        assertEquals(at, rows.get(0).createdAt, "the instant reads back as Hibernate wrote it (UTC)");
        assertEquals(LocalDate.of(2025, 3, 4), rows.get(0).triggeredOn);
    }

    @Test
    void aDuplicateLeavesTheTransactionGoingOn() {
        long user = TestUsers.id(TestUsers.signUp("once-tx"));
        long planId = System.nanoTime();
        Instant at = Instant.now().truncatedTo(ChronoUnit.MICROS);

        int rows = QuarkusTransaction.requiringNew().call(() -> {
            insert(user, "STOP", planId, BigDecimal.ONE, at);
            insert(user, "STOP", planId, BigDecimal.ONE, at);
            insert(user, "LADDER", planId, BigDecimal.ONE, at);
            return PlanTriggerEntity.<PlanTriggerEntity>list("planId = ?1", planId).size();
        });

        assertEquals(2, rows);
        assertEquals(2, QuarkusTransaction.requiringNew().call(() -> PlanTriggerEntity.count("planId = ?1", planId)),
                "committed");
    }

    @Test
    void aViolatedCheckRaisesInsteadOfBeingIgnored() {
        long user = TestUsers.id(TestUsers.signUp("once-check"));
        long planId = System.nanoTime();

        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                .call(() -> insert(user, "NOPE", planId, BigDecimal.ONE, Instant.now())));

        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> PlanTriggerEntity.count("planId = ?1", planId)));
    }

    @Test
    void aValueOutOfRangeRaisesInsteadOfBeingClipped() {
        long user = TestUsers.id(TestUsers.signUp("once-range"));
        long planId = System.nanoTime();

        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew()
                .call(() -> insert(user, "STOP", planId, new BigDecimal("1e25"), Instant.now())));

        assertEquals(0, QuarkusTransaction.requiringNew().call(() -> PlanTriggerEntity.count("planId = ?1", planId)));
    }

    /**
     * Why not {@code INSERT … ON DUPLICATE KEY UPDATE id = id}: with MySQL Connector/J's default
     * (found rows) its duplicate counts one row, as an insert does, so the two cannot be told apart.
     */
    @Test
    void onDuplicateKeyUpdateCountsADuplicateAsOneRowWithThisDriver() throws SQLException {
        long user = TestUsers.id(TestUsers.signUp("once-odku"));
        long planId = System.nanoTime();
        List<Integer> counts = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement(TRIGGER + " ON DUPLICATE KEY UPDATE id = id")) {
            for (int i = 0; i < 2; i++) {
                Object[] values = values(user, "STOP", planId, BigDecimal.ONE, Instant.now(), asset(c));
                for (int p = 0; p < values.length; p++) {
                    s.setObject(p + 1, values[p] instanceof Instant instant ? java.sql.Timestamp.from(instant) : values[p]);
                }
                counts.add(s.executeUpdate());
            }
        }

        assertEquals(List.of(1, 1), counts);
    }

    private boolean insert(long user, String planKind, long planId, BigDecimal price, Instant at) {
        long asset = ((Number) em.createNativeQuery("SELECT id FROM asset WHERE symbol = 'BTC'").getSingleResult())
                .longValue();
        return OnceOnlyInsert.insert(em, TRIGGER, values(user, planKind, planId, price, at, asset));
    }

    private static Object[] values(long user, String planKind, long planId, BigDecimal price, Instant at, long asset) {
        return new Object[] {user, planKind, planId, "STOP_TRIGGERED", 0, asset, LocalDate.ofInstant(at,
                java.time.ZoneOffset.UTC), price, null, BigDecimal.ONE, at};
    }

    private static long asset(Connection c) throws SQLException {
        try (PreparedStatement q = c.prepareStatement("SELECT id FROM asset WHERE symbol = 'BTC'");
             ResultSet r = q.executeQuery()) {
            r.next();
            return r.getLong(1);
        }
    }
}
