package app.ballast.domain.policy;

import app.ballast.domain.InvalidValueException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TakeProfitLadderTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theDefaultsSellAThirdAtHalfTheTargetAndAThirdAtTheTarget() {
        TakeProfitLadder ladder = TakeProfitLadder.defaults(BigDecimal.ONE, d("0.25"));

        assertEquals(2, ladder.steps().size());
        assertEquals(d("0.5"), ladder.steps().get(0).atFractionOfTarget());
        assertEquals("0.333333333333333333", ladder.steps().get(0).sellFraction().toPlainString());
        assertEquals(0, d("150").compareTo(ladder.stepPrice(0, d("100"))));
        assertEquals(0, d("200").compareTo(ladder.stepPrice(1, d("100"))));
        assertEquals(d("0.25"), ladder.trail());
    }

    @Test
    void stepsAreKeptInOrderOfTheirThreshold() {
        TakeProfitLadder ladder = new TakeProfitLadder(BigDecimal.ONE,
                List.of(new LadderStep(d("1"), d("0.2")), new LadderStep(d("0.5"), d("0.2"))), null);

        assertEquals(List.of(d("0.5"), d("1")), ladder.steps().stream().map(LadderStep::atFractionOfTarget).toList());
    }

    @Test
    void stepsThatSellMoreThanThePositionAreRefused() {
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> new TakeProfitLadder(BigDecimal.ONE,
                List.of(new LadderStep(d("0.5"), d("0.6")), new LadderStep(d("1"), d("0.6"))), null));

        assertEquals("steps", e.field());
    }

    @Test
    void aStepNeedsAPositiveThresholdAndSellFraction() {
        InvalidValueException e = assertThrows(InvalidValueException.class,
                () -> new LadderStep(BigDecimal.ZERO, d("0.5")));

        assertEquals("atFractionOfTarget", e.field());
    }
}
