package app.ballast.web.bench;

import io.agroal.api.AgroalDataSource;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Seeds the benchmarks' users straight into the database with batched SQL (never through the API one
 * by one): users with a portfolio, an exchange account and a position in each reference asset.
 */
final class BenchData {

    /** Buys, their price and when: every bench user holds this much of each asset, bought at 100. */
    static final BigDecimal HELD = new BigDecimal("10");
    static final BigDecimal COST = new BigDecimal("100");

    private BenchData() {
    }

    /** The reference assets by symbol (id), in id order, at most {@code n}. */
    static Map<String, Long> assets(Connection c, int n) throws SQLException {
        Map<String, Long> assets = new LinkedHashMap<>();
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT symbol, id FROM asset WHERE stablecoin = FALSE ORDER BY id LIMIT " + n)) {
            while (r.next()) {
                assets.put(r.getString(1), r.getLong(2));
            }
        }
        return assets;
    }

    /** Creates {@code n} users named {@code prefix-i}, each with a portfolio, an account and the positions; their ids. */
    static List<Long> users(AgroalDataSource db, String prefix, int n, Map<String, Long> assets) throws SQLException {
        Timestamp now = utc(Instant.now());
        Timestamp bought = utc(Instant.parse("2025-01-02T12:00:00Z"));
        List<Long> users = new ArrayList<>(n);
        try (Connection c = db.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement u = c.prepareStatement("INSERT INTO app_user (username, password_hash, admin,"
                    + " created_at) VALUES (?, 'bench: no sign-in', FALSE, ?)", Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < n; i++) {
                    u.setString(1, prefix + "-" + i);
                    u.setTimestamp(2, now);
                    u.addBatch();
                }
                u.executeBatch();
                try (ResultSet keys = u.getGeneratedKeys()) {
                    while (keys.next()) {
                        users.add(keys.getLong(1));
                    }
                }
            }
            List<Long> portfolios = new ArrayList<>(n);
            try (PreparedStatement p = c.prepareStatement("INSERT INTO portfolio (user_id, name, cost_method,"
                    + " base_currency, created_at, ledger_version) VALUES (?, 'Main', 'MOVING_AVERAGE', 'USD', ?, 1)",
                    Statement.RETURN_GENERATED_KEYS);
                 PreparedStatement a = c.prepareStatement("INSERT INTO account (user_id, name, kind)"
                         + " VALUES (?, 'Kraken', 'EXCHANGE')", Statement.RETURN_GENERATED_KEYS)) {
                for (long user : users) {
                    p.setLong(1, user);
                    p.setTimestamp(2, now);
                    p.addBatch();
                    a.setLong(1, user);
                    a.addBatch();
                }
                p.executeBatch();
                a.executeBatch();
                List<Long> accounts = new ArrayList<>(n);
                try (ResultSet keys = p.getGeneratedKeys()) {
                    while (keys.next()) {
                        portfolios.add(keys.getLong(1));
                    }
                }
                try (ResultSet keys = a.getGeneratedKeys()) {
                    while (keys.next()) {
                        accounts.add(keys.getLong(1));
                    }
                }
                try (PreparedStatement t = c.prepareStatement("INSERT INTO ledger_transaction (portfolio_id, type,"
                        + " asset_id, account_id, quantity, price, fee, occurred_at, created_at)"
                        + " VALUES (?, 'BUY', ?, ?, ?, ?, 0, ?, ?)")) {
                    for (int i = 0; i < n; i++) {
                        for (long asset : assets.values()) {
                            t.setLong(1, portfolios.get(i));
                            t.setLong(2, asset);
                            t.setLong(3, accounts.get(i));
                            t.setBigDecimal(4, HELD);
                            t.setBigDecimal(5, COST);
                            t.setTimestamp(6, bought);
                            t.setTimestamp(7, now);
                            t.addBatch();
                        }
                    }
                    t.executeBatch();
                }
            }
            c.commit();
        }
        return users;
    }

    /**
     * A DATETIME value as the application writes an Instant (UTC wall time), bound with the JVM's zone
     * as plain {@code setTimestamp} does.
     */
    static Timestamp utc(Instant instant) {
        return Timestamp.valueOf(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The single number a query answers. */
    static long count(AgroalDataSource db, String sql) throws SQLException {
        try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    static long percentile(List<Long> sorted, int p) {
        int at = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, at)));
    }

    static String ms(long nanos) {
        return String.valueOf(Math.round(nanos / 1_000_000.0));
    }
}
