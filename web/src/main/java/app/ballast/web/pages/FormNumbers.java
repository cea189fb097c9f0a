package app.ballast.web.pages;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.Scales;
import app.ballast.web.ledger.InvalidInputException;

import java.math.BigDecimal;

/** Reads the numbers of the policy forms, naming the field of anything that is not one. */
final class FormNumbers {

    /** Far more than any amount needs (20 digits, a point, 18 decimals); parsing a longer one only costs time. */
    static final int MAX_LENGTH = 100;

    private FormNumbers() {
    }

    /**
     * A decimal with a point (0.5); blank is null. A comma is refused: "0,5" must not become 5. A number
     * no amount column holds (more than 20 digits before the point or 18 after) is refused too.
     */
    static BigDecimal number(String field, String text, InvalidInputException.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (value.contains(",")) {
            errors.add(field, field + " must be a number with a point for decimals (0.5), was \"" + text + "\"");
            return null;
        }
        if (value.length() > MAX_LENGTH) {
            errors.add(field, field + " must be a number of at most " + MAX_LENGTH + " characters, was "
                    + value.length() + " characters long");
            return null;
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(field, field + " must be a number, was \"" + text + "\"");
            return null;
        }
        // Refused here, before anything rounds it: 1e999999999 is short to type but huge to work out.
        try {
            return Scales.requireFits(field, number);
        } catch (InvalidValueException e) {
            errors.add(field, e.getMessage());
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
