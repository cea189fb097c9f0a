package app.ballast.web.policy;

import app.ballast.portfolio.plans.PlanState;
import app.ballast.web.persistence.PlanStateColumns;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The live tick's state once per asset (table {@code asset_tick}, migration V11): the jump guard's
 * state of the live feed (last accepted price and time, a held jump, the last price fed) and the
 * highest price accepted since {@code high} was last reset. A plan that follows it ({@code
 * tick_synced}) keeps none of that itself, so that a price rewrites one row per asset instead of one
 * per plan; {@link #followed} gives such a plan's full state.
 */
final class AssetTicks {

    /** One asset's row; every field null for an asset that has had no live price yet. */
    record State(long assetId, BigDecimal last, Instant lastAt, BigDecimal pending, Instant pendingAt,
                 Instant evaluatedUntil, BigDecimal high) {

        static State none(long assetId) {
            return new State(assetId, null, null, null, null, null, null);
        }

        /**
         * The guard state as the engine keeps it for a plan that follows the feed: armed long before
         * its last price (so never resting on an unconfirmed arming price), no stops, nothing sold.
         */
        PlanState guard() {
            return new PlanState(last == null ? null : Instant.EPOCH, high, null, last, lastAt, pending, pendingAt,
                    0, false, false, false, BigDecimal.ZERO);
        }
    }

    private AssetTicks() {
    }

    /** The assets' rows (an asset without one answers {@link State#none}); {@code lock}: FOR UPDATE. */
    static Map<Long, State> read(Connection c, Collection<Long> assetIds, boolean lock) throws SQLException {
        Map<Long, State> states = new HashMap<>();
        if (assetIds.isEmpty()) {
            return states;
        }
        String ids = assetIds.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
        try (PreparedStatement q = c.prepareStatement("SELECT asset_id, last_price, last_price_at, pending_price,"
                + " pending_at, evaluated_until, high_price FROM asset_tick WHERE asset_id IN (" + ids + ")"
                + " ORDER BY asset_id" + (lock ? " FOR UPDATE" : "")); ResultSet r = q.executeQuery()) {
            while (r.next()) {
                states.put(r.getLong(1), new State(r.getLong(1), r.getBigDecimal(2), PlanFirings.instant(r, 3),
                        r.getBigDecimal(4), PlanFirings.instant(r, 5), PlanFirings.instant(r, 6),
                        r.getBigDecimal(7)));
            }
        }
        for (long id : assetIds) {
            states.putIfAbsent(id, State.none(id));
        }
        return states;
    }

    /** Makes sure each asset has a row (an empty one: no price yet), so that a tick can lock it. */
    static void ensure(Connection c, Collection<Long> assetIds) throws SQLException {
        if (assetIds.isEmpty()) {
            return;
        }
        java.util.Set<Long> missing = new java.util.TreeSet<>(assetIds);
        try (PreparedStatement q = c.prepareStatement("SELECT asset_id FROM asset_tick WHERE asset_id IN ("
                + assetIds.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")");
             ResultSet r = q.executeQuery()) {
            while (r.next()) {
                missing.remove(r.getLong(1));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        String values = missing.stream().map(id -> "(" + id + ")").collect(Collectors.joining(","));
        try (PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO asset_tick (asset_id) VALUES " + values)) {
            s.executeUpdate();
        }
    }

    /** Stores an asset's new state. */
    static void write(Connection c, Collection<State> states, Instant now) throws SQLException {
        if (states.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE asset_tick SET last_price = ?, last_price_at = ?,"
                + " pending_price = ?, pending_at = ?, evaluated_until = ?, high_price = ?, updated_at = ?"
                + " WHERE asset_id = ?")) {
            for (State st : states) {
                BulkUpdate.bind(s, 1, st.last());
                BulkUpdate.bind(s, 2, st.lastAt());
                BulkUpdate.bind(s, 3, st.pending());
                BulkUpdate.bind(s, 4, st.pendingAt());
                BulkUpdate.bind(s, 5, st.evaluatedUntil());
                BulkUpdate.bind(s, 6, st.high());
                BulkUpdate.bind(s, 7, now);
                s.setLong(8, st.assetId());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** A plan's stored state with what it follows from its asset filled in (itself when not synced). */
    static PlanStateColumns followed(PlanStateColumns own, State asset, BigDecimal trail) {
        return own.followed(asset.high(), asset.last(), asset.lastAt(), asset.pending(), asset.pendingAt(),
                asset.evaluatedUntil(), trail);
    }
}
