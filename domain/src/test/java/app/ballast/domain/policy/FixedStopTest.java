package app.ballast.domain.policy;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.Tier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class FixedStopTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void aStopBelowCostTriggersThatFarUnderTheAverageCost() {
        assertEquals(0, d("75").compareTo(FixedStop.belowCost(d("0.25")).stopPrice(d("100"))));
        assertEquals(0, d("90").compareTo(FixedStop.atPrice(d("90")).stopPrice(d("100"))));
    }

    @Test
    void theSuggestedDefaultsFollowTheSeed() {
        assertEquals(d("0.12"), FixedStop.defaultFor(Tier.CORE).belowCost());
        assertEquals(d("0.25"), FixedStop.defaultFor(Tier.SATELLITE).belowCost());
    }

    @Test
    void exactlyOneOfPriceAndBelowCostIsGiven() {
        InvalidValueException both = assertThrows(InvalidValueException.class, () -> new FixedStop(d("1"), d("0.1")));
        InvalidValueException neither = assertThrows(InvalidValueException.class, () -> new FixedStop(null, null));

        assertEquals("give either price or belowCost, not both", both.getMessage());
        assertEquals("give either price or belowCost, not neither", neither.getMessage());
    }
}
