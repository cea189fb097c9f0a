package app.ballast.domain;

import java.util.regex.Pattern;

/** The checks shared by the value types, so each field is refused with the same words. */
final class Fields {

    private static final Pattern SYMBOL = Pattern.compile("^[A-Z0-9]{1,15}$");

    private Fields() {
    }

    static String symbol(String field, String symbol) {
        text(field, symbol);
        if (!SYMBOL.matcher(symbol).matches()) {
            throw new LedgerException(field, field
                    + " must be 1 to 15 upper-case letters or digits, was \"" + symbol + "\"");
        }
        return symbol;
    }

    static String text(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new LedgerException(field, field + " is required");
        }
        return value;
    }
}
