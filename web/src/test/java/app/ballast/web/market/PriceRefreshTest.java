package app.ballast.web.market;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static app.ballast.web.market.MarketTestData.close;
import static app.ballast.web.market.MarketTestData.coingeckoAnswers;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The price refresh against the feed stub, on the real database: what is stored, held, refused and fed on. */
@QuarkusTest
class PriceRefreshTest {

    @Inject
    PriceRefresh refresh;

    @Inject
    PriceBook book;

    @Inject
    RefreshStatus status;

    static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS);
    }

    static LocalDate day(Instant time) {
        return LocalDate.ofInstant(time, ZoneOffset.UTC);
    }

    static ProviderOutcome outcome(RefreshResult result, String provider) {
        return result.providers().stream().filter(p -> p.provider().equals(provider)).findFirst().orElseThrow(
                () -> new AssertionError("no outcome of " + provider + " in " + result.summary()));
    }

    @Test
    void anAcceptedPriceBecomesItsDaysCloseWithItsSourceAndTheProvidersTimeAndIsFedOn() {
        FeedAsset asset = MarketTestData.asset();
        Instant time = now().minusSeconds(60);
        coingeckoAnswers(asset, "123.45", time);

        RefreshResult result = refresh.refresh(List.of(asset));

        assertEquals(List.of(asset.symbol()), result.accepted(), result.summary());
        assertEquals(ProviderOutcome.Outcome.OK, outcome(result, "coingecko").outcome());
        MarketTestData.Close close = close(asset.symbol(), day(time)).orElseThrow();
        assertEquals(0, new BigDecimal("123.45").compareTo(close.close()));
        assertEquals("coingecko", close.source());
        assertEquals(time, close.recordedAt());
        PriceBook.LatestPrice latest = book.latest(List.of(asset.symbol())).get(0);
        assertEquals(time, latest.time());
        assertTrue(latest.ageSeconds() >= 60, "age " + latest.ageSeconds());
        assertEquals(0, new BigDecimal("1000000.5").compareTo(latest.circulatingSupply()));
        ProviderOutcome fed = outcome(result, PriceRefresh.TICK_EVALUATION);
        assertEquals(ProviderOutcome.Outcome.OK, fed.outcome(), fed.message());
        assertTrue(fed.message().startsWith("fed 1 price to"), fed.message());
    }

    @Test
    void aJumpIsHeldUntilTheNextRefreshConfirmsIt() {
        FeedAsset asset = MarketTestData.asset();
        Instant t = now();
        coingeckoAnswers(asset, "100", t.minusSeconds(180));
        refresh.refresh(List.of(asset));

        coingeckoAnswers(asset, "200", t.minusSeconds(120));
        RefreshResult jump = refresh.refresh(List.of(asset));

        assertEquals(List.of(asset.symbol()), jump.held(), jump.summary());
        assertTrue(jump.accepted().isEmpty());
        assertFalse(jump.providers().stream().anyMatch(p -> p.provider().equals(PriceRefresh.TICK_EVALUATION)),
                "a held jump is fed to no stop: " + jump.summary());
        assertEquals(0, new BigDecimal("100").compareTo(latestPrice(asset)));
        PriceBook.HeldJump held = held(asset).orElseThrow();
        assertEquals(0, new BigDecimal("200").compareTo(held.price()));
        assertEquals(0, BigDecimal.ONE.compareTo(held.move()));

        coingeckoAnswers(asset, "205", t.minusSeconds(60));
        RefreshResult confirmed = refresh.refresh(List.of(asset));

        assertEquals(List.of(asset.symbol()), confirmed.accepted(), confirmed.summary());
        assertEquals(0, new BigDecimal("205").compareTo(latestPrice(asset)));
        assertTrue(held(asset).isEmpty());
    }

    @Test
    void aHeldJumpThatIsNotConfirmedIsNeverUsed() {
        FeedAsset asset = MarketTestData.asset();
        Instant t = now();
        coingeckoAnswers(asset, "100", t.minusSeconds(240));
        refresh.refresh(List.of(asset));
        coingeckoAnswers(asset, "200", t.minusSeconds(180));
        refresh.refresh(List.of(asset));

        coingeckoAnswers(asset, "30", t.minusSeconds(120)); // the other way: not a confirmation
        RefreshResult otherWay = refresh.refresh(List.of(asset));
        assertEquals(List.of(asset.symbol()), otherWay.held(), otherWay.summary());
        assertEquals(0, new BigDecimal("30").compareTo(held(asset).orElseThrow().price()));

        coingeckoAnswers(asset, "101", t.minusSeconds(60)); // back to normal: the jumps were noise
        RefreshResult back = refresh.refresh(List.of(asset));

        assertEquals(List.of(asset.symbol()), back.accepted(), back.summary());
        assertEquals(0, new BigDecimal("101").compareTo(latestPrice(asset)));
        assertTrue(held(asset).isEmpty());
    }

    @Test
    void aPriceOfZeroIsRefusedAndNothingIsStored() {
        FeedAsset asset = MarketTestData.asset();
        Instant time = now().minusSeconds(30);
        coingeckoAnswers(asset, "0", time);

        RefreshResult result = refresh.refresh(List.of(asset));

        assertEquals(1, result.refused().size(), result.summary());
        assertTrue(result.refused().get(0).startsWith(asset.symbol() + ": the price must be above 0"),
                result.refused().toString());
        assertTrue(close(asset.symbol(), day(time)).isEmpty());
    }

    @Test
    void aStalePriceIsStoredButFedToNoStop() {
        FeedAsset asset = MarketTestData.asset();
        Instant old = now().minus(Duration.ofDays(3));
        coingeckoAnswers(asset, "10", old);

        RefreshResult result = refresh.refresh(List.of(asset));

        assertEquals(List.of(asset.symbol()), result.accepted(), result.summary());
        assertFalse(result.providers().stream().anyMatch(p -> p.provider().equals(PriceRefresh.TICK_EVALUATION)),
                "a stale price is fed to no stop: " + result.summary());
        PriceBook.LatestPrice latest = book.latest(List.of(asset.symbol())).get(0);
        assertTrue(latest.stale(), "older than ballast.policy.price-max-age");
        assertTrue(latest.ageSeconds() >= Duration.ofDays(3).toSeconds());
    }

    @Test
    void aFailingProviderKeepsTheLastPricesAndIsRecordedWhileTheOtherFeedStillCounts() {
        FeedAsset asset = MarketTestData.asset();
        Instant time = now().minusSeconds(120);
        coingeckoAnswers(asset, "50", time);
        refresh.refresh(List.of(asset));
        coingeckoAnswers(asset, aResponse().withStatus(500));
        MarketTestData.stub().register(get(urlPathEqualTo("/fng/")).willReturn(okJson(Recorded.fearGreed(33, "Fear",
                LocalDate.now(ZoneOffset.UTC).atStartOfDay().toEpochSecond(ZoneOffset.UTC)))));

        RefreshResult result = refresh.refresh(List.of(asset));

        assertTrue(result.failed(), result.summary());
        ProviderOutcome failed = outcome(result, "coingecko");
        assertEquals(ProviderOutcome.Outcome.FAILED, failed.outcome());
        assertTrue(failed.message().contains("500"), failed.message());
        assertEquals(ProviderOutcome.Outcome.OK, outcome(result, "alternative.me").outcome(), result.summary());
        assertEquals(0, new BigDecimal("50").compareTo(close(asset.symbol(), day(time)).orElseThrow().close()));
        RefreshStatus.ProviderStatus recorded = status.list().stream().filter(s -> s.provider().equals("coingecko"))
                .findFirst().orElseThrow();
        assertEquals(ProviderOutcome.Outcome.FAILED, recorded.outcome());
        assertTrue(recorded.succeededAt() != null, "the last success is kept");
    }

    @Test
    void malformedJsonFailsTheProviderWithoutLosingPrices() {
        FeedAsset asset = MarketTestData.asset();
        Instant time = now().minusSeconds(120);
        coingeckoAnswers(asset, "70", time);
        refresh.refresh(List.of(asset));
        coingeckoAnswers(asset, okJson(Recorded.MALFORMED));

        RefreshResult result = refresh.refresh(List.of(asset));

        assertEquals(ProviderOutcome.Outcome.FAILED, outcome(result, "coingecko").outcome());
        assertEquals(0, new BigDecimal("70").compareTo(latestPrice(asset)));
    }

    @Test
    void aMissingCoinCostsTheOtherAssetsNothing() {
        FeedAsset known = MarketTestData.asset();
        FeedAsset unknown = MarketTestData.asset();
        Instant time = now().minusSeconds(30);
        String ids = known.feedId() + "," + unknown.feedId();
        WireMock stub = MarketTestData.stub();
        stub.register(get(urlPathEqualTo("/api/v3/simple/price")).withQueryParam("ids", equalTo(ids))
                .willReturn(okJson(Recorded.simplePrice(known.feedId(), "7.5", time.getEpochSecond()))));
        stub.register(get(urlPathEqualTo("/api/v3/coins/markets")).withQueryParam("ids", equalTo(ids))
                .willReturn(okJson("[]")));

        RefreshResult result = refresh.refresh(List.of(known, unknown));

        assertEquals(List.of(known.symbol()), result.accepted(), result.summary());
        ProviderOutcome partial = outcome(result, "coingecko");
        assertEquals(ProviderOutcome.Outcome.PARTIAL, partial.outcome());
        assertTrue(partial.message().contains(unknown.symbol()), partial.message());
    }

    @Test
    void theFearAndGreedIndexIsEveryUsersMarketInputUnlessTheyEnteredTheirOwn() {
        String user = TestUsers.signUp("fng");
        String ownIndex = TestUsers.signUp("fng-own");
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        TestUsers.as(ownIndex).body(Map.of("date", today, "fearGreed", 80)).post("/api/market-inputs")
                .then().statusCode(201);
        MarketTestData.stub().register(get(urlPathEqualTo("/fng/")).willReturn(okJson(Recorded.fearGreed(12,
                "Extreme Fear", LocalDate.now(ZoneOffset.UTC).atStartOfDay().toEpochSecond(ZoneOffset.UTC)))));

        RefreshResult result = refresh.refresh(List.of());

        assertEquals(ProviderOutcome.Outcome.OK, outcome(result, "alternative.me").outcome(), result.summary());
        assertEquals(ProviderOutcome.Outcome.SKIPPED, outcome(result, "coingecko").outcome());
        JsonNode mine = marketWide(user);
        assertEquals(12, mine.get("fearGreed").asInt());
        assertEquals("alternative.me", mine.get("source").asText());
        assertEquals(80, marketWide(ownIndex).get("fearGreed").asInt());
    }

    @Test
    void theRefreshWatchesTheAssetsSomeoneHoldsAndNotTheOthers() {
        FeedAsset nobodysAsset = MarketTestData.asset();

        List<String> watched = book.watched().stream().map(FeedAsset::symbol).toList();

        assertTrue(watched.contains("BTC"), "the demo holds BTC: " + watched);
        assertFalse(watched.contains(nobodysAsset.symbol()));
    }

    private BigDecimal latestPrice(FeedAsset asset) {
        return book.latest(List.of(asset.symbol())).get(0).price();
    }

    private java.util.Optional<PriceBook.HeldJump> held(FeedAsset asset) {
        return book.heldJumps().stream().filter(h -> h.symbol().equals(asset.symbol())).findFirst();
    }

    private static JsonNode marketWide(String user) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(TestUsers.as(user).get("/api/market-inputs?symbol=-").asString()).get(0);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
