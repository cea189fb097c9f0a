package app.ballast.web.market;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * CoinGecko's public REST API: {@code /simple/price} for the price, 24 h volume, market cap and the time of the
 * price, then {@code /coins/markets} for the circulating and total supply. Assets are asked by their CoinGecko
 * id ({@code asset.price_feed_id}), at most {@value #IDS_PER_REQUEST} per request. The supplies are extras: when
 * their request fails the prices still count.
 */
public class CoinGeckoProvider implements PriceProvider {

    public static final String NAME = "coingecko";
    static final int IDS_PER_REQUEST = 100;

    private final String baseUrl;
    private final Map<String, String> headers;
    private final FeedClient client;
    private final Clock clock;

    public CoinGeckoProvider(String baseUrl, Optional<String> apiKey, String apiKeyHeader, FeedClient client) {
        this(baseUrl, apiKey, apiKeyHeader, client, Clock.systemUTC());
    }

    CoinGeckoProvider(String baseUrl, Optional<String> apiKey, String apiKeyHeader, FeedClient client, Clock clock) {
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.headers = apiKey.filter(k -> !k.isBlank()).map(k -> Map.of(apiKeyHeader, k.strip())).orElse(Map.of());
        this.client = client;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Answer fetch(List<FeedAsset> assets) throws FeedException {
        List<MarketQuote> quotes = new ArrayList<>();
        Map<String, String> missing = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (int from = 0; from < assets.size(); from += IDS_PER_REQUEST) {
            List<FeedAsset> chunk = assets.subList(from, Math.min(assets.size(), from + IDS_PER_REQUEST));
            String ids = chunk.stream().map(FeedAsset::feedId).distinct().collect(Collectors.joining(","));
            JsonNode prices = client.getJson(uri("/simple/price?ids=" + encode(ids) + "&vs_currencies=usd"
                    + "&include_market_cap=true&include_24hr_vol=true&include_last_updated_at=true&precision=full"),
                    headers);
            if (!prices.isObject()) {
                throw new FeedException(NAME + ": /simple/price did not answer an object by coin id");
            }
            Map<String, Supply> supplies = new HashMap<>();
            try {
                supplies = supplies(ids);
            } catch (FeedException e) {
                notes.add("supplies unavailable: " + e.getMessage());
            }
            for (FeedAsset asset : chunk) {
                JsonNode coin = prices.get(asset.feedId());
                if (coin == null || !coin.isObject()) {
                    missing.put(asset.symbol(), "CoinGecko has no coin \"" + asset.feedId() + "\"");
                    continue;
                }
                BigDecimal price = FeedFigures.decimal(coin.get("usd"));
                if (price == null) {
                    missing.put(asset.symbol(), "CoinGecko gave no USD price for \"" + asset.feedId() + "\"");
                    continue;
                }
                JsonNode updated = coin.get("last_updated_at");
                Instant time = updated == null || updated.isNull() ? clock.instant()
                        : FeedFigures.epochSeconds(FeedFigures.decimal(updated));
                if (time == null) {
                    missing.put(asset.symbol(), "CoinGecko gave no readable time for \"" + asset.feedId() + "\" (was "
                            + updated + ")");
                    continue;
                }
                Supply supply = supplies.getOrDefault(asset.feedId(), Supply.NONE);
                quotes.add(new MarketQuote(asset.symbol(), price,
                        FeedFigures.sideFigure(FeedFigures.decimal(coin.get("usd_24h_vol"))),
                        FeedFigures.sideFigure(FeedFigures.decimal(coin.get("usd_market_cap"))),
                        supply.circulating(), supply.total(), time, NAME));
            }
        }
        return new Answer(quotes, missing, notes);
    }

    private record Supply(BigDecimal circulating, BigDecimal total) {
        static final Supply NONE = new Supply(null, null);
    }

    /** Circulating and total supply by coin id, from /coins/markets. */
    private Map<String, Supply> supplies(String ids) throws FeedException {
        JsonNode markets = client.getJson(uri("/coins/markets?vs_currency=usd&ids=" + encode(ids)
                + "&per_page=250&page=1"), headers);
        if (!markets.isArray()) {
            throw new FeedException(NAME + ": /coins/markets did not answer a list");
        }
        Map<String, Supply> supplies = new HashMap<>();
        for (JsonNode coin : markets) {
            JsonNode id = coin.get("id");
            if (id != null && id.isTextual()) {
                supplies.put(id.asText(), new Supply(
                        FeedFigures.sideFigure(FeedFigures.decimal(coin.get("circulating_supply"))),
                        FeedFigures.sideFigure(FeedFigures.decimal(coin.get("total_supply")))));
            }
        }
        return supplies;
    }

    private URI uri(String pathAndQuery) throws FeedException {
        try {
            return URI.create(baseUrl + pathAndQuery);
        } catch (IllegalArgumentException e) {
            throw new FeedException(NAME + ": the base URL \"" + baseUrl + "\" is not a URL", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
