package app.ballast.web.policy;

import app.ballast.web.support.TestUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The DCA run after an outage: Ballast last looked at a daily plan on 2025-05-31 and runs again on
 * 2025-06-04, so 06-01, 06-02 and 06-03 passed while it was down (prices: the bundled SOL closes).
 */
@QuarkusTest
class DcaServiceTest {

    private static final LocalDate LAST_RUN = LocalDate.of(2025, 5, 31);
    private static final LocalDate RUN = LocalDate.of(2025, 6, 4);

    @Inject
    DcaService dca;

    @Inject
    AgroalDataSource db;

    @Test
    void aThreeDayOutageGivesThreeMissedDatesByDefault() throws SQLException {
        long user = TestUsers.id(TestUsers.signUp("dca-miss"));
        long plan = plan(user, null);

        List<ExecutionView> added = dca.runDue(user, RUN);
        List<ExecutionView> again = dca.runDue(user, RUN);

        assertEquals(List.of("2025-06-01 MISSED", "2025-06-02 MISSED", "2025-06-03 MISSED", "2025-06-04 EXECUTED"),
                rows(plan).stream().map(r -> r[0] + " " + r[1]).toList());
        assertEquals(4, added.size());
        assertEquals(0, again.size(), "a second run adds nothing");
        assertEquals(1, transactions(user), "only the run's own date is bought");
        assertEquals("MISS", dca.get(user, plan).missedDates().name());
        assertEquals(List.of("DCA_EXECUTED", "DCA_MISSED", "DCA_MISSED", "DCA_MISSED"), notices(user));
    }

    @Test
    void withBuyLateTheThreeDatesAreBoughtLateAtThePriceOfTheRunEachOnce() throws SQLException {
        long user = TestUsers.id(TestUsers.signUp("dca-late"));
        long plan = plan(user, "buy_late");

        List<ExecutionView> added = dca.runDue(user, RUN);
        List<ExecutionView> again = dca.runDue(user, RUN);

        List<String[]> rows = rows(plan);
        assertEquals(List.of("2025-06-01 EXECUTED", "2025-06-02 EXECUTED", "2025-06-03 EXECUTED",
                "2025-06-04 EXECUTED"), rows.stream().map(r -> r[0] + " " + r[1]).toList());
        BigDecimal runPrice = new BigDecimal(rows.get(3)[2]);
        for (String[] r : rows.subList(0, 3)) {
            assertEquals(0, runPrice.compareTo(new BigDecimal(r[2])), "bought at the run's price: " + r[0]);
            assertTrue(r[3].startsWith("bought late on 2025-06-04"), r[3]);
        }
        assertEquals(4, added.size());
        assertEquals(0, again.size(), "a second run adds nothing");
        assertEquals(4, transactions(user), "each date bought once");
        assertEquals("BUY_LATE", dca.get(user, plan).missedDates().name());
        assertEquals(List.of("DCA_EXECUTED", "DCA_EXECUTED", "DCA_EXECUTED", "DCA_EXECUTED"), notices(user));
    }

    @Test
    void anUnknownChoiceForMissedDatesIsRefusedByName() {
        long user = TestUsers.id(TestUsers.signUp("dca-late-bad"));
        app.ballast.domain.InvalidValuesException refused = org.junit.jupiter.api.Assertions.assertThrows(
                app.ballast.domain.InvalidValuesException.class, () -> plan(user, "SOMETIMES"));
        assertEquals("missedDates", refused.problems().get(0).field(), refused.toString());
    }

    /** A daily plan of 100 USD of SOL from 2025-05-01, last looked at on 2025-05-31. */
    private long plan(long user, String missedDates) throws SQLException {
        long id = dca.create(user, new DcaPlanInput("SOL", new BigDecimal("100"), "DAILY", null, null, "2025-05-01",
                null, null, true, null, null, missedDates)).id();
        try (Connection c = db.getConnection();
             PreparedStatement u = c.prepareStatement("UPDATE dca_plan SET last_run_on = ? WHERE id = ?")) {
            u.setObject(1, LAST_RUN);
            u.setLong(2, id);
            u.executeUpdate();
        }
        return id;
    }

    /** The plan's executions by date: date, status, price, reason. */
    private List<String[]> rows(long plan) throws SQLException {
        List<String[]> rows = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT due_date, status, price, reason FROM dca_execution WHERE plan_id = ? ORDER BY due_date")) {
            q.setLong(1, plan);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    rows.add(new String[]{r.getString(1), r.getString(2), r.getString(3), r.getString(4)});
                }
            }
        }
        return rows;
    }

    /** The kinds of the user's DCA notices ("dca:<execution id>"), in order of kind. */
    private List<String> notices(long user) throws SQLException {
        List<String> kinds = new ArrayList<>();
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT kind FROM notification WHERE user_id = ? AND event_key LIKE 'dca:%' ORDER BY kind")) {
            q.setLong(1, user);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    kinds.add(r.getString(1));
                }
            }
        }
        return kinds;
    }

    private long transactions(long user) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement("""
                SELECT COUNT(*) FROM ledger_transaction t JOIN portfolio p ON p.id = t.portfolio_id
                WHERE p.user_id = ?""")) {
            q.setLong(1, user);
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
