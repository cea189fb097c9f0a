package app.ballast.web.market;

import app.ballast.web.CsvHeader;
import app.ballast.domain.Scales;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.scoring.Figures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Imports daily closes from a CSV file ({@code date, symbol, close, volume, marketCap}, a header line first, in
 * any order; volume and market cap optional). All or nothing: any refused value refuses the whole file, every
 * problem named by line and column ({@code lines[3].close}, line 1 being the header). A day already stored for
 * an asset gets the file's close, with source {@code csv}.
 */
@ApplicationScoped
@Transactional
public class PriceHistoryImport {

    public static final List<String> COLUMNS = List.of("date", "symbol", "close", "volume", "marketCap");
    public static final int MAX_ROWS = 100_000;
    static final String SOURCE = "csv";
    private static final int BATCH = 500;

    @Inject
    PriceBook book;

    /** What an import wrote: days added and days replaced. */
    public record Imported(int created, int updated) {
        public int imported() {
            return created + updated;
        }
    }

    private record Row(long line, LocalDate date, String symbol, BigDecimal close, BigDecimal volume, BigDecimal marketCap) {
    }

    public Imported importCsv(Reader csv) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        List<Row> rows = new ArrayList<>();
        Set<String> symbols = new HashSet<>();
        Set<String> seen = new HashSet<>();
        LocalDate today = LocalDate.ofInstant(book.now(), ZoneOffset.UTC);
        try (CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get().parse(csv)) {
            Map<String, String> columns = CsvHeader.columns(parser.getHeaderNames(), COLUMNS,
                    Map.of("volume24h", "volume", "price", "close"), List.of("date", "symbol", "close"), errors);
            errors.throwIfAny();
            for (CSVRecord record : parser) {
                long line = parser.getCurrentLineNumber();
                if (rows.size() >= MAX_ROWS) {
                    errors.add("lines[" + line + "]", "a file can have at most " + MAX_ROWS + " rows");
                    break;
                }
                if (!record.isConsistent()) {
                    errors.add("lines[" + line + "]", "line " + line + " has " + record.size()
                            + " values, the header names " + columns.size() + " columns");
                    continue;
                }
                Row row = row(record, columns, line, today, errors);
                if (row == null) {
                    continue;
                }
                if (!seen.add(row.date() + "/" + row.symbol())) {
                    errors.add("lines[" + line + "].date", "line " + line + ", column date: " + row.date() + " "
                            + row.symbol() + " is already on an earlier line");
                }
                symbols.add(row.symbol());
                rows.add(row);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            errors.add("file", "the file is not a readable CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            errors.add("file", "the file has no rows under its header");
        }
        errors.throwIfAny();
        return book.work(connection -> {
            Map<String, PriceBook.AssetRow> assets = PriceBook.assets(connection, symbols);
            for (Row row : rows) {
                if (!assets.containsKey(row.symbol())) {
                    errors.add("lines[" + row.line() + "].symbol", "line " + row.line() + ", column symbol: no asset \""
                            + row.symbol() + "\"");
                }
            }
            errors.throwIfAny();
            return write(connection, rows, assets);
        });
    }

    private Imported write(java.sql.Connection connection, List<Row> rows, Map<String, PriceBook.AssetRow> assets)
            throws java.sql.SQLException {
        LocalDate first = rows.stream().map(Row::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = rows.stream().map(Row::date).max(LocalDate::compareTo).orElseThrow();
        Set<String> existing = new HashSet<>();
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT asset_id, price_date FROM price_point WHERE price_date BETWEEN ? AND ?")) {
            query.setObject(1, first);
            query.setObject(2, last);
            try (ResultSet r = query.executeQuery()) {
                while (r.next()) {
                    existing.add(r.getLong(1) + "/" + r.getObject(2, LocalDate.class));
                }
            }
        }
        Instant now = book.now();
        int created = 0;
        int updated = 0;
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO price_point (asset_id, price_date, close, volume_24h, market_cap, source, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE close = VALUES(close), volume_24h = VALUES(volume_24h),
                    market_cap = VALUES(market_cap), source = VALUES(source), recorded_at = VALUES(recorded_at)""")) {
            int pending = 0;
            for (Row row : rows) {
                long assetId = assets.get(row.symbol()).id();
                if (existing.contains(assetId + "/" + row.date())) {
                    updated++;
                } else {
                    created++;
                }
                upsert.setLong(1, assetId);
                upsert.setObject(2, row.date());
                upsert.setBigDecimal(3, row.close());
                PriceBook.setDecimal(upsert, 4, row.volume());
                PriceBook.setDecimal(upsert, 5, row.marketCap());
                upsert.setString(6, SOURCE);
                // A close is the price at the end of its day: stamped then, or now for today's.
                upsert.setObject(7, PriceBook.utc(PriceBook.closeTime(row.date(), now)));
                upsert.addBatch();
                if (++pending == BATCH) {
                    upsert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                upsert.executeBatch();
            }
        }
        return new Imported(created, updated);
    }

    private static Row row(CSVRecord record, Map<String, String> columns, long line, LocalDate today,
                           InvalidInputException.Collector allErrors) {
        Map<String, String> values = new HashMap<>();
        columns.forEach((header, column) -> values.put(column, record.get(header)));
        InvalidInputException.Collector errors = new InvalidInputException.Collector(); // this line's
        String prefix = "lines[" + line + "].";
        LocalDate date = null;
        String dateText = values.getOrDefault("date", "");
        if (dateText.isBlank()) {
            errors.add(prefix + "date", "line " + line + ", column date: date is required");
        } else {
            try {
                date = LocalDate.parse(dateText.strip());
                if (date.isAfter(today)) {
                    errors.add(prefix + "date", "line " + line + ", column date: date must not be after today ("
                            + today + "), was " + date);
                }
            } catch (DateTimeParseException e) {
                errors.add(prefix + "date", "line " + line + ", column date: date must be a day as 2024-03-31, was \""
                        + dateText + "\"");
            }
        }
        String symbol = values.getOrDefault("symbol", "").strip().toUpperCase(Locale.ROOT);
        if (symbol.isEmpty()) {
            errors.add(prefix + "symbol", "line " + line + ", column symbol: symbol is required");
        }
        BigDecimal close = number(values, "close", prefix, line, true, errors);
        BigDecimal volume = number(values, "volume", prefix, line, false, errors);
        BigDecimal marketCap = number(values, "marketCap", prefix, line, false, errors);
        try {
            errors.throwIfAny();
            return new Row(line, date, symbol, close, volume, marketCap);
        } catch (InvalidInputException e) {
            e.errors().forEach(error -> allErrors.add(error.field(), error.message()));
            return null;
        }
    }

    /** A figure of the line: the close must be above 0, volume and market cap at least 0; all fit DECIMAL(38,18). */
    private static BigDecimal number(Map<String, String> values, String column, String prefix, long line,
                                     boolean isClose, InvalidInputException.Collector errors) {
        String text = values.get(column);
        String where = "line " + line + ", column " + column + ": ";
        if (text == null || text.isBlank()) {
            if (isClose) {
                errors.add(prefix + column, where + column + " is required");
            }
            return null;
        }
        String value = text.strip();
        if (Figures.tooLong(value)) {
            errors.add(prefix + column, where + column + " " + Figures.tooLongMessage(value));
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(prefix + column, where + column + " must be a number with a point for decimals, was \""
                    + text + "\"");
            return null;
        }
        if (FeedFigures.tooLarge(number)) {
            errors.add(prefix + column, where + column + " can have at most " + Scales.AMOUNT_INTEGER_DIGITS
                    + " digits before the decimal point, was " + Scales.plain(number));
        } else if (number.stripTrailingZeros().scale() > Scales.AMOUNT_SCALE) {
            errors.add(prefix + column, where + column + " can have at most " + Scales.AMOUNT_SCALE
                    + " decimal places, was " + Scales.plain(number));
        } else if (isClose ? number.signum() <= 0 : number.signum() < 0) {
            errors.add(prefix + column, where + column + " must be " + (isClose ? "above 0" : "at least 0")
                    + ", was " + Scales.plain(number));
        } else {
            return Scales.compact(number);
        }
        return null;
    }

}
