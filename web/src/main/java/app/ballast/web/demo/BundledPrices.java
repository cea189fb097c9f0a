package app.ballast.web.demo;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The daily closes that ship with Ballast ({@code data/prices.csv}: 18 assets, 2018–2025, see
 * {@code data/SOURCES.md} in the shared folder they were copied from), with the source of each day
 * taken from {@code data/prices_provenance.csv}.
 */
public final class BundledPrices {

    /** One close: USD at the end of the UTC day. Volume and market cap may be missing. */
    public record Row(String symbol, LocalDate date, BigDecimal close, BigDecimal volume, BigDecimal marketCap,
                      String source) {
    }

    private final List<Row> rows;
    private final Map<String, NavigableMap<LocalDate, BigDecimal>> closes;

    private BundledPrices(List<Row> rows) {
        this.rows = List.copyOf(rows);
        Map<String, NavigableMap<LocalDate, BigDecimal>> bySymbol = new TreeMap<>();
        for (Row row : rows) {
            bySymbol.computeIfAbsent(row.symbol(), s -> new TreeMap<>()).put(row.date(), row.close());
        }
        this.closes = bySymbol;
    }

    public static BundledPrices load() {
        List<Provenance> provenance = readProvenance();
        List<Row> rows = new ArrayList<>(45_000);
        try (Reader reader = open("data/prices.csv");
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord r : parser) {
                String symbol = r.get("symbol");
                LocalDate date = LocalDate.parse(r.get("date"));
                rows.add(new Row(symbol, date, new BigDecimal(r.get("close")), decimal(r.get("volume_usd")),
                        decimal(r.get("market_cap_usd")), sourceOf(provenance, symbol, date)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled prices", e);
        }
        return new BundledPrices(rows);
    }

    public List<Row> rows() {
        return rows;
    }

    /** Closes of one asset by date (empty when the asset has none). */
    public NavigableMap<LocalDate, BigDecimal> closes(String symbol) {
        return closes.getOrDefault(symbol, new TreeMap<>());
    }

    /** The close on the date, or the latest one before it. */
    public BigDecimal closeOnOrBefore(String symbol, LocalDate date) {
        Map.Entry<LocalDate, BigDecimal> entry = closes(symbol).floorEntry(date);
        if (entry == null) {
            throw new IllegalArgumentException("no bundled price of " + symbol + " on or before " + date);
        }
        return entry.getValue();
    }

    private record Provenance(String symbol, String source, LocalDate first, LocalDate last) {
    }

    private static List<Provenance> readProvenance() {
        List<Provenance> list = new ArrayList<>();
        try (Reader reader = open("data/prices_provenance.csv");
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord r : parser) {
                list.add(new Provenance(r.get("symbol"), r.get("source"), LocalDate.parse(r.get("first_date")),
                        LocalDate.parse(r.get("last_date"))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled price provenance", e);
        }
        return list;
    }

    private static String sourceOf(List<Provenance> provenance, String symbol, LocalDate date) {
        for (Provenance p : provenance) {
            if (p.symbol().equals(symbol) && !date.isBefore(p.first()) && !date.isAfter(p.last())) {
                return "bundled:" + p.source();
            }
        }
        return "bundled";
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text);
    }

    private static Reader open(String resource) {
        InputStream in = BundledPrices.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing bundled resource " + resource);
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
