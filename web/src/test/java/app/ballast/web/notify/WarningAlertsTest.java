package app.ballast.web.notify;

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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A warning notifies on the day it appears, not every day it lasts; again only after it cleared and came back. */
@QuarkusTest
class WarningAlertsTest {

    @Inject
    WarningAlerts alerts;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aWarningNotifiesOnceOverThreeDailyRunsAndAgainAfterItClearedAndCameBack() {
        String user = TestUsers.signUp("alerts");
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        // Scored ten days ago, then an event: the score is due for review (STALE_SCORE on SOL).
        evaluate(user, today.minusDays(10));
        as(user).body(Map.of("date", today.minusDays(5).toString(), "kind", "HACK", "note", "Bridge exploit"))
                .post("/api/assets/SOL/events").then().statusCode(201);

        LocalDate day1 = today.plusDays(1);
        alerts.checkAll(day1);
        alerts.checkAll(day1.plusDays(1));
        alerts.checkAll(day1.plusDays(2));

        assertEquals(List.of("warning:STALE_SCORE:SOL:" + day1), staleScoreKeys(user));

        long again = evaluate(user, today); // re-evaluated: cleared
        alerts.checkAll(day1.plusDays(3));
        assertEquals(1, staleScoreKeys(user).size());

        as(user).delete("/api/assets/SOL/evaluations/" + again).then().statusCode(204); // back to the stale one
        alerts.checkAll(day1.plusDays(4));
        alerts.checkAll(day1.plusDays(5));

        assertEquals(List.of("warning:STALE_SCORE:SOL:" + day1, "warning:STALE_SCORE:SOL:" + day1.plusDays(4)),
                staleScoreKeys(user));
        List<String> titles = as(user).get("/api/notifications").jsonPath().getList("title");
        assertTrue(titles.contains("Warning: score due for review — SOL"), titles.toString());
    }

    private long evaluate(String user, LocalDate date) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("date", date.toString());
        body.put("scores", uniformScores());
        return as(user).body(body).post("/api/assets/SOL/evaluations").then().statusCode(201)
                .extract().jsonPath().getLong("id");
    }

    /** Every criterion at 70% of its maximum. */
    private static Map<String, Map<String, Object>> uniformScores() {
        Map<String, Map<String, Object>> scores = new LinkedHashMap<>();
        scores.put("technology", points("architecture", 3, "innovation", 4, "security", 3, "scalability", 3, "ecosystem", 4));
        scores.put("tokenomics", points("allocation", 3, "unlockSchedule", 3, "valueCapture", 2, "inflation", 2));
        scores.put("team", points("background", 4, "transparency", 3, "community", 3));
        scores.put("market", points("performance", 3, "liquidity", 4, "distribution", 3));
        scores.put("risk", points("regulatory", 3, "technical", 3, "market", 2, "project", 2));
        return scores;
    }

    private static Map<String, Object> points(Object... namesAndMaxima) {
        Map<String, Object> points = new LinkedHashMap<>();
        for (int i = 0; i < namesAndMaxima.length; i += 2) {
            points.put((String) namesAndMaxima[i], new BigDecimal("0.7").multiply(BigDecimal.valueOf((Integer) namesAndMaxima[i + 1])));
        }
        return points;
    }

    private List<String> staleScoreKeys(String user) {
        try (Connection c = dataSource.getConnection(); PreparedStatement q = c.prepareStatement("""
                SELECT event_key FROM notification WHERE user_id = ? AND kind = 'WARNING'
                AND event_key LIKE 'warning:STALE\\_SCORE:SOL:%' ORDER BY id""")) {
            q.setLong(1, TestUsers.id(user));
            List<String> keys = new ArrayList<>();
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    keys.add(r.getString(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
