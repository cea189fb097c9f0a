package app.ballast.web.market;

/** Answers in the shapes the real feeds send (CoinGecko API v3, alternative.me /fng/), for the stub server. */
final class Recorded {

    private Recorded() {
    }

    /** /simple/price?ids=…&vs_currencies=usd&include_market_cap=true&include_24hr_vol=true&include_last_updated_at=true */
    static String simplePrice(String id, String usd, long lastUpdatedAt) {
        return """
                {"%s":{"usd":%s,"usd_market_cap":1324567890123.4567,"usd_24h_vol":28765432109.87654,"last_updated_at":%d}}"""
                .formatted(id, usd, lastUpdatedAt);
    }

    static final String BITCOIN_AND_ETHEREUM = """
            {
              "bitcoin": {"usd": 67187.33826, "usd_market_cap": 1317802988326.2493, "usd_24h_vol": 31260929299.52484,
                          "last_updated_at": 1711356300},
              "ethereum": {"usd": 3367.9, "usd_market_cap": 404452478112.8, "usd_24h_vol": 12345678901.2,
                           "last_updated_at": 1711356298}
            }""";

    /** /coins/markets?vs_currency=usd&ids=bitcoin,ethereum (fields cut to those Ballast reads, and a few more). */
    static final String MARKETS = """
            [
              {"id": "bitcoin", "symbol": "btc", "name": "Bitcoin", "current_price": 67187.33826,
               "market_cap": 1317802988326, "total_volume": 31260929299, "circulating_supply": 19675987.0,
               "total_supply": 21000000.0, "max_supply": 21000000.0, "last_updated": "2024-03-25T08:45:00.601Z"},
              {"id": "ethereum", "symbol": "eth", "name": "Ethereum", "current_price": 3367.9,
               "market_cap": 404452478112, "total_volume": 12345678901, "circulating_supply": 120085556.3,
               "total_supply": null, "max_supply": null, "last_updated": "2024-03-25T08:44:58.123Z"}
            ]""";

    /** /fng/?limit=1 */
    static String fearGreed(int value, String classification, long timestamp) {
        return """
                {"name": "Fear and Greed Index",
                 "data": [{"value": "%d", "value_classification": "%s", "timestamp": "%d", "time_until_update": "43200"}],
                 "metadata": {"error": null}}""".formatted(value, classification, timestamp);
    }

    static final String MALFORMED = "{\"bitcoin\": {\"usd\": 6718";
}
