package app.ballast.domain;

/**
 * Invalid ledger input, reported against the field the investor has to correct.
 * The message is shown to the investor as it is.
 */
public class LedgerException extends InvalidValueException {

    private static final long serialVersionUID = 1L;

    public LedgerException(String field, String message) {
        super(field, message);
    }
}
