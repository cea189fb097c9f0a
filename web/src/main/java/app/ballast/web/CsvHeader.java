package app.ballast.web;

import app.ballast.web.ledger.InvalidInputException;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The header line of an imported CSV file, matched to the import's columns (shared by every CSV import). */
public final class CsvHeader {

    private CsvHeader() {
    }

    /**
     * Header name → column, matched without regard to case, spaces or underscores ("market_cap" is marketCap);
     * {@code aliases} maps more accepted spellings to columns. Unknown, repeated and missing required columns
     * are reported on line 1.
     */
    public static Map<String, String> columns(List<String> header, List<String> known, Map<String, String> aliases,
                                              List<String> required, InvalidInputException.Collector errors) {
        Map<String, String> byNormal = new HashMap<>();
        known.forEach(c -> byNormal.put(normal(c), c));
        byNormal.putAll(aliases);
        Map<String, String> columns = new LinkedHashMap<>();
        for (String name : header) {
            String column = byNormal.get(normal(name));
            if (column == null) {
                errors.add("lines[1]." + name, "line 1: unknown column \"" + name + "\"; the columns are "
                        + String.join(", ", known));
            } else if (columns.containsValue(column)) {
                errors.add("lines[1]." + name, "line 1: column " + column + " appears twice");
            } else {
                columns.put(name, column);
            }
        }
        for (String column : required) {
            if (!columns.containsValue(column)) {
                errors.add("lines[1]." + column, "line 1: the header needs a " + column + " column; the columns are "
                        + String.join(", ", known));
            }
        }
        return columns;
    }

    private static String normal(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
