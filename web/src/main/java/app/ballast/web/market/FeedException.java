package app.ballast.web.market;

/** A feed gave nothing usable: unreachable, errors after the retries, rate limited, or an unreadable answer. */
public class FeedException extends Exception {

    private static final long serialVersionUID = 1L;

    public FeedException(String message) {
        super(message);
    }

    public FeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
