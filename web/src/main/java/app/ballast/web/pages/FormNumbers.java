package app.ballast.web.pages;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.Scales;
import app.ballast.web.i18n.PageMessages;
import app.ballast.web.ledger.InvalidInputException;

import java.math.BigDecimal;

/** Reads the numbers of the policy forms, naming the field of anything that is not one. */
final class FormNumbers {

    private FormNumbers() {
    }

    /**
     * A decimal with a point (0.5); blank is null. A comma is refused: "0,5" must not become 5. Reading (with
     * its length limit) is {@link FormFields#decimal}'s; a number no amount column holds (more than 20 digits
     * before the point or 18 after) is refused too, before anything rounds it.
     */
    static BigDecimal number(String field, String text, InvalidInputException.Collector errors) {
        if (text != null && text.contains(",")) {
            errors.add(field, PageMessages.current().form_not_a_number(field, text));
            return null;
        }
        BigDecimal number = FormFields.decimal(field, text, errors);
        if (number == null) {
            return null;
        }
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
            errors.add(field, PageMessages.current().form_not_whole(field, text));
            return null;
        }
    }

    static String text(BigDecimal value) {
        return Formats.plain(value);
    }
}
