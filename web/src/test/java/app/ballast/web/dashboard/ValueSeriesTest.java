package app.ballast.web.dashboard;

import app.ballast.portfolio.ValueHistory;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.policy.StoredPrices;
import app.ballast.web.support.TestUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dashboard's value series against the database: a small ledger valued at the stored closes, kept while the
 * ledger does not change, computed again after a write, and merged with the daily job's snapshots.
 */
@QuarkusTest
class ValueSeriesTest {

    @Inject
    DashboardModel model;

    @Inject
    ValueSeries series;

    @Inject
    StoredPrices prices;

    @Inject
    PortfolioService portfolios;

    @Inject
    AgroalDataSource db;

    @Test
    void theSeriesIsTheLedgerAtTheStoredClosesAndFollowsEveryWrite() throws Exception {
        String user = TestUsers.signUp("dash-series");
        long userId = TestUsers.id(user);
        buy(user, "BTC", "0.5", "60000", "2025-06-01T10:00:00Z");
        buy(user, "ETH", "2", "2500", "2025-06-05T10:00:00Z");

        DashboardModel.View view = model.view(userId);
        List<DashboardModel.ValuePoint> points = view.series();
        assertEquals(LocalDate.parse("2025-06-01"), points.get(0).date());
        // other tests of the suite store later closes (today's, say), so the series may span more than a year
        LocalDate lastDay = points.get(points.size() - 1).date();
        assertEquals(java.time.temporal.ChronoUnit.DAYS.between(points.get(0).date(), lastDay) > app.ballast.portfolio.ValueHistory.DAILY_UP_TO_DAYS,
                view.weekly(), "daily up to a year, weekly beyond");
        Map<String, NavigableMap<LocalDate, BigDecimal>> closes = closes(points.get(points.size() - 1).date());
        for (DashboardModel.ValuePoint p : points) {
            BigDecimal expected = new BigDecimal("0.5").multiply(closes.get("BTC").floorEntry(p.date()).getValue());
            if (!p.date().isBefore(LocalDate.parse("2025-06-05"))) {
                expected = expected.add(new BigDecimal("2").multiply(closes.get("ETH").floorEntry(p.date()).getValue()));
            }
            assertEquals(0, expected.compareTo(p.value().amount()), p.date() + ": " + p.value() + " expected " + expected);
            BigDecimal cost = p.date().isBefore(LocalDate.parse("2025-06-05")) ? new BigDecimal("30000") : new BigDecimal("35000");
            assertEquals(0, cost.compareTo(p.cost().amount()), p.date() + " cost");
        }
        DashboardModel.ValuePoint last = points.get(points.size() - 1);
        assertEquals(view.snapshot().totals().marketValue(), last.value(), "the last point is the value now");

        // Kept while the ledger does not change; a write makes a new series with the new units.
        long portfolio = portfolioId(userId);
        ValueSeries.Series kept = series.keptFor(portfolio);
        assertSame(kept, keptAfter(portfolio, model.view(userId)), "an unchanged ledger is not replayed again");
        buy(user, "BTC", "0.5", "60000", "2025-06-02T10:00:00Z");
        DashboardModel.View after = model.view(userId);
        assertNotSame(kept, series.keptFor(portfolio));
        assertEquals(0, last.value().amount().add(new BigDecimal("0.5").multiply(closes.get("BTC").floorEntry(last.date()).getValue()))
                .compareTo(after.series().get(after.series().size() - 1).value().amount()), "the new buy is in the series");

        // A snapshot the daily job stored after the latest close is the newest point.
        LocalDate next = last.date().plusDays(1);
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement("INSERT INTO portfolio_value_snapshot"
                + " (portfolio_id, snapshot_date, value, cost, computed_at) VALUES (?, ?, ?, ?, ?)")) {
            s.setLong(1, portfolio);
            s.setObject(2, next);
            s.setBigDecimal(3, new BigDecimal("12345.67"));
            s.setBigDecimal(4, new BigDecimal("65000"));
            s.setObject(5, LocalDateTime.now());
            s.executeUpdate();
        }
        buy(user, "BTC", "0.001", "60000", "2025-06-03T10:00:00Z");
        List<DashboardModel.ValuePoint> merged = model.view(userId).series();
        DashboardModel.ValuePoint newest = merged.get(merged.size() - 1);
        assertEquals(next, newest.date());
        assertEquals(0, new BigDecimal("12345.67").compareTo(newest.value().amount()));
        assertEquals(points.size() + 1, merged.size());
    }

    @Test
    void replayedPointsWinOverSnapshotsOfTheSameDayAndAWeeklySeriesStaysWeekly() {
        ValueHistory.Point a = point("2024-01-01", "100");
        ValueHistory.Point b = point("2024-01-08", "200");
        List<ValueHistory.Point> replayed = List.of(a, b);
        List<ValueHistory.Point> snapshots = List.of(point("2023-12-31", "1"), point("2024-01-01", "999"),
                point("2024-01-03", "150"), point("2024-01-09", "210"));
        assertEquals(List.of(a, b, new ValueHistory.Point(LocalDate.parse("2024-01-09"), new BigDecimal("210"),
                BigDecimal.ZERO, BigDecimal.ONE)), ValueSeries.merge(replayed, snapshots, true));
        List<ValueHistory.Point> daily = ValueSeries.merge(replayed, snapshots, false);
        assertEquals(List.of("2024-01-01", "2024-01-03", "2024-01-08", "2024-01-09"),
                daily.stream().map(p -> p.date().toString()).toList());
        assertEquals(new BigDecimal("100"), daily.get(0).value(), "the replay wins on its own day");
    }

    private static ValueHistory.Point point(String date, String value) {
        return new ValueHistory.Point(LocalDate.parse(date), new BigDecimal(value), BigDecimal.ZERO, BigDecimal.ONE);
    }

    /** The series kept once the view was made. */
    private ValueSeries.Series keptAfter(long portfolio, DashboardModel.View view) {
        assertTrue(!view.series().isEmpty());
        return series.keptFor(portfolio);
    }

    @Transactional
    long portfolioId(long userId) {
        return portfolios.defaultPortfolio(userId).id;
    }

    @Transactional
    Map<String, NavigableMap<LocalDate, BigDecimal>> closes(LocalDate to) {
        return prices.closes(List.of("BTC", "ETH"), LocalDate.parse("2020-01-01"), to);
    }

    private static void buy(String user, String symbol, String quantity, String price, String time) {
        TestUsers.as(user).body(Map.of("type", "BUY", "symbol", symbol, "account", "Kraken", "quantity",
                        new BigDecimal(quantity), "price", new BigDecimal(price), "time", time))
                .post("/api/transactions").then().statusCode(201);
    }
}
