package app.ballast.web.policy;

/** Where a stored suggestion stands: waiting for the investor, recorded as transactions, or set aside. */
public enum SuggestionStatus {
    OPEN,
    ACCEPTED,
    DISMISSED
}
