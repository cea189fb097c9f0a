package app.ballast.web.scoring;

import app.ballast.web.CsvHeader;
import app.ballast.domain.Scales;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.MarketInputEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.hibernate.Session;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Market figures that have no feed yet, entered by hand or imported from CSV: the Fear &amp; Greed index
 * (market-wide) and, per asset, MVRV, the top-10 holders' share, 24 h volume and market cap. One row per
 * user, day and asset; saving a day again fills in the figures given and keeps the others.
 *
 * <p>Every write first locks the user's portfolio row, so that two saves of the same new day cannot both insert
 * it (the loser would fail on the unique key). The lock comes before anything is read: under REPEATABLE READ
 * the first read fixes what the transaction sees, and that must be after the other save has committed.
 */
@ApplicationScoped
@Transactional
public class MarketInputService {

    /** The CSV columns, as written in the header (any order; only {@code date} is required). */
    public static final List<String> COLUMNS = List.of("date", "symbol", "fearGreed", "mvrv", "top10HolderShare",
            "volume24h", "marketCap");
    public static final int IMPORT_MAX_LINES = 100_000;
    /** Rows sent to the database at once. */
    static final int BATCH = 500;

    @Inject
    PortfolioService portfolios;

    public record MarketInputDraft(LocalDate date, String symbol, BigDecimal fearGreed, BigDecimal mvrv,
                                   BigDecimal top10HolderShare, BigDecimal volume24h, BigDecimal marketCap) {
    }

    public record MarketInputView(long id, LocalDate date, String symbol, BigDecimal fearGreed, BigDecimal mvrv,
                                  BigDecimal top10HolderShare, BigDecimal volume24h, BigDecimal marketCap,
                                  String source, Instant recordedAt) {
    }

    public record Saved(MarketInputView view, boolean created) {
    }

    /** What an import wrote: rows created and rows updated (days already there). */
    public record Imported(int created, int updated) {
        public int imported() {
            return created + updated;
        }
    }

    /** The newest first, optionally one asset's (symbol) or only the market-wide rows (symbol "-"). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MarketInputView> list(long userId, String symbol, int limit) {
        List<MarketInputEntity> rows;
        if (symbol == null || symbol.isBlank()) {
            rows = MarketInputEntity.find("userId = ?1 order by inputDate desc, id desc", userId).page(0, limit).list();
        } else if (symbol.strip().equals("-")) {
            rows = MarketInputEntity.find("userId = ?1 and asset is null order by inputDate desc, id desc", userId)
                    .page(0, limit).list();
        } else {
            AssetEntity asset = Assets.bySymbol(symbol);
            rows = MarketInputEntity.find("userId = ?1 and asset = ?2 order by inputDate desc, id desc", userId, asset)
                    .page(0, limit).list();
        }
        return rows.stream().map(MarketInputService::view).toList();
    }

    public Saved record(long userId, MarketInputDraft draft) {
        portfolios.lock(userId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AssetEntity asset = check("", draft, assetsBySymbol(), errors);
        errors.throwIfAny();
        Row row = new Row(draft, asset);
        boolean created = write(userId, List.of(row), "manual", Times.now()).created() == 1;
        MarketInputEntity saved = (asset == null
                ? MarketInputEntity.find("userId = ?1 and inputDate = ?2 and asset is null", userId, draft.date())
                : MarketInputEntity.find("userId = ?1 and inputDate = ?2 and asset = ?3", userId, draft.date(), asset))
                .<MarketInputEntity>firstResultOptional().orElseThrow();
        return new Saved(view(saved), created);
    }

    public void delete(long userId, long id) {
        portfolios.lock(userId);
        MarketInputEntity.<MarketInputEntity>find("userId = ?1 and id = ?2", userId, id).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("no market input " + id)).delete();
    }

    /**
     * Imports a CSV whose header names the columns ({@link #COLUMNS}); all or nothing: any refused value
     * refuses the whole file, every problem named by line and column ({@code lines[3].mvrv}), line 1 being
     * the header.
     */
    public Imported importCsv(long userId, Reader csv) {
        portfolios.lock(userId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Map<String, AssetEntity> assets = assetsBySymbol();
        List<Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
            Map<String, String> columns = CsvHeader.columns(parser.getHeaderNames(), COLUMNS, Map.of(),
                    List.of("date"), errors);
            errors.throwIfAny();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() >= IMPORT_MAX_LINES) {
                    errors.add("lines[" + line + "]", "a file can have at most " + IMPORT_MAX_LINES + " rows");
                    break;
                }
                String prefix = "lines[" + line + "].";
                if (!record.isConsistent()) {
                    errors.add("lines[" + line + "]", "line " + line + " has " + record.size()
                            + " values, the header names " + columns.size() + " columns");
                    continue;
                }
                MarketInputDraft draft = draft(record, columns, prefix, line, errors);
                if (draft == null) {
                    continue;
                }
                AssetEntity asset = check(prefix, draft, assets, errors);
                String key = draft.date() + "/" + (asset == null ? "" : asset.symbol);
                if (draft.date() != null && !seen.add(key)) {
                    errors.add(prefix + "date", "line " + line + ": " + draft.date() + " "
                            + (asset == null ? "(market-wide)" : asset.symbol) + " is already on an earlier line");
                }
                rows.add(new Row(draft, asset));
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add("file", "the file is not a readable CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            errors.add("file", "the file has no rows under its header");
        }
        errors.throwIfAny();
        return write(userId, rows, "csv", Times.now());
    }

    /** The user's latest Fear &amp; Greed index (market-wide), with its date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MarketInputEntity> latestFearGreed(long userId) {
        return MarketInputEntity.<MarketInputEntity>find(
                "userId = ?1 and fearGreed is not null order by inputDate desc, id desc", userId).firstResultOptional();
    }

    /** A checked row: its figures and its asset (null when market-wide). */
    private record Row(MarketInputDraft draft, AssetEntity asset) {
        long assetKey() {
            return asset == null ? 0 : asset.id;
        }
    }

    /**
     * Writes the rows over JDBC in batches on the transaction's connection: the user's rows on the file's days
     * are looked up once, new days are inserted and days already there get the figures given (the others are
     * kept). For 100,000 rows a query per row and a persistence context holding them all took minutes.
     */
    private Imported write(long userId, List<Row> rows, String source, Instant now) {
        LocalDate first = rows.stream().map(r -> r.draft().date()).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = rows.stream().map(r -> r.draft().date()).max(LocalDate::compareTo).orElseThrow();
        LocalDateTime recordedAt = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
        return MarketInputEntity.getEntityManager().unwrap(Session.class).doReturningWork(connection -> {
            Map<String, Long> existing = new HashMap<>(); // "date/asset key" → id
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, input_date, asset_key FROM market_input
                    WHERE user_id = ? AND input_date BETWEEN ? AND ?""")) {
                query.setLong(1, userId);
                query.setObject(2, first);
                query.setObject(3, last);
                try (ResultSet r = query.executeQuery()) {
                    while (r.next()) {
                        existing.put(r.getObject(2, LocalDate.class) + "/" + r.getLong(3), r.getLong(1));
                    }
                }
            }
            int created = 0;
            int updated = 0;
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO market_input (user_id, input_date, asset_id, fear_greed, mvrv, top10_holder_share,
                                              volume_24h, market_cap, source, recorded_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
                 PreparedStatement update = connection.prepareStatement("""
                    UPDATE market_input SET fear_greed = COALESCE(?, fear_greed), mvrv = COALESCE(?, mvrv),
                        top10_holder_share = COALESCE(?, top10_holder_share), volume_24h = COALESCE(?, volume_24h),
                        market_cap = COALESCE(?, market_cap), source = ?, recorded_at = ?
                    WHERE id = ?""")) {
                for (Row row : rows) {
                    MarketInputDraft d = row.draft();
                    Long id = existing.get(d.date() + "/" + row.assetKey());
                    PreparedStatement statement;
                    int next;
                    if (id == null) {
                        statement = insert;
                        statement.setLong(1, userId);
                        statement.setObject(2, d.date());
                        if (row.asset() == null) {
                            statement.setNull(3, Types.BIGINT);
                        } else {
                            statement.setLong(3, row.asset().id);
                        }
                        next = 4;
                    } else {
                        statement = update;
                        next = 1;
                    }
                    if (d.fearGreed() == null) {
                        statement.setNull(next, Types.SMALLINT);
                    } else {
                        statement.setInt(next, d.fearGreed().intValueExact());
                    }
                    setDecimal(statement, next + 1, d.mvrv());
                    setDecimal(statement, next + 2, d.top10HolderShare());
                    setDecimal(statement, next + 3, d.volume24h());
                    setDecimal(statement, next + 4, d.marketCap());
                    statement.setString(next + 5, source);
                    statement.setObject(next + 6, recordedAt);
                    if (id == null) {
                        created++;
                        flushEvery(insert, created);
                    } else {
                        statement.setLong(next + 7, id);
                        updated++;
                        flushEvery(update, updated);
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            }
            return new Imported(created, updated);
        });
    }

    /** Adds the statement's parameters to its batch, and sends the batch every {@value #BATCH} rows. */
    private static void flushEvery(PreparedStatement statement, int count) throws SQLException {
        statement.addBatch();
        if (count % BATCH == 0) {
            statement.executeBatch();
        }
    }

    private static void setDecimal(PreparedStatement statement, int index, BigDecimal value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.DECIMAL);
        } else {
            statement.setBigDecimal(index, value);
        }
    }

    /** Checks one row; answers its asset (null when market-wide or unknown). */
    private static AssetEntity check(String prefix, MarketInputDraft draft, Map<String, AssetEntity> assets,
                                     InvalidInputException.Collector errors) {
        String where = prefix.isEmpty() ? "" : where(prefix);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        if (draft.date() == null) {
            errors.add(prefix + "date", where + "date is required");
        } else if (draft.date().isAfter(today)) {
            errors.add(prefix + "date", where + "date must not be after today (" + today + "), was " + draft.date());
        }
        AssetEntity asset = null;
        if (draft.symbol() != null && !draft.symbol().isBlank()) {
            asset = assets.get(draft.symbol().strip().toUpperCase(Locale.ROOT));
            if (asset == null) {
                errors.add(prefix + "symbol", where + "no asset \"" + draft.symbol().strip() + "\"");
            }
        }
        range(prefix, where, "fearGreed", draft.fearGreed(), BigDecimal.ZERO, BigDecimal.valueOf(100), 0, errors);
        range(prefix, where, "mvrv", draft.mvrv(), BigDecimal.ZERO, null, 18, errors);
        if (draft.mvrv() != null && draft.mvrv().signum() == 0) {
            errors.add(prefix + "mvrv", where + "mvrv must be positive, was 0");
        }
        range(prefix, where, "top10HolderShare", draft.top10HolderShare(), BigDecimal.ZERO, BigDecimal.ONE, 18, errors);
        range(prefix, where, "volume24h", draft.volume24h(), BigDecimal.ZERO, null, 18, errors);
        range(prefix, where, "marketCap", draft.marketCap(), BigDecimal.ZERO, null, 18, errors);
        boolean perAsset = draft.mvrv() != null || draft.top10HolderShare() != null || draft.volume24h() != null
                || draft.marketCap() != null;
        if ((draft.symbol() == null || draft.symbol().isBlank()) && perAsset) {
            errors.add(prefix + "symbol", where + "symbol is required for MVRV, holder share, volume and market cap"
                    + " (only the Fear & Greed index is market-wide)");
        }
        if (!perAsset && draft.fearGreed() == null) {
            errors.add(prefix + "fearGreed", where + "give at least one figure: fearGreed, mvrv, top10HolderShare,"
                    + " volume24h or marketCap");
        }
        return asset;
    }

    private static void range(String prefix, String where, String field, BigDecimal value, BigDecimal min,
                              BigDecimal max, int decimals, InvalidInputException.Collector errors) {
        if (value == null) {
            return;
        }
        // The size first, from precision and scale alone: compacting 1e999999999 would write out its digits.
        if (Figures.tooManyIntegerDigits(value, Scales.AMOUNT_INTEGER_DIGITS)) {
            errors.add(prefix + field, where + field + " is too large, was " + Scales.plain(value));
            return;
        }
        BigDecimal compact = Scales.compact(value);
        if (compact.scale() > decimals) {
            errors.add(prefix + field, where + field + (decimals == 0 ? " must be a whole number"
                    : " can have at most " + decimals + " decimal places") + ", was " + Scales.plain(value));
        } else if (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
            errors.add(prefix + field, where + field + " must be " + (max == null ? "at least " + Scales.plain(min)
                    : "from " + Scales.plain(min) + " to " + Scales.plain(max)) + ", was " + Scales.plain(value));
        }
    }

    private static MarketInputDraft draft(CSVRecord record, Map<String, String> columns, String prefix, long line,
                                          InvalidInputException.Collector errors) {
        Map<String, String> values = new HashMap<>();
        columns.forEach((header, column) -> values.put(column, record.get(header)));
        // This line's unreadable values; the row is checked further only when there are none.
        InvalidInputException.Collector unreadable = new InvalidInputException.Collector();
        LocalDate date = null;
        String dateText = values.get("date");
        if (dateText != null && !dateText.isBlank()) {
            try {
                date = LocalDate.parse(dateText.strip());
            } catch (DateTimeParseException e) {
                unreadable.add(prefix + "date", "line " + line + ", column date: date must be a day as 2024-03-31, was \""
                        + dateText + "\"");
            }
        }
        MarketInputDraft draft = new MarketInputDraft(date, values.get("symbol"),
                number(values, "fearGreed", prefix, line, unreadable),
                number(values, "mvrv", prefix, line, unreadable),
                number(values, "top10HolderShare", prefix, line, unreadable),
                number(values, "volume24h", prefix, line, unreadable),
                number(values, "marketCap", prefix, line, unreadable));
        try {
            unreadable.throwIfAny();
            return draft;
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> errors.add(error.field(), error.message()));
            return null;
        }
    }

    private static BigDecimal number(Map<String, String> values, String column, String prefix, long line,
                                     InvalidInputException.Collector errors) {
        String text = values.get(column);
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (Figures.tooLong(value)) {
            errors.add(prefix + column, "line " + line + ", column " + column + ": " + column + " "
                    + Figures.tooLongMessage(value));
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(prefix + column, "line " + line + ", column " + column + ": " + column
                    + " must be a number with a point for decimals, was \"" + text + "\"");
            return null;
        }
    }

    private static String where(String prefix) {
        // "lines[3]." → "line 3: "
        return "line " + prefix.substring("lines[".length(), prefix.indexOf(']')) + ": ";
    }


    private static Map<String, AssetEntity> assetsBySymbol() {
        Map<String, AssetEntity> assets = new HashMap<>();
        AssetEntity.<AssetEntity>listAll().forEach(a -> assets.put(a.symbol, a));
        return assets;
    }

    private static MarketInputView view(MarketInputEntity e) {
        return new MarketInputView(e.id, e.inputDate, e.asset == null ? null : e.asset.symbol,
                e.fearGreed == null ? null : BigDecimal.valueOf(e.fearGreed), Scales.compact(e.mvrv), Scales.compact(e.top10HolderShare),
                Scales.compact(e.volume24h), Scales.compact(e.marketCap), e.source, e.recordedAt);
    }
}
