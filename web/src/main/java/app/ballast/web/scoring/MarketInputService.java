package app.ballast.web.scoring;

import app.ballast.domain.Scales;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.MarketInputEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Market figures that have no feed yet, entered by hand or imported from CSV: the Fear &amp; Greed index
 * (market-wide) and, per asset, MVRV, the top-10 holders' share, 24 h volume and market cap. One row per
 * user, day and asset; saving a day again fills in the figures given and keeps the others.
 */
@ApplicationScoped
@Transactional
public class MarketInputService {

    /** The CSV columns, as written in the header (any order; only {@code date} is required). */
    public static final List<String> COLUMNS = List.of("date", "symbol", "fearGreed", "mvrv", "top10HolderShare",
            "volume24h", "marketCap");
    public static final int IMPORT_MAX_LINES = 100_000;

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
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        AssetEntity asset = check("", draft, assetsBySymbol(), errors);
        errors.throwIfAny();
        return upsert(userId, draft, asset, "manual", Times.now());
    }

    public void delete(long userId, long id) {
        MarketInputEntity.<MarketInputEntity>find("userId = ?1 and id = ?2", userId, id).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("no market input " + id)).delete();
    }

    /**
     * Imports a CSV whose header names the columns ({@link #COLUMNS}); all or nothing: any refused value
     * refuses the whole file, every problem named by line and column ({@code lines[3].mvrv}), line 1 being
     * the header.
     */
    public Imported importCsv(long userId, Reader csv) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        Map<String, AssetEntity> assets = assetsBySymbol();
        List<Object[]> rows = new ArrayList<>(); // draft, asset
        Set<String> seen = new HashSet<>();
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
            Map<String, String> columns = columns(parser.getHeaderNames(), errors);
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
                rows.add(new Object[] {draft, asset});
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add("file", "the file is not a readable CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            errors.add("file", "the file has no rows under its header");
        }
        errors.throwIfAny();
        Instant now = Times.now();
        int created = 0;
        int updated = 0;
        for (Object[] row : rows) {
            if (upsert(userId, (MarketInputDraft) row[0], (AssetEntity) row[1], "csv", now).created()) {
                created++;
            } else {
                updated++;
            }
        }
        return new Imported(created, updated);
    }

    /** The user's latest Fear &amp; Greed index (market-wide), with its date. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<MarketInputEntity> latestFearGreed(long userId) {
        return MarketInputEntity.<MarketInputEntity>find(
                "userId = ?1 and fearGreed is not null order by inputDate desc, id desc", userId).firstResultOptional();
    }

    /** The user's rows for one asset, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MarketInputEntity> forAsset(long userId, AssetEntity asset) {
        return MarketInputEntity.list("userId = ?1 and asset = ?2 order by inputDate, id", userId, asset);
    }

    private Saved upsert(long userId, MarketInputDraft draft, AssetEntity asset, String source, Instant now) {
        Optional<MarketInputEntity> existing = asset == null
                ? MarketInputEntity.find("userId = ?1 and inputDate = ?2 and asset is null", userId, draft.date())
                        .firstResultOptional()
                : MarketInputEntity.find("userId = ?1 and inputDate = ?2 and asset = ?3", userId, draft.date(), asset)
                        .firstResultOptional();
        MarketInputEntity entity = existing.orElseGet(MarketInputEntity::new);
        entity.userId = userId;
        entity.inputDate = draft.date();
        entity.asset = asset;
        if (draft.fearGreed() != null) {
            entity.fearGreed = draft.fearGreed().intValueExact();
        }
        entity.mvrv = draft.mvrv() != null ? draft.mvrv() : entity.mvrv;
        entity.top10HolderShare = draft.top10HolderShare() != null ? draft.top10HolderShare() : entity.top10HolderShare;
        entity.volume24h = draft.volume24h() != null ? draft.volume24h() : entity.volume24h;
        entity.marketCap = draft.marketCap() != null ? draft.marketCap() : entity.marketCap;
        entity.source = source;
        entity.recordedAt = now;
        if (existing.isEmpty()) {
            entity.persist();
        }
        return new Saved(view(entity), existing.isEmpty());
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
        BigDecimal compact = Scales.compact(value);
        if (compact.scale() > decimals) {
            errors.add(prefix + field, where + field + (decimals == 0 ? " must be a whole number"
                    : " can have at most " + decimals + " decimal places") + ", was " + Scales.plain(value));
        } else if (compact.precision() - compact.scale() > Scales.AMOUNT_INTEGER_DIGITS) {
            errors.add(prefix + field, where + field + " is too large, was " + Scales.plain(value));
        } else if (value.compareTo(min) < 0 || (max != null && value.compareTo(max) > 0)) {
            errors.add(prefix + field, where + field + " must be " + (max == null ? "at least " + Scales.plain(min)
                    : "from " + Scales.plain(min) + " to " + Scales.plain(max)) + ", was " + Scales.plain(value));
        }
    }

    /** Header name → column, matched without regard to case, spaces or underscores ("fear_greed" is fearGreed). */
    private static Map<String, String> columns(List<String> header, InvalidInputException.Collector errors) {
        Map<String, String> known = new HashMap<>();
        COLUMNS.forEach(c -> known.put(normal(c), c));
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : header) {
            String column = known.get(normal(name));
            if (column == null) {
                errors.add("lines[1]." + name, "line 1: unknown column \"" + name + "\"; the columns are "
                        + String.join(", ", COLUMNS));
            } else if (columns.containsValue(column)) {
                errors.add("lines[1]." + name, "line 1: column " + column + " appears twice");
            } else {
                columns.put(name, column);
            }
        }
        if (!columns.containsValue("date")) {
            errors.add("lines[1].date", "line 1: the header needs a date column; the columns are "
                    + String.join(", ", COLUMNS));
        }
        return columns;
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
        try {
            return new BigDecimal(text.strip());
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

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
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
