package app.ballast.web.market;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Optional;

/**
 * The feeds as the settings describe them, built once: each keeps its HTTP client, whose rate limit and
 * Retry-After memory must outlive a single refresh.
 */
@ApplicationScoped
public class MarketFeeds {

    @Inject
    MarketSettings settings;

    private volatile PriceProvider prices;
    private volatile FearGreedFeed fearGreed;

    public boolean enabled() {
        return settings.enabled();
    }

    public PriceProvider prices() {
        if (prices == null) {
            synchronized (this) {
                if (prices == null) {
                    MarketSettings.CoinGecko cg = settings.coingecko();
                    prices = new CoinGeckoProvider(cg.baseUrl(), cg.apiKey(), cg.apiKeyHeader(),
                            new FeedClient(CoinGeckoProvider.NAME, FeedClient.Options.of(settings.http(),
                                    cg.requestsPerMinute())));
                }
            }
        }
        return prices;
    }

    /** The Fear &amp; Greed feed, unless switched off. */
    public Optional<FearGreedFeed> fearGreed() {
        if (!settings.fearGreed().enabled()) {
            return Optional.empty();
        }
        if (fearGreed == null) {
            synchronized (this) {
                if (fearGreed == null) {
                    MarketSettings.FearGreed fg = settings.fearGreed();
                    fearGreed = new FearGreedFeed(fg.baseUrl(), new FeedClient(FearGreedFeed.NAME,
                            FeedClient.Options.of(settings.http(), fg.requestsPerMinute())));
                }
            }
        }
        return Optional.of(fearGreed);
    }
}
