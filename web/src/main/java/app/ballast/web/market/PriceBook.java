package app.ballast.web.market;

import app.ballast.domain.Scales;
import app.ballast.web.policy.PolicySettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prices Ballast knows, shared by every user: each asset's daily close in {@code price_point} (the latest
 * accepted price of a day is that day's close, with its source and time), the latest feed quote with its
 * extras ({@code market_quote}), and jumps waiting for confirmation ({@code held_price}). New prices from a feed
 * pass {@link PriceSanity} here, the only way in for live prices.
 *
 * <p>Times are written and read over JDBC as UTC wall-clock values of the DATETIME(6) columns.
 */
@ApplicationScoped
@Transactional
public class PriceBook {

    @Inject
    EntityManager em;

    @Inject
    PolicySettings policy;

    Clock clock = Clock.systemUTC();

    /** A price and what was decided about it. */
    public record Judged(MarketQuote quote, PriceSanity.Decision decision) {
    }

    /** The latest price of an asset, where it came from, when it is from, and how old it is now. */
    public record LatestPrice(String symbol, String name, LocalDate date, BigDecimal price, BigDecimal volume24h,
                              BigDecimal marketCap, BigDecimal circulatingSupply, BigDecimal totalSupply,
                              String source, Instant time, long ageSeconds, boolean stale) {
    }

    /** A jump waiting for confirmation. */
    public record HeldJump(String symbol, BigDecimal price, BigDecimal referencePrice, BigDecimal move,
                           String source, Instant time, Instant heldAt) {
    }

    /** One day of an asset's history. */
    public record HistoryPoint(LocalDate date, BigDecimal close, BigDecimal volume24h, BigDecimal marketCap,
                               String source, Instant time) {
    }

    /** An asset as the book knows it. */
    record AssetRow(long id, String symbol, String name, String feedId) {
    }

    /** No price is from before this (the first Bitcoin price is from 2010). */
    static final Instant EARLIEST = Instant.parse("2009-01-03T00:00:00Z");

    public PriceSanity sanity() {
        return new PriceSanity(policy.priceJumpLimit(), policy.priceMaxAge());
    }

    /**
     * Judges a feed's quotes and stores them by their verdict, in one transaction: an accepted price becomes its
     * day's close and the asset's latest quote (a held jump of the asset is dropped); a jump is held; a refused or
     * unchanged price leaves everything as it was.
     */
    public List<Judged> ingest(List<MarketQuote> quotes) {
        if (quotes.isEmpty()) {
            return List.of();
        }
        Instant now = now();
        PriceSanity sanity = sanity();
        return work(connection -> {
            Map<String, AssetRow> assets = assets(connection, quotes.stream().map(MarketQuote::symbol).toList());
            Map<Long, PriceSanity.Known> latest = latestKnown(connection, assets.values());
            Map<Long, PriceSanity.Known> held = held(connection, assets.values());
            List<Judged> judged = new ArrayList<>();
            for (MarketQuote quote : quotes) {
                AssetRow asset = assets.get(quote.symbol());
                if (asset == null) {
                    judged.add(new Judged(quote, new PriceSanity.Decision(PriceSanity.Verdict.REFUSED,
                            "no asset " + quote.symbol(), false)));
                    continue;
                }
                MarketQuote stored = withStorablePrice(quote);
                PriceSanity.Decision decision = sanity.judge(stored, latest.get(asset.id()), held.get(asset.id()), now);
                switch (decision.verdict()) {
                    case ACCEPTED, CONFIRMED -> {
                        writeClose(connection, asset.id(), stored, stored.time(), false);
                        writeQuote(connection, asset.id(), stored, now);
                        dropHeld(connection, asset.id());
                        latest.put(asset.id(), new PriceSanity.Known(stored.price(), stored.time()));
                        held.remove(asset.id());
                    }
                    case HELD -> {
                        hold(connection, asset.id(), stored, latest.get(asset.id()).price(), now);
                        held.put(asset.id(), new PriceSanity.Known(stored.price(), stored.time()));
                    }
                    case REFUSED, UNCHANGED -> {
                    }
                }
                judged.add(new Judged(stored, decision));
            }
            return judged;
        });
    }

    /**
     * A price the investor gives: it is their word, so it needs no confirmation (and drops a held jump of the
     * asset), but it must still be a price and not from the future. Answers the asset's latest price after it.
     */
    public LatestPrice enter(String symbolText, BigDecimal price, Instant time) {
        Instant now = now();
        Instant at = time == null ? now : time.truncatedTo(ChronoUnit.MICROS);
        String symbol = symbolText == null ? "" : symbolText.strip().toUpperCase(java.util.Locale.ROOT);
        app.ballast.web.ledger.InvalidInputException.Collector errors =
                new app.ballast.web.ledger.InvalidInputException.Collector();
        if (symbol.isEmpty()) {
            errors.add("symbol", "symbol is required");
        }
        if (price == null) {
            errors.add("price", "price is required");
        } else if (price.signum() <= 0) {
            errors.add("price", "price must be above 0, was " + Scales.plain(price));
        } else if (FeedFigures.tooLarge(price)) {
            errors.add("price", "price can have at most " + Scales.AMOUNT_INTEGER_DIGITS
                    + " digits before the decimal point, was " + Scales.plain(price));
        } else if (price.stripTrailingZeros().scale() > Scales.AMOUNT_SCALE) {
            errors.add("price", "price can have at most " + Scales.AMOUNT_SCALE + " decimal places, was "
                    + Scales.plain(price));
        }
        if (at.isAfter(now.plus(app.ballast.domain.policy.PriceGuard.MAX_CLOCK_SKEW))) {
            errors.add("time", "time must not be in the future, was " + at);
        } else if (at.isBefore(EARLIEST)) {
            errors.add("time", "time must be after " + EARLIEST + ", was " + at);
        }
        work(connection -> {
            AssetRow asset = symbol.isEmpty() ? null : assets(connection, List.of(symbol)).get(symbol);
            if (asset == null && !symbol.isEmpty()) {
                errors.add("symbol", "no asset \"" + symbolText.strip() + "\"");
            }
            errors.throwIfAny();
            PriceSanity.Known latest = latestKnown(connection, List.of(asset)).get(asset.id());
            if (latest != null && at.isBefore(latest.time())
                    && LocalDate.ofInstant(at, ZoneOffset.UTC).equals(LocalDate.ofInstant(latest.time(), ZoneOffset.UTC))) {
                throw new app.ballast.web.ledger.InvalidInputException("time", "the day already has a later price ("
                        + Scales.plain(latest.price()) + " at " + latest.time() + "); a day's close is its latest price");
            }
            writeClose(connection, asset.id(), MarketQuote.of(symbol, price, at, "manual"), at, true);
            dropHeld(connection, asset.id());
            return null;
        });
        return latest(List.of(symbol)).stream().findFirst().orElseThrow();
    }

    /** The latest price of every asset that has one, by symbol. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LatestPrice> latest() {
        return latest(null);
    }

    /** The latest prices of the given symbols (all when null). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<LatestPrice> latest(Collection<String> symbols) {
        Instant now = now();
        Duration maxAge = policy.priceMaxAge();
        return work(connection -> {
            List<LatestPrice> prices = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT a.symbol, a.name, p.price_date, p.close, p.volume_24h, p.market_cap, p.source, p.recorded_at,
                           q.circulating_supply, q.total_supply, q.price, q.quoted_at
                    FROM price_point p
                    JOIN (SELECT asset_id, MAX(price_date) AS latest FROM price_point GROUP BY asset_id) m
                      ON m.asset_id = p.asset_id AND m.latest = p.price_date
                    JOIN asset a ON a.id = p.asset_id
                    LEFT JOIN market_quote q ON q.asset_id = p.asset_id
                    ORDER BY a.symbol""")) {
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        String symbol = r.getString(1);
                        if (symbols != null && !symbols.contains(symbol)) {
                            continue;
                        }
                        LocalDate date = r.getObject(3, LocalDate.class);
                        Instant time = closeTime(date, instant(r, 8));
                        boolean quoteIsTheClose = r.getBigDecimal(11) != null
                                && r.getBigDecimal(11).compareTo(r.getBigDecimal(4)) == 0 && time.equals(instant(r, 12));
                        long age = Math.max(0, Duration.between(time, now).toSeconds());
                        prices.add(new LatestPrice(symbol, r.getString(2), date, Scales.compact(r.getBigDecimal(4)),
                                Scales.compact(r.getBigDecimal(5)), Scales.compact(r.getBigDecimal(6)),
                                quoteIsTheClose ? Scales.compact(r.getBigDecimal(9)) : null,
                                quoteIsTheClose ? Scales.compact(r.getBigDecimal(10)) : null,
                                r.getString(7), time, age, maxAge != null && age > maxAge.toSeconds()));
                    }
                }
            }
            return prices;
        });
    }

    /** The jumps waiting for confirmation, by symbol. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HeldJump> heldJumps() {
        return work(connection -> {
            List<HeldJump> jumps = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT a.symbol, h.price, h.reference_price, h.source, h.quoted_at, h.held_at
                    FROM held_price h JOIN asset a ON a.id = h.asset_id ORDER BY a.symbol""");
                 ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    BigDecimal price = r.getBigDecimal(2);
                    BigDecimal reference = r.getBigDecimal(3);
                    jumps.add(new HeldJump(r.getString(1), Scales.compact(price), Scales.compact(reference),
                            Scales.compact(PriceSanity.move(reference, price).setScale(4, java.math.RoundingMode.HALF_EVEN)),
                            r.getString(4), instant(r, 5), instant(r, 6)));
                }
            }
            return jumps;
        });
    }

    /** An asset's daily closes from {@code from} to {@code to}, both inclusive, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<HistoryPoint> history(String symbol, LocalDate from, LocalDate to) {
        return work(connection -> {
            List<HistoryPoint> points = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT p.price_date, p.close, p.volume_24h, p.market_cap, p.source, p.recorded_at
                    FROM price_point p JOIN asset a ON a.id = p.asset_id
                    WHERE a.symbol = ? AND p.price_date BETWEEN ? AND ? ORDER BY p.price_date""")) {
                query.setString(1, symbol);
                query.setObject(2, from);
                query.setObject(3, to);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        LocalDate date = r.getObject(1, LocalDate.class);
                        points.add(new HistoryPoint(date, Scales.compact(r.getBigDecimal(2)),
                                Scales.compact(r.getBigDecimal(3)), Scales.compact(r.getBigDecimal(4)), r.getString(5),
                                closeTime(date, instant(r, 6))));
                    }
                }
            }
            return points;
        });
    }

    /**
     * Every asset with a feed id that someone holds or has a plan on: it appears in a ledger, a DCA plan, a stop,
     * a ladder or a policy's target weights. (An asset sold to zero is still asked about: cheaper than replaying
     * every ledger, and its price still shows in the history.)
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<FeedAsset> watched() {
        return work(connection -> {
            List<FeedAsset> assets = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT a.symbol, a.price_feed_id FROM asset a
                    WHERE a.price_feed_id IS NOT NULL AND a.price_feed_id <> '' AND (
                          EXISTS (SELECT 1 FROM ledger_transaction t WHERE t.asset_id = a.id)
                       OR EXISTS (SELECT 1 FROM dca_plan d WHERE d.asset_id = a.id)
                       OR EXISTS (SELECT 1 FROM position_stop s WHERE s.asset_id = a.id)
                       OR EXISTS (SELECT 1 FROM take_profit_ladder l WHERE l.asset_id = a.id)
                       OR EXISTS (SELECT 1 FROM policy_weight w WHERE w.asset_id = a.id))
                    ORDER BY a.symbol""");
                 ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    assets.add(new FeedAsset(r.getString(1), r.getString(2)));
                }
            }
            return assets;
        });
    }

    /**
     * Stores a day's Fear &amp; Greed index as every user's market-wide input of that day (source alternative.me),
     * where the user has not entered or imported one: their own figure wins. Answers the rows written.
     */
    public int storeFearGreed(FearGreedFeed.Reading reading) {
        LocalDate day = LocalDate.ofInstant(reading.time(), ZoneOffset.UTC);
        LocalDateTime now = LocalDateTime.ofInstant(now(), ZoneOffset.UTC);
        return work(connection -> {
            int written;
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE market_input SET fear_greed = ?, recorded_at = ?
                    WHERE input_date = ? AND asset_id IS NULL AND source = ?""")) {
                update.setInt(1, reading.value());
                update.setObject(2, now);
                update.setObject(3, day);
                update.setString(4, reading.source());
                written = update.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT IGNORE INTO market_input (user_id, input_date, asset_id, fear_greed, source, recorded_at)
                    SELECT u.id, ?, NULL, ?, ?, ? FROM app_user u""")) {
                insert.setObject(1, day);
                insert.setInt(2, reading.value());
                insert.setString(3, reading.source());
                insert.setObject(4, now);
                written += insert.executeUpdate();
            }
            return written;
        });
    }

    // ---- writing ------------------------------------------------------------------------------------------

    /**
     * Writes the price as its day's close. From a feed it replaces the day's row only when it is not older than
     * the row ({@code always} false); the investor's own price always does.
     */
    static void writeClose(Connection connection, long assetId, MarketQuote quote, Instant time, boolean always)
            throws SQLException {
        String newer = always ? "TRUE" : "recorded_at <= ?";
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO price_point (asset_id, price_date, close, volume_24h, market_cap, source, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE
                    close = IF(%1$s, VALUES(close), close),
                    volume_24h = IF(%1$s, COALESCE(VALUES(volume_24h), volume_24h), volume_24h),
                    market_cap = IF(%1$s, COALESCE(VALUES(market_cap), market_cap), market_cap),
                    source = IF(%1$s, VALUES(source), source),
                    recorded_at = IF(%1$s, VALUES(recorded_at), recorded_at)""".formatted(newer.replace("?",
                "VALUES(recorded_at)")))) {
            upsert.setLong(1, assetId);
            upsert.setObject(2, LocalDate.ofInstant(time, ZoneOffset.UTC));
            upsert.setBigDecimal(3, quote.price());
            setDecimal(upsert, 4, quote.volume24h());
            setDecimal(upsert, 5, quote.marketCap());
            upsert.setString(6, quote.source());
            upsert.setObject(7, utc(time));
            upsert.executeUpdate();
        }
    }

    private static void writeQuote(Connection connection, long assetId, MarketQuote quote, Instant now)
            throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO market_quote (asset_id, price, volume_24h, market_cap, circulating_supply, total_supply,
                                          source, quoted_at, fetched_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE price = VALUES(price), volume_24h = VALUES(volume_24h),
                    market_cap = VALUES(market_cap), circulating_supply = VALUES(circulating_supply),
                    total_supply = VALUES(total_supply), source = VALUES(source), quoted_at = VALUES(quoted_at),
                    fetched_at = VALUES(fetched_at)""")) {
            upsert.setLong(1, assetId);
            bindQuote(upsert, 2, quote);
            upsert.setObject(8, utc(quote.time()));
            upsert.setObject(9, utc(now));
            upsert.executeUpdate();
        }
    }

    private static void hold(Connection connection, long assetId, MarketQuote quote, BigDecimal reference,
                             Instant now) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO held_price (asset_id, price, volume_24h, market_cap, circulating_supply, total_supply,
                                        source, quoted_at, held_at, reference_price)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE price = VALUES(price), volume_24h = VALUES(volume_24h),
                    market_cap = VALUES(market_cap), circulating_supply = VALUES(circulating_supply),
                    total_supply = VALUES(total_supply), source = VALUES(source), quoted_at = VALUES(quoted_at),
                    held_at = VALUES(held_at), reference_price = VALUES(reference_price)""")) {
            upsert.setLong(1, assetId);
            bindQuote(upsert, 2, quote);
            upsert.setObject(8, utc(quote.time()));
            upsert.setObject(9, utc(now));
            upsert.setBigDecimal(10, reference);
            upsert.executeUpdate();
        }
    }

    private static void bindQuote(PreparedStatement statement, int first, MarketQuote quote) throws SQLException {
        statement.setBigDecimal(first, quote.price());
        setDecimal(statement, first + 1, quote.volume24h());
        setDecimal(statement, first + 2, quote.marketCap());
        setDecimal(statement, first + 3, quote.circulatingSupply());
        setDecimal(statement, first + 4, quote.totalSupply());
        statement.setString(first + 5, quote.source());
    }

    private static void dropHeld(Connection connection, long assetId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM held_price WHERE asset_id = ?")) {
            delete.setLong(1, assetId);
            delete.executeUpdate();
        }
    }

    // ---- reading ------------------------------------------------------------------------------------------

    static Map<String, AssetRow> assets(Connection connection, Collection<String> symbols) throws SQLException {
        Map<String, AssetRow> assets = new HashMap<>();
        if (symbols.isEmpty()) {
            return assets;
        }
        String marks = String.join(",", java.util.Collections.nCopies(symbols.size(), "?"));
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id, symbol, name, price_feed_id FROM asset WHERE symbol IN (" + marks + ")")) {
            int i = 1;
            for (String symbol : symbols) {
                query.setString(i++, symbol);
            }
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    assets.put(r.getString(2), new AssetRow(r.getLong(1), r.getString(2), r.getString(3),
                            r.getString(4)));
                }
            }
        }
        return assets;
    }

    /** The latest close of each asset with its time: the last accepted price the sanity rules compare with. */
    private static Map<Long, PriceSanity.Known> latestKnown(Connection connection, Collection<AssetRow> assets)
            throws SQLException {
        Map<Long, PriceSanity.Known> known = new HashMap<>();
        for (AssetRow asset : assets) {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT price_date, close, recorded_at FROM price_point WHERE asset_id = ?
                    ORDER BY price_date DESC LIMIT 1""")) {
                query.setLong(1, asset.id());
                try (ResultSet r = query.executeQuery()) {
                    if (r.next()) {
                        known.put(asset.id(), new PriceSanity.Known(r.getBigDecimal(2),
                                closeTime(r.getObject(1, LocalDate.class), instant(r, 3))));
                    }
                }
            }
        }
        return known;
    }

    private static Map<Long, PriceSanity.Known> held(Connection connection, Collection<AssetRow> assets)
            throws SQLException {
        Map<Long, PriceSanity.Known> held = new HashMap<>();
        if (assets.isEmpty()) {
            return held;
        }
        Map<Long, AssetRow> byId = new LinkedHashMap<>();
        assets.forEach(a -> byId.put(a.id(), a));
        try (PreparedStatement query = connection.prepareStatement("SELECT asset_id, price, quoted_at FROM held_price");
             ResultSet r = query.executeQuery()) {
            while (r.next()) {
                if (byId.containsKey(r.getLong(1))) {
                    held.put(r.getLong(1), new PriceSanity.Known(r.getBigDecimal(2), instant(r, 3)));
                }
            }
        }
        return held;
    }

    /**
     * When a stored close is from: the time it was recorded, but never later than the end of its day (a close
     * imported afterwards is the price at the end of that day, not at the import).
     */
    static Instant closeTime(LocalDate date, Instant recordedAt) {
        Instant endOfDay = date.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
        return recordedAt == null || recordedAt.isAfter(endOfDay) ? endOfDay : recordedAt;
    }

    // ---- plumbing -----------------------------------------------------------------------------------------

    /** A feed price with more than 18 decimals is rounded to 18 (a feed's binary float carries noise digits). */
    private static MarketQuote withStorablePrice(MarketQuote quote) {
        BigDecimal price = quote.price();
        if (price.scale() > Scales.AMOUNT_SCALE && !FeedFigures.tooLarge(price)) {
            price = Scales.compact(price.setScale(Scales.AMOUNT_SCALE, java.math.RoundingMode.HALF_EVEN));
        }
        return new MarketQuote(quote.symbol(), price,
                quote.volume24h(), quote.marketCap(), quote.circulatingSupply(), quote.totalSupply(),
                quote.time().truncatedTo(ChronoUnit.MICROS), quote.source());
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(ResultSet r, int column) throws SQLException {
        LocalDateTime value = r.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs JDBC on the transaction's connection. */
    <T> T work(Work<T> work) {
        return em.unwrap(Session.class).doReturningWork(work::run);
    }
}
