package app.ballast.domain.tokenomics;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.InvalidValuesException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenomicsInputTest {

    private static final List<AllocationBucket> SEED_BUCKETS = List.of(
            new AllocationBucket("team", bd("0.15"), 0, 24),
            new AllocationBucket("investors", bd("0.25"), 0, 12),
            new AllocationBucket("community", bd("0.60"), 0, 0));

    @Test
    void onlyTheSuppliesAreRequired() {
        TokenomicsInput input = new TokenomicsInput(null, bd("1000"), bd("300"), null, null, null, null, null, null);
        assertEquals(List.of(), input.buckets());
        assertNull(input.price());
        assertEquals(0, BigDecimal.ZERO.compareTo(input.allocatedShare()));
    }

    @Test
    void theSeedsExampleTokenIsAccepted() {
        TokenomicsInput input = new TokenomicsInput(bd("0.5"), bd("1000000000"), bd("300000000"), SEED_BUCKETS,
                bd("5000000"), bd("0.8"), bd("5000000"), bd("100000000"), LocalDate.of(2025, 1, 1));
        assertEquals(0, BigDecimal.ONE.compareTo(input.allocatedShare()));
    }

    @Test
    void circulatingSupplyMayEqualButNotExceedTheTotal() {
        new TokenomicsInput(null, bd("1000"), bd("1000"), null, null, null, null, null, null);
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> new TokenomicsInput(null, bd("1000"), bd("1000.5"), null, null, null, null, null, null));
        assertEquals(List.of(new Problem("circulatingSupply",
                "circulatingSupply must not exceed totalSupply (1000), was 1000.5")), e.problems());
    }

    @Test
    void suppliesMustBePresentAndPositive() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> new TokenomicsInput(null, null, bd("0"), null, null, null, null, null, null));
        assertEquals(List.of(new Problem("totalSupply", "totalSupply is required"),
                new Problem("circulatingSupply", "circulatingSupply must be positive, was 0")), e.problems());
    }

    @Test
    void theOptionalFiguresAreCheckedWhenGiven() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> new TokenomicsInput(bd("0"),
                bd("1000"), bd("300"), null, bd("-1"), bd("-0.1"), bd("-5"), bd("0"), null));
        assertEquals(List.of("price", "monthlyEmission", "stakingApy", "revenueToStakers", "valueStaked"),
                e.problems().stream().map(Problem::field).toList());
        assertEquals("monthlyEmission must not be negative, was -1", e.problems().get(1).message());
    }

    @Test
    void zeroEmissionApyAndRevenueAreAccepted() {
        new TokenomicsInput(null, bd("1000"), bd("300"), null, bd("0"), bd("0"), bd("0"), bd("1"), null);
    }

    @Test
    void bucketSharesMayFillButNotExceedTheSupply() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> new TokenomicsInput(null,
                bd("1000"), bd("300"), List.of(new AllocationBucket("team", bd("0.6"), 0, 12),
                new AllocationBucket("investors", bd("0.400000000000000001"), 0, 12)), null, null, null, null, null));
        assertEquals(List.of(new Problem("buckets",
                "the bucket shares sum to 1.000000000000000001, more than the whole supply (1)")), e.problems());
    }

    @Test
    void bucketNamesMustDifferIgnoringCase() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> new TokenomicsInput(null,
                bd("1000"), bd("300"), List.of(new AllocationBucket("Team", bd("0.1"), 0, 12),
                new AllocationBucket("Investors", bd("0.1"), 0, 12), new AllocationBucket("team", bd("0.1"), 0, 12)),
                null, null, null, null, null));
        assertEquals(List.of(new Problem("buckets[2].name", "buckets[2].name \"team\" is already the name of buckets[0]")),
                e.problems());
    }

    @Test
    void parseReportsEveryProblemAgainstItsJsonPath() {
        List<AllocationBucket.Draft> drafts = Arrays.asList(
                new AllocationBucket.Draft("team", bd("0.15"), 0, 24),
                new AllocationBucket.Draft("investors", bd("1.25"), 0, -12),
                null);
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> TokenomicsInput.parse(bd("0.5"),
                null, bd("300000000"), drafts, null, null, null, null, null));
        assertEquals(List.of(
                new Problem("buckets[1].share", "buckets[1].share must be a fraction of the total supply from 0 to 1, was 1.25"),
                new Problem("buckets[1].vestingMonths", "buckets[1].vestingMonths must be from 0 to 1200 months, was -12"),
                new Problem("buckets[2]", "buckets[2] is empty"),
                new Problem("totalSupply", "totalSupply is required")), e.problems());
    }

    @Test
    void parseBuildsTheInputWhenAllIsWell() {
        TokenomicsInput input = TokenomicsInput.parse(bd("0.5"), bd("1000000000"), bd("300000000"),
                List.of(new AllocationBucket.Draft("team", bd("0.15"), 0, 24)), null, bd("0.8"), null, null, null);
        assertEquals(List.of(new AllocationBucket("team", bd("0.15"), 0, 24)), input.buckets());
    }

    @Test
    void theBucketsCannotBeChangedAfterwards() {
        TokenomicsInput input = new TokenomicsInput(null, bd("1000"), bd("300"), SEED_BUCKETS, null, null, null, null, null);
        assertThrows(UnsupportedOperationException.class, () -> input.buckets().clear());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
