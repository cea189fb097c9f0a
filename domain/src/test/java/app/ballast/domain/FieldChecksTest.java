package app.ballast.domain;

import app.ballast.domain.InvalidValuesException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FieldChecksTest {

    @Test
    void fitsGathersTheProblemInsteadOfThrowing() {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        assertTrue(FieldChecks.fits("a", new BigDecimal("1.5"), problems));
        assertFalse(FieldChecks.fits("b", new BigDecimal("1e-19"), problems));
        assertFalse(FieldChecks.fits("c", new BigDecimal("1e21"), problems));
        InvalidValuesException e = assertThrows(InvalidValuesException.class, problems::throwIfAny);
        assertEquals(List.of("b", "c"), e.problems().stream().map(Problem::field).toList());
    }

    @Test
    void buildReportsTheConstructorsProblemsAfterThoseGatheredBefore() {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        problems.add("first", "first is wrong");
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> FieldChecks.build(problems,
                () -> {
                    throw new InvalidValuesException(List.of(new Problem("second", "second is wrong")));
                }));
        assertEquals(List.of("first", "second"), e.problems().stream().map(Problem::field).toList());
    }

    @Test
    void buildReturnsTheValueWhenNothingIsWrong() {
        assertEquals("built", FieldChecks.build(new InvalidValuesException.Collector(), () -> "built"));
    }

    @Test
    void buildStillThrowsTheProblemsGatheredBeforeAValidConstruction() {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        problems.add("key", "unknown key");
        assertEquals("key", assertThrows(InvalidValuesException.class, () -> FieldChecks.build(problems, () -> "x")).field());
    }
}
