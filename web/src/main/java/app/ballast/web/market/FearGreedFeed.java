package app.ballast.web.market;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.Map;

/** The alternative.me Crypto Fear &amp; Greed index ({@code GET /fng/?limit=1}): today's value, 0 to 100. */
public class FearGreedFeed {

    public static final String NAME = "alternative.me";

    /** The index of one day, as published. */
    public record Reading(int value, String classification, Instant time, String source) {
    }

    private final String baseUrl;
    private final FeedClient client;

    public FearGreedFeed(String baseUrl, FeedClient client) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.client = client;
    }

    public String name() {
        return NAME;
    }

    public Reading fetch() throws FeedException {
        URI uri;
        try {
            uri = URI.create(baseUrl + "/fng/?limit=1");
        } catch (IllegalArgumentException e) {
            throw new FeedException(NAME + ": the base URL \"" + baseUrl + "\" is not a URL", e);
        }
        JsonNode root = client.getJson(uri, Map.of());
        JsonNode error = root.path("metadata").path("error");
        if (error.isTextual() && !error.asText().isBlank()) {
            throw new FeedException(NAME + ": answered the error \"" + error.asText() + "\"");
        }
        JsonNode data = root.path("data");
        if (!data.isArray() || data.isEmpty()) {
            throw new FeedException(NAME + ": the answer has no data");
        }
        JsonNode today = data.get(0);
        BigDecimal value = FeedFigures.decimal(today.get("value"));
        BigDecimal timestamp = FeedFigures.decimal(today.get("timestamp"));
        if (value == null || value.stripTrailingZeros().scale() > 0 || value.signum() < 0
                || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new FeedException(NAME + ": the index must be a whole number from 0 to 100, was "
                    + today.get("value"));
        }
        Instant time = FeedFigures.epochSeconds(timestamp);
        if (time == null) {
            throw new FeedException(NAME + ": the index has no readable timestamp, was " + today.get("timestamp"));
        }
        JsonNode classification = today.get("value_classification");
        return new Reading(value.intValueExact(), classification == null || !classification.isTextual() ? null
                : classification.asText(), time, NAME);
    }
}
