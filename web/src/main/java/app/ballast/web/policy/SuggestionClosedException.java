package app.ballast.web.policy;

/** A suggestion that was dismissed cannot be accepted (nor an accepted one dismissed): HTTP 409. */
public class SuggestionClosedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SuggestionClosedException(String message) {
        super(message);
    }
}
