package app.ballast.web.pages;

import app.ballast.web.i18n.PageMessages;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.scoring.Figures;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads the typed text of the scoring forms: numbers with a point for decimals, days as 2024-03-31. */
final class FormFields {

    private FormFields() {
    }

    /**
     * The number typed, or null when blank; anything else is refused on {@code field}, and so is a text too
     * long to be a figure (before it is read: reading 60,000 digits is slow).
     */
    static BigDecimal decimal(String field, String text, InvalidInputException.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        if (Figures.tooLong(value)) {
            errors.add(field, field + " " + Figures.tooLongMessage(value));
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            errors.add(field, PageMessages.current().form_not_a_number(field, text));
            return null;
        }
    }

    static Integer whole(String field, String text, InvalidInputException.Collector errors) {
        BigDecimal value = decimal(field, text, errors);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            errors.add(field, PageMessages.current().form_not_whole(field, text));
            return null;
        }
    }

    static LocalDate date(String field, String text, InvalidInputException.Collector errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.add(field, PageMessages.current().form_not_a_day(field, text));
            return null;
        }
    }

    static String text(String value) {
        return value == null ? "" : value;
    }
}
