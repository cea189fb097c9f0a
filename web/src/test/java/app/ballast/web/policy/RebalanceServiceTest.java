package app.ballast.web.policy;

import app.ballast.web.support.TestUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quarterly suggestion tells the investor once, with a link to it. */
@QuarkusTest
class RebalanceServiceTest {

    @Inject
    RebalanceService rebalance;

    @Inject
    AgroalDataSource db;

    @Test
    void aQuarterlySuggestionIsNotifiedOnce() throws SQLException {
        long user = TestUsers.id(TestUsers.signUp("quarter"));

        Optional<SuggestionView> first = rebalance.createQuarterly(user, "2026-Q4");
        Optional<SuggestionView> again = rebalance.createQuarterly(user, "2026-Q4");

        assertTrue(first.isPresent());
        assertTrue(again.isEmpty());
        try (Connection c = db.getConnection(); PreparedStatement q = c.prepareStatement(
                "SELECT event_key, kind, title, link FROM notification WHERE user_id = ?")) {
            q.setLong(1, user);
            try (ResultSet r = q.executeQuery()) {
                assertTrue(r.next(), "a notice");
                assertEquals("rebalance:" + first.get().id(), r.getString(1));
                assertEquals("REBALANCE_SUGGESTED", r.getString(2));
                assertTrue(r.getString(3).startsWith("Quarterly rebalance 2026-Q4"), r.getString(3));
                assertEquals("/rebalance#suggestion-" + first.get().id(), r.getString(4));
                assertTrue(!r.next(), "only one");
            }
        }
    }
}
