package app.ballast.web.ledger;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.InvalidValuesException;

import java.util.List;

/** Input refused before anything was written; the API answers 400, a form shows it again. */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public static InvalidInputException of(InvalidValueException e) {
        if (e instanceof InvalidValuesException several) {
            return new InvalidInputException(several.problems().stream()
                    .map(p -> new FieldError(p.field(), p.message())).toList());
        }
        return new InvalidInputException(e.field(), e.getMessage());
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Collects every problem of a form or body, so that all are reported at once. */
    public static final class Collector {
        private final java.util.ArrayList<FieldError> errors = new java.util.ArrayList<>();

        public void add(String field, String message) {
            errors.add(new FieldError(field, message));
        }

        /** Runs a check that may throw an InvalidValueException and records it instead. */
        public <T> T check(java.util.function.Supplier<T> check) {
            try {
                return check.get();
            } catch (InvalidValueException e) {
                errors.addAll(of(e).errors());
                return null;
            }
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
