package app.ballast.domain;

/**
 * A value refused where it enters, reported against the field the investor has to correct
 * (for example {@code scores.risk.market} or {@code policy.coreMin}). The message is shown as it is.
 * The web layer answers it with HTTP 400 and shows it beside the field.
 */
public class InvalidValueException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidValueException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
