package app.ballast.web.market;

import app.ballast.web.market.PriceSanity.Known;
import app.ballast.web.market.PriceSanity.Verdict;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules a new price passes before Ballast uses it. */
class PriceSanityTest {

    static final Instant NOW = Instant.parse("2026-03-10T12:00:00Z");
    final PriceSanity sanity = new PriceSanity(new BigDecimal("0.5"), Duration.ofHours(36));
    final Known last = new Known(new BigDecimal("100"), NOW.minusSeconds(600));

    static MarketQuote quote(String price, Instant time) {
        return MarketQuote.of("BTC", new BigDecimal(price), time, "coingecko");
    }

    @Test
    void aPriceWithinTheLimitIsAcceptedAndFresh() {
        PriceSanity.Decision d = sanity.judge(quote("149.99", NOW.minusSeconds(60)), last, null, NOW);
        assertEquals(Verdict.ACCEPTED, d.verdict());
        assertTrue(d.fresh());
    }

    @Test
    void theFirstPriceOfAnAssetIsAccepted() {
        assertEquals(Verdict.ACCEPTED, sanity.judge(quote("5", NOW), null, null, NOW).verdict());
    }

    @Test
    void zeroAndNegativePricesAreRefused() {
        assertEquals(Verdict.REFUSED, sanity.judge(quote("0", NOW), last, null, NOW).verdict());
        PriceSanity.Decision negative = sanity.judge(quote("-1", NOW), null, null, NOW);
        assertEquals(Verdict.REFUSED, negative.verdict());
        assertTrue(negative.reason().contains("above 0"), negative.reason());
    }

    @Test
    void aPriceFromTheFutureIsRefused() {
        assertEquals(Verdict.REFUSED, sanity.judge(quote("100", NOW.plus(Duration.ofHours(1))), last, null, NOW).verdict());
    }

    @Test
    void aJumpBeyondTheLimitIsHeldAndNotFresh() {
        PriceSanity.Decision d = sanity.judge(quote("151", NOW.minusSeconds(60)), last, null, NOW);
        assertEquals(Verdict.HELD, d.verdict());
        assertFalse(d.fresh());
        assertTrue(d.reason().contains("+51%"), d.reason());
    }

    @Test
    void aHeldJumpIsConfirmedByTheNextPriceCloseToIt() {
        Known held = new Known(new BigDecimal("40"), NOW.minusSeconds(300));
        PriceSanity.Decision d = sanity.judge(quote("42", NOW), last, held, NOW);
        assertEquals(Verdict.CONFIRMED, d.verdict());
        assertTrue(d.fresh());
    }

    @Test
    void aCrashThatGoesOnFallingConfirmsTheHeldJump() {
        Known held = new Known(new BigDecimal("40"), NOW.minusSeconds(300));
        assertEquals(Verdict.CONFIRMED, sanity.judge(quote("15", NOW), last, held, NOW).verdict());
    }

    @Test
    void aHeldJumpIsNotConfirmedByAPriceJumpingTheOtherWay() {
        Known held = new Known(new BigDecimal("40"), NOW.minusSeconds(300));
        assertEquals(Verdict.HELD, sanity.judge(quote("400", NOW), last, held, NOW).verdict());
    }

    @Test
    void aPriceBackNearTheLastAcceptedIsAcceptedAndTheHeldJumpForgotten() {
        Known held = new Known(new BigDecimal("40"), NOW.minusSeconds(300));
        assertEquals(Verdict.ACCEPTED, sanity.judge(quote("101", NOW), last, held, NOW).verdict());
    }

    @Test
    void theSameHeldPriceAgainConfirmsNothing() {
        Known held = new Known(new BigDecimal("40"), NOW.minusSeconds(300));
        assertEquals(Verdict.UNCHANGED, sanity.judge(quote("40", NOW.minusSeconds(300)), last, held, NOW).verdict());
    }

    @Test
    void aPriceNoNewerThanTheLastAcceptedIsIgnored() {
        assertEquals(Verdict.UNCHANGED, sanity.judge(quote("101", last.time()), last, null, NOW).verdict());
    }

    @Test
    void aStalePriceIsAcceptedButNotFresh() {
        Known old = new Known(new BigDecimal("100"), NOW.minus(Duration.ofDays(5)));
        PriceSanity.Decision d = sanity.judge(quote("101", NOW.minus(Duration.ofDays(2))), old, null, NOW);
        assertEquals(Verdict.ACCEPTED, d.verdict());
        assertFalse(d.fresh());
    }
}
