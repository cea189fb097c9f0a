package app.ballast.web.pages;

import app.ballast.web.ledger.FieldError;
import app.ballast.web.ledger.InvalidInputException;

import java.util.LinkedHashMap;
import java.util.Map;

/** Errors of a refused form, by field, for showing each next to its input. */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> byField(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            errors.merge(error.field(), error.message(), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
