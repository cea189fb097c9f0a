package app.ballast.domain.tokenomics;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.InvalidValuesException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AllocationBucketTest {

    @Test
    void aBucketKnowsItsTokensAndItsLastUnlockMonth() {
        AllocationBucket team = new AllocationBucket("Team", bd("0.15"), 12, 24);
        assertEquals(0, bd("150000000").compareTo(team.tokens(bd("1000000000"))));
        assertEquals(36, team.lastUnlockMonth());
    }

    @Test
    void aShareOfZeroOrOneAndMonthsOfZeroAreAccepted() {
        new AllocationBucket("Everything", BigDecimal.ONE, 0, 0);
        new AllocationBucket("Nothing", BigDecimal.ZERO, 0, 0);
    }

    @Test
    void everyProblemOfABucketIsReportedAtOnce() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> new AllocationBucket(" ", bd("1.2"), -1, 1201));
        assertEquals(List.of(
                new Problem("name", "name is required"),
                new Problem("share", "share must be a fraction of the total supply from 0 to 1, was 1.2"),
                new Problem("cliffMonths", "cliffMonths must be from 0 to 1200 months, was -1"),
                new Problem("vestingMonths", "vestingMonths must be from 0 to 1200 months, was 1201")), e.problems());
    }

    @Test
    void aNegativeOrMissingShareIsRefused() {
        assertEquals("share", assertThrows(InvalidValuesException.class,
                () -> new AllocationBucket("Team", bd("-0.1"), 0, 12)).field());
        assertEquals("share must be a fraction of the total supply from 0 to 1, was -0.1", assertThrows(
                InvalidValuesException.class, () -> new AllocationBucket("Team", bd("-0.1"), 0, 12)).getMessage());
        assertEquals("share is required (a fraction of the total supply, 0 to 1)", assertThrows(
                InvalidValuesException.class, () -> new AllocationBucket("Team", null, 0, 12)).getMessage());
    }

    @Test
    void parseReportsAgainstThePathOfTheBucket() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> AllocationBucket.parse("buckets[1]", "Investors", bd("2"), null, 12));
        assertEquals(List.of(
                new Problem("buckets[1].cliffMonths", "buckets[1].cliffMonths is required (0 for no cliff)"),
                new Problem("buckets[1].share", "buckets[1].share must be a fraction of the total supply from 0 to 1, was 2")),
                e.problems());
    }

    @Test
    void aDraftBecomesABucket() {
        AllocationBucket bucket = new AllocationBucket.Draft("Team", bd("0.2"), 6, 18).toBucket("buckets[0]");
        assertEquals(new AllocationBucket("Team", bd("0.2"), 6, 18), bucket);
        assertEquals("buckets[0].vestingMonths", assertThrows(InvalidValuesException.class,
                () -> new AllocationBucket.Draft("Team", bd("0.2"), 6, null).toBucket("buckets[0]")).field());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
