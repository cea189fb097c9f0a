package app.ballast.web.market;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;

/**
 * One feed's HTTP connection ({@link HttpClient}): connect and read timeouts, a client-side rate limit
 * (requests spaced evenly), retries with exponential backoff on timeouts, network errors and 5xx answers, and
 * 429 handling (wait what Retry-After says, or give up and remember not to ask before then). Answers JSON
 * read with exact decimals.
 */
public class FeedClient {

    /** How to ask. */
    public record Options(Duration connectTimeout, Duration readTimeout, int maxAttempts, Duration backoff,
                          Duration maxBackoff, Duration maxRetryAfter, int requestsPerMinute) {

        public Options {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
            }
            if (requestsPerMinute < 1) {
                throw new IllegalArgumentException("requestsPerMinute must be at least 1, was " + requestsPerMinute);
            }
        }

        static Options of(MarketSettings.Http http, int requestsPerMinute) {
            return new Options(http.connectTimeout(), http.readTimeout(), http.maxAttempts(), http.backoff(),
                    http.maxBackoff(), http.maxRetryAfter(), requestsPerMinute);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private final String name;
    private final Options options;
    private final HttpClient http;
    private final Clock clock;
    private final Duration spacing;
    /** The earliest moment the next request may go out (rate limit, or a 429's Retry-After). */
    private Instant nextAllowed = Instant.EPOCH;

    public FeedClient(String name, Options options) {
        this(name, options, Clock.systemUTC());
    }

    FeedClient(String name, Options options, Clock clock) {
        this.name = name;
        this.options = options;
        this.clock = clock;
        this.spacing = Duration.ofMillis(Math.max(1, 60_000L / options.requestsPerMinute()));
        this.http = HttpClient.newBuilder().connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /** GETs the URI and reads its JSON body; tries again as the options say, then gives up with the reason. */
    public JsonNode getJson(URI uri, Map<String, String> headers) throws FeedException {
        String last = "no answer";
        for (int attempt = 1; attempt <= options.maxAttempts(); attempt++) {
            waitForTurn();
            HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(options.readTimeout())
                    .header("Accept", "application/json").GET();
            headers.forEach(request::header);
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (HttpTimeoutException e) {
                last = "timed out after " + options.readTimeout().toMillis() + " ms";
                pause(backoff(attempt), attempt);
                continue;
            } catch (IOException e) {
                last = "cannot reach " + uri.getHost() + ": " + (e.getMessage() == null ? e.getClass().getSimpleName()
                        : e.getMessage());
                pause(backoff(attempt), attempt);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FeedException(name + ": interrupted", e);
            }
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                return read(response.body());
            }
            if (status == 429) {
                Duration wait = retryAfter(response).orElse(backoff(attempt));
                synchronized (this) {
                    Instant until = clock.instant().plus(wait);
                    if (until.isAfter(nextAllowed)) {
                        nextAllowed = until;
                    }
                }
                last = "rate limited (429), asked to wait " + wait.toSeconds() + " s";
                if (wait.compareTo(options.maxRetryAfter()) > 0) {
                    throw new FeedException(name + ": " + last + "; not asked again before " + nextAllowed());
                }
                continue; // waitForTurn() waits out the Retry-After
            }
            if (status >= 500) {
                last = "answered " + status;
                pause(backoff(attempt), attempt);
                continue;
            }
            // Any other 4xx will not get better by asking again.
            throw new FeedException(name + ": answered " + status + (status == 401 || status == 403
                    ? " (the API key was refused, or the plan does not include this request)" : "") + " for "
                    + uri.getPath());
        }
        throw new FeedException(name + ": " + last + " (" + options.maxAttempts() + " tries)");
    }

    /** The earliest moment this feed will be asked again. */
    public synchronized Instant nextAllowed() {
        return nextAllowed;
    }

    /**
     * Waits until the rate limit (or a 429) lets the next request go, and books its slot. A wait longer than
     * {@code maxRetryAfter} is not waited for: the refresh gives up on this feed rather than block for minutes.
     */
    private void waitForTurn() throws FeedException {
        Duration wait;
        synchronized (this) {
            Instant now = clock.instant();
            Instant slot = nextAllowed.isAfter(now) ? nextAllowed : now;
            wait = Duration.between(now, slot);
            if (wait.compareTo(options.maxRetryAfter()) > 0) {
                throw new FeedException(name + ": rate limited, not asked before " + slot);
            }
            nextAllowed = slot.plus(spacing);
        }
        sleep(wait);
    }

    private void pause(Duration wait, int attempt) throws FeedException {
        if (attempt < options.maxAttempts()) {
            sleep(wait);
        }
    }

    /** The wait before try {@code attempt + 1}: backoff × 2^(attempt − 1), at most maxBackoff. */
    Duration backoff(int attempt) {
        Duration wait = options.backoff().multipliedBy(1L << Math.min(attempt - 1, 20));
        return wait.compareTo(options.maxBackoff()) > 0 ? options.maxBackoff() : wait;
    }

    /** Retry-After as seconds or as an HTTP date; absent or unreadable: empty. */
    private Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> header = response.headers().firstValue("Retry-After").map(String::strip);
        if (header.isEmpty() || header.get().isEmpty()) {
            return Optional.empty();
        }
        String value = header.get();
        try {
            long seconds = Long.parseLong(value);
            return Optional.of(Duration.ofSeconds(Math.max(0, Math.min(seconds, 86_400L))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration wait = Duration.between(clock.instant(), at);
                return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    private JsonNode read(String body) throws FeedException {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || node.isMissingNode()) {
                throw new FeedException(name + ": the answer is empty");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw new FeedException(name + ": the answer is not readable JSON ("
                    + e.getOriginalMessage() + ")", e);
        }
    }

    private void sleep(Duration wait) throws FeedException {
        if (wait.isZero() || wait.isNegative()) {
            return;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FeedException(name + ": interrupted", e);
        }
    }
}
