package app.ballast.web.pages;

import app.ballast.web.ledger.InvalidInputException;

import java.math.BigDecimal;

/** Reads the numbers of the policy forms, naming the field of anything that is not one. */
final class FormNumbers {

    private FormNumbers() {
    }

    /** A decimal with a point (0.5); blank is null. A comma is refused: "0,5" must not become 5. */
    static BigDecimal number(String field, String text, InvalidInputException.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.contains(",")) {
            errors.add(field, field + " must be a number with a point for decimals (0.5), was \"" + text + "\"");
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(field, field + " must be a number, was \"" + text + "\"");
            return null;
        }
    }

    static Integer whole(String field, String text, InvalidInputException.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.add(field, field + " must be a whole number, was \"" + text + "\"");
            return null;
        }
    }

    static String text(BigDecimal value) {
        return Formats.plain(value);
    }
}
