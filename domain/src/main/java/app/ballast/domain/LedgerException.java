package app.ballast.domain;

/**
 * Invalid ledger input, reported against the field the investor has to correct.
 * The message is shown to the investor as it is.
 */
public class LedgerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public LedgerException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
