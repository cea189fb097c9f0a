package app.ballast.web.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The HTTP client every feed uses, against a local stub server: retries, backoff, 429, timeouts, bad JSON. */
class FeedClientTest extends StubServerTest {


    static FeedClient.Options fast(int attempts, Duration maxRetryAfter) {
        return new FeedClient.Options(Duration.ofSeconds(2), Duration.ofSeconds(5), attempts, Duration.ofMillis(10),
                Duration.ofMillis(50), maxRetryAfter, 60_000);
    }

    /** Options whose read timeout a stub answering after {@link #SLOW_MS} always exceeds. */
    static FeedClient.Options impatient(int attempts) {
        return new FeedClient.Options(Duration.ofSeconds(2), Duration.ofMillis(300), attempts, Duration.ofMillis(10),
                Duration.ofMillis(50), Duration.ofSeconds(5), 60_000);
    }

    static final int SLOW_MS = 3000;

    private URI uri(String path) {
        return URI.create(base() + path);
    }

    @Test
    void aNormalAnswerIsReadWithExactDecimals() throws Exception {
        server.stubFor(get(urlPathEqualTo("/p")).willReturn(okJson(Recorded.BITCOIN_AND_ETHEREUM)));

        JsonNode answer = new FeedClient("test", fast(3, Duration.ofSeconds(5))).getJson(uri("/p"), Map.of("x-k", "v"));

        assertEquals("67187.33826", answer.get("bitcoin").get("usd").decimalValue().toPlainString());
        server.verify(1, getRequestedFor(urlPathEqualTo("/p")).withHeader("x-k",
                com.github.tomakehurst.wiremock.client.WireMock.equalTo("v")));
    }

    @Test
    void aServerErrorIsTriedAgainAndTheNextAnswerCounts() throws Exception {
        server.stubFor(get(urlPathEqualTo("/p")).inScenario("500").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(500)).willSetStateTo("recovered"));
        server.stubFor(get(urlPathEqualTo("/p")).inScenario("500").whenScenarioStateIs("recovered")
                .willReturn(okJson("{\"ok\": true}")));

        JsonNode answer = new FeedClient("test", fast(3, Duration.ofSeconds(5))).getJson(uri("/p"), Map.of());

        assertTrue(answer.get("ok").asBoolean());
        server.verify(2, getRequestedFor(urlPathEqualTo("/p")));
    }

    @Test
    void serverErrorsOnEveryTryGiveUpAfterTheLastTryNamingTheStatus() {
        server.stubFor(get(urlPathEqualTo("/p")).willReturn(aResponse().withStatus(503)));

        FeedException e = assertThrows(FeedException.class,
                () -> new FeedClient("test", fast(3, Duration.ofSeconds(5))).getJson(uri("/p"), Map.of()));

        assertTrue(e.getMessage().contains("503") && e.getMessage().contains("3 tries"), e.getMessage());
        server.verify(3, getRequestedFor(urlPathEqualTo("/p")));
    }

    @Test
    void aTooManyRequestsAnswerIsWaitedOutAsRetryAfterSaysThenAskedAgain() throws Exception {
        server.stubFor(get(urlPathEqualTo("/p")).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("allowed"));
        server.stubFor(get(urlPathEqualTo("/p")).inScenario("429").whenScenarioStateIs("allowed")
                .willReturn(okJson("{\"ok\": true}")));
        FeedClient client = new FeedClient("test", fast(3, Duration.ofSeconds(5)));
        java.time.Instant before = java.time.Instant.now();

        JsonNode answer = client.getJson(uri("/p"), Map.of());

        assertTrue(answer.get("ok").asBoolean());
        // The second request was booked no earlier than the Retry-After named.
        assertTrue(!client.nextAllowed().isBefore(before.plusSeconds(1)), client.nextAllowed() + " vs " + before);
        server.verify(2, getRequestedFor(urlPathEqualTo("/p")));
    }

    @Test
    void aRetryAfterLongerThanTheLimitGivesUpAndTheFeedIsNotAskedAgainBeforeThen() {
        server.stubFor(get(urlPathEqualTo("/p")).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "600")));
        FeedClient client = new FeedClient("test", fast(3, Duration.ofSeconds(5)));

        FeedException first = assertThrows(FeedException.class, () -> client.getJson(uri("/p"), Map.of()));
        FeedException second = assertThrows(FeedException.class, () -> client.getJson(uri("/p"), Map.of()));

        assertTrue(first.getMessage().contains("429"), first.getMessage());
        assertTrue(second.getMessage().contains("rate limited"), second.getMessage());
        server.verify(1, getRequestedFor(urlPathEqualTo("/p")));
    }

    @Test
    void aTimeoutIsTriedAgainAndThenReportedAsATimeout() {
        server.stubFor(get(urlPathEqualTo("/p")).willReturn(okJson("{}").withFixedDelay(SLOW_MS)));

        FeedException e = assertThrows(FeedException.class,
                () -> new FeedClient("test", impatient(2)).getJson(uri("/p"), Map.of()));

        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
        server.verify(2, getRequestedFor(urlPathEqualTo("/p")));
    }

    @Test
    void malformedJsonIsReportedAndNotAskedAgain() {
        server.stubFor(get(urlPathEqualTo("/p")).willReturn(okJson(Recorded.MALFORMED)));

        FeedException e = assertThrows(FeedException.class,
                () -> new FeedClient("test", fast(3, Duration.ofSeconds(5))).getJson(uri("/p"), Map.of()));

        assertTrue(e.getMessage().contains("not readable JSON"), e.getMessage());
        server.verify(1, getRequestedFor(urlPathEqualTo("/p")));
    }

    @Test
    void aRefusedKeyIsNotAskedAgain() {
        server.stubFor(get(urlPathEqualTo("/p")).willReturn(aResponse().withStatus(401)));

        FeedException e = assertThrows(FeedException.class,
                () -> new FeedClient("test", fast(3, Duration.ofSeconds(5))).getJson(uri("/p"), Map.of()));

        assertTrue(e.getMessage().contains("401") && e.getMessage().contains("API key"), e.getMessage());
        server.verify(1, getRequestedFor(urlPathEqualTo("/p")));
    }

    @Test
    void anUnreachableServerIsReportedAfterItsTries() {
        FeedClient client = new FeedClient("test", fast(2, Duration.ofSeconds(5)));

        FeedException e = assertThrows(FeedException.class,
                () -> client.getJson(URI.create("http://127.0.0.1:1/p"), Map.of()));

        assertTrue(e.getMessage().contains("cannot reach"), e.getMessage());
    }

    @Test
    void requestsAreSpacedByTheRateLimit() throws Exception {
        server.stubFor(get(urlPathEqualTo("/p")).willReturn(okJson("{}")));
        FeedClient client = new FeedClient("test", new FeedClient.Options(Duration.ofSeconds(2), Duration.ofSeconds(1),
                1, Duration.ofMillis(10), Duration.ofMillis(50), Duration.ofSeconds(5), 600));

        client.getJson(uri("/p"), Map.of());
        java.time.Instant secondSlot = client.nextAllowed();
        client.getJson(uri("/p"), Map.of());

        // 600 a minute: the second request did not go out before the slot the first one booked for it.
        java.util.List<java.time.Instant> sent = server.getAllServeEvents().stream()
                .map(e -> e.getRequest().getLoggedDate().toInstant()).sorted().toList();
        assertEquals(2, sent.size());
        assertTrue(!sent.get(1).isBefore(secondSlot.minusMillis(1)), sent + " vs " + secondSlot);
    }

    @Test
    void theBackoffDoublesUpToItsLimit() {
        FeedClient client = new FeedClient("test", fast(5, Duration.ofSeconds(5)));
        assertEquals(Duration.ofMillis(10), client.backoff(1));
        assertEquals(Duration.ofMillis(20), client.backoff(2));
        assertEquals(Duration.ofMillis(40), client.backoff(3));
        assertEquals(Duration.ofMillis(50), client.backoff(4));
    }
}
