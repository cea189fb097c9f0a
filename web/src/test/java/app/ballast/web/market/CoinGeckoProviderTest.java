package app.ballast.web.market;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CoinGecko's answers as recorded, served by a local stub: what Ballast reads from them. */
class CoinGeckoProviderTest extends StubServerTest {

    static final List<FeedAsset> BTC_ETH = List.of(new FeedAsset("BTC", "bitcoin"), new FeedAsset("ETH", "ethereum"));

    private CoinGeckoProvider provider(Optional<String> key) {
        return new CoinGeckoProvider(base() + "/api/v3/", key, "x-cg-demo-api-key",
                new FeedClient(CoinGeckoProvider.NAME, FeedClientTest.fast(3, Duration.ofSeconds(5))));
    }

    @Test
    void pricesVolumesCapsTimesAndSuppliesAreReadExactly() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/simple/price")).withQueryParam("ids", equalTo("bitcoin,ethereum"))
                .withQueryParam("vs_currencies", equalTo("usd")).withQueryParam("include_last_updated_at", equalTo("true"))
                .willReturn(okJson(Recorded.BITCOIN_AND_ETHEREUM)));
        server.stubFor(get(urlPathEqualTo("/api/v3/coins/markets")).willReturn(okJson(Recorded.MARKETS)));

        PriceProvider.Answer answer = provider(Optional.empty()).fetch(BTC_ETH);

        assertEquals(2, answer.quotes().size());
        MarketQuote btc = answer.quotes().get(0);
        assertEquals("BTC", btc.symbol());
        assertEquals(new BigDecimal("67187.33826"), btc.price());
        assertEquals(new BigDecimal("31260929299.52484"), btc.volume24h());
        assertEquals(new BigDecimal("1317802988326.2493"), btc.marketCap());
        assertEquals(0, new BigDecimal("19675987").compareTo(btc.circulatingSupply()));
        assertEquals(0, new BigDecimal("21000000").compareTo(btc.totalSupply()));
        assertEquals(Instant.ofEpochSecond(1711356300), btc.time());
        assertEquals("coingecko", btc.source());
        assertNull(answer.quotes().get(1).totalSupply(), "ETH has no total supply");
        assertTrue(answer.missing().isEmpty());
    }

    @Test
    void theApiKeyGoesInItsHeader() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/simple/price")).willReturn(okJson(Recorded.BITCOIN_AND_ETHEREUM)));
        server.stubFor(get(urlPathEqualTo("/api/v3/coins/markets")).willReturn(okJson(Recorded.MARKETS)));

        provider(Optional.of("CG-secret")).fetch(BTC_ETH);

        server.verify(getRequestedFor(urlPathEqualTo("/api/v3/simple/price"))
                .withHeader("x-cg-demo-api-key", equalTo("CG-secret")));
    }

    @Test
    void aCoinCoinGeckoDoesNotKnowIsMissingWhileTheOthersCount() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/simple/price"))
                .willReturn(okJson(Recorded.simplePrice("bitcoin", "67000.5", 1711356300))));
        server.stubFor(get(urlPathEqualTo("/api/v3/coins/markets")).willReturn(okJson("[]")));

        PriceProvider.Answer answer = provider(Optional.empty()).fetch(BTC_ETH);

        assertEquals(List.of("BTC"), answer.quotes().stream().map(MarketQuote::symbol).toList());
        assertTrue(answer.missing().get("ETH").contains("no coin \"ethereum\""), answer.missing().toString());
    }

    @Test
    void aPriceOfZeroIsPassedOnForTheSanityRulesToRefuse() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/simple/price"))
                .willReturn(okJson(Recorded.simplePrice("bitcoin", "0", 1711356300))));
        server.stubFor(get(urlPathEqualTo("/api/v3/coins/markets")).willReturn(okJson("[]")));

        PriceProvider.Answer answer = provider(Optional.empty()).fetch(List.of(new FeedAsset("BTC", "bitcoin")));

        assertEquals(0, answer.quotes().get(0).price().signum());
    }

    @Test
    void suppliesThatFailCostNoPrices() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/simple/price")).willReturn(okJson(Recorded.BITCOIN_AND_ETHEREUM)));
        server.stubFor(get(urlPathEqualTo("/api/v3/coins/markets")).willReturn(aResponse().withStatus(500)));

        PriceProvider.Answer answer = provider(Optional.empty()).fetch(BTC_ETH);

        assertEquals(2, answer.quotes().size());
        assertNull(answer.quotes().get(0).circulatingSupply());
        assertTrue(answer.notes().get(0).contains("supplies unavailable"), answer.notes().toString());
    }

    @Test
    void anAnswerThatIsNotAnObjectByCoinFailsTheWholeRequest() {
        server.stubFor(get(urlPathEqualTo("/api/v3/simple/price")).willReturn(okJson("[1, 2]")));

        assertThrows(FeedException.class, () -> provider(Optional.empty()).fetch(BTC_ETH));
    }

    @Test
    void malformedJsonFailsTheWholeRequest() {
        server.stubFor(get(urlPathEqualTo("/api/v3/simple/price")).willReturn(okJson(Recorded.MALFORMED)));

        FeedException e = assertThrows(FeedException.class, () -> provider(Optional.empty()).fetch(BTC_ETH));
        assertTrue(e.getMessage().contains("coingecko"), e.getMessage());
    }

    @Test
    void aPriceThatIsNotANumberIsMissing() throws Exception {
        server.stubFor(get(urlPathEqualTo("/api/v3/simple/price"))
                .willReturn(okJson("{\"bitcoin\": {\"usd\": \"n/a\", \"last_updated_at\": 1711356300}}")));
        server.stubFor(get(urlPathEqualTo("/api/v3/coins/markets")).willReturn(okJson("[]")));

        PriceProvider.Answer answer = provider(Optional.empty()).fetch(List.of(new FeedAsset("BTC", "bitcoin")));

        assertTrue(answer.quotes().isEmpty());
        assertTrue(answer.missing().get("BTC").contains("no USD price"), answer.missing().toString());
    }
}
