package app.ballast.web.pages;

import app.ballast.web.ledger.FieldError;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.i18n.Texts;

import java.util.LinkedHashMap;
import java.util.Map;

/** Errors of a refused form, by field, in the request's language, for showing each next to its input. */
final class FormErrors {

    private FormErrors() {
    }

    static Map<String, String> byField(InvalidInputException e) {
        Map<String, String> errors = new LinkedHashMap<>();
        for (FieldError error : e.errors()) {
            errors.merge(error.field(), Texts.current(error.message()), (a, b) -> a + " " + b);
        }
        return errors;
    }
}
