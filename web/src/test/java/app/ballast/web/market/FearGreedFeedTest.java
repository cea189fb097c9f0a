package app.ballast.web.market;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** alternative.me's Fear &amp; Greed answers as recorded, served by a local stub. */
class FearGreedFeedTest extends StubServerTest {


    private FearGreedFeed feed() {
        return new FearGreedFeed(base(),
                new FeedClient(FearGreedFeed.NAME, FeedClientTest.fast(3, Duration.ofSeconds(5))));
    }

    @Test
    void todaysIndexIsReadWithItsDay() throws Exception {
        server.stubFor(get(urlPathEqualTo("/fng/")).withQueryParam("limit", equalTo("1"))
                .willReturn(okJson(Recorded.fearGreed(23, "Extreme Fear", 1711324800))));

        FearGreedFeed.Reading reading = feed().fetch();

        assertEquals(23, reading.value());
        assertEquals("Extreme Fear", reading.classification());
        assertEquals(Instant.parse("2024-03-25T00:00:00Z"), reading.time());
        assertEquals("alternative.me", reading.source());
    }

    @Test
    void aTooManyRequestsAnswerIsWaitedOut() throws Exception {
        server.stubFor(get(urlPathEqualTo("/fng/")).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "1")).willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo("/fng/")).inScenario("429").whenScenarioStateIs("ok")
                .willReturn(okJson(Recorded.fearGreed(55, "Greed", 1711324800))));

        assertEquals(55, feed().fetch().value());
    }

    @Test
    void aServerErrorThenSuccessCounts() throws Exception {
        server.stubFor(get(urlPathEqualTo("/fng/")).inScenario("500").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(502)).willSetStateTo("ok"));
        server.stubFor(get(urlPathEqualTo("/fng/")).inScenario("500").whenScenarioStateIs("ok")
                .willReturn(okJson(Recorded.fearGreed(40, "Fear", 1711324800))));

        assertEquals(40, feed().fetch().value());
    }

    @Test
    void anIndexOutsideZeroToHundredIsRefused() {
        server.stubFor(get(urlPathEqualTo("/fng/")).willReturn(okJson(Recorded.fearGreed(101, "?", 1711324800))));

        FeedException e = assertThrows(FeedException.class, () -> feed().fetch());
        assertTrue(e.getMessage().contains("0 to 100"), e.getMessage());
    }

    @Test
    void anErrorInTheMetadataIsReported() {
        server.stubFor(get(urlPathEqualTo("/fng/")).willReturn(okJson(
                "{\"name\": \"Fear and Greed Index\", \"data\": [], \"metadata\": {\"error\": \"Invalid limit\"}}")));

        FeedException e = assertThrows(FeedException.class, () -> feed().fetch());
        assertTrue(e.getMessage().contains("Invalid limit"), e.getMessage());
    }

    @Test
    void malformedJsonAndAnEmptyDataListAreReported() {
        server.stubFor(get(urlPathEqualTo("/fng/")).willReturn(okJson("{\"data\": [{\"value\": ")));
        assertThrows(FeedException.class, () -> feed().fetch());

        server.stubFor(get(urlPathEqualTo("/fng/")).willReturn(okJson("{\"data\": [], \"metadata\": {\"error\": null}}")));
        FeedException e = assertThrows(FeedException.class, () -> feed().fetch());
        assertTrue(e.getMessage().contains("no data"), e.getMessage());
    }

    @Test
    void aTimeoutOnEveryTryIsReported() {
        server.stubFor(get(urlPathEqualTo("/fng/")).willReturn(okJson("{}").withFixedDelay(FeedClientTest.SLOW_MS)));

        FeedException e = assertThrows(FeedException.class, () -> new FearGreedFeed(base(),
                new FeedClient(FearGreedFeed.NAME, FeedClientTest.impatient(1))).fetch());
        assertTrue(e.getMessage().contains("timed out"), e.getMessage());
    }
}
