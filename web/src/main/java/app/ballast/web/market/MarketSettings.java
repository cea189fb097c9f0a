package app.ballast.web.market;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The market data settings (prefix {@code ballast.market}); defaults and meaning in docs/market-data.md. */
@ConfigMapping(prefix = "ballast.market")
public interface MarketSettings {

    /** Whether the refresh asks the feeds at all (off: prices come only from CSV and manual entry). */
    @WithDefault("true")
    boolean enabled();

    /** How often the jobs run {@link PriceRefresh#run()}. */
    @WithDefault("5m")
    Duration refreshInterval();

    CoinGecko coingecko();

    FearGreed fearGreed();

    Http http();

    interface CoinGecko {
        @WithDefault("https://api.coingecko.com/api/v3")
        String baseUrl();

        /** A demo or pro API key; none for the public API. */
        Optional<String> apiKey();

        /** The header the key goes in: x-cg-demo-api-key for a demo key, x-cg-pro-api-key for a pro key. */
        @WithDefault("x-cg-demo-api-key")
        String apiKeyHeader();

        /** At most this many requests a minute, spaced evenly (the public API allows about 30). */
        @WithDefault("30")
        int requestsPerMinute();
    }

    interface FearGreed {
        @WithDefault("true")
        boolean enabled();

        @WithDefault("https://api.alternative.me")
        String baseUrl();

        @WithDefault("10")
        int requestsPerMinute();
    }

    /** How every feed is asked. */
    interface Http {
        /** Time to open the connection. */
        @WithDefault("PT5S")
        Duration connectTimeout();

        /** Time from the request to the answer's headers. */
        @WithDefault("PT10S")
        Duration readTimeout();

        /** Tries per request, the first included: a timeout, a network error, a 5xx or a 429 is tried again. */
        @WithDefault("3")
        int maxAttempts();

        /** The wait before the second try; it doubles before each further try. */
        @WithDefault("PT1S")
        Duration backoff();

        /** The longest wait between two tries. */
        @WithDefault("PT30S")
        Duration maxBackoff();

        /**
         * The longest a 429's Retry-After is waited for within one refresh; beyond it the refresh gives up on
         * the provider and the next refresh does not ask it before the time it named.
         */
        @WithDefault("PT60S")
        Duration maxRetryAfter();
    }
}
