package app.ballast.web.market;

/**
 * How one provider fared in a refresh.
 *
 * @param values  how many values it delivered (prices, or 1 for the Fear &amp; Greed index)
 * @param message what went wrong (null when all went well): the failure, or the assets it had no price for
 */
public record ProviderOutcome(String provider, Outcome outcome, int values, String message) {

    public enum Outcome {
        /** Everything asked for came back. */
        OK,
        /** Some assets came back, others had no price (a coin the provider does not know, say). */
        PARTIAL,
        /** Nothing usable came back (network down, errors after the retries, an unreadable answer). */
        FAILED,
        /** Not asked: nothing to fetch, or the provider is switched off. */
        SKIPPED
    }

    public String summary() {
        return provider + " " + outcome + (message == null ? "" : " (" + message + ")");
    }
}
