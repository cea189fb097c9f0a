package app.ballast.web.market;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * A local stub HTTP server standing in for CoinGecko and alternative.me in every {@code @QuarkusTest} (there is
 * no network here, and no test may ask the real feeds): the base URLs point at it, and the feeds are asked
 * quickly (short timeouts and backoff, no rate limit to speak of). Tests register their answers through
 * WireMock's admin API on {@code market-test.stub-port}, each for its own coin ids.
 */
public class FeedStubResource implements QuarkusTestResourceLifecycleManager {

    private WireMockServer server;

    @Override
    public Map<String, String> start() {
        server = new WireMockServer(WireMockConfiguration.options().dynamicPort().bindAddress("127.0.0.1"));
        server.start();
        String base = "http://127.0.0.1:" + server.port();
        return Map.ofEntries(
                Map.entry("market-test.stub-port", String.valueOf(server.port())),
                Map.entry("ballast.market.coingecko.base-url", base + "/api/v3"),
                Map.entry("ballast.market.fear-greed.base-url", base),
                Map.entry("ballast.market.coingecko.requests-per-minute", "60000"),
                Map.entry("ballast.market.fear-greed.requests-per-minute", "60000"),
                Map.entry("ballast.market.http.connect-timeout", "PT2S"),
                Map.entry("ballast.market.http.read-timeout", "PT2S"),
                Map.entry("ballast.market.http.max-attempts", "3"),
                Map.entry("ballast.market.http.backoff", "PT0.02S"),
                Map.entry("ballast.market.http.max-backoff", "PT0.1S"),
                Map.entry("ballast.market.http.max-retry-after", "PT5S"));
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop();
        }
    }
}
