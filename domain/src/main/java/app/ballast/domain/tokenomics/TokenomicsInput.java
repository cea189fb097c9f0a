package app.ballast.domain.tokenomics;

import app.ballast.domain.FieldChecks;
import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What an investor knows about a token's supply and yield (SPEC §2), the input of the tokenomics analysis.
 * Field names are those of {@code POST /api/tokenomics/analyze}, and so are the fields problems are reported
 * against ({@code totalSupply}, {@code buckets[1].share}, …).
 *
 * @param price             USD per token; optional (no market cap or FDV without it), positive
 * @param totalSupply       tokens; required, positive
 * @param circulatingSupply tokens circulating now; required, positive, at most the total supply
 * @param buckets           the allocation slices; their shares sum to at most 1; names unique (ignoring case)
 * @param monthlyEmission   new tokens per month; optional, not negative
 * @param stakingApy        the advertised staking yield as a fraction (0.8 for 80%); optional, not negative
 * @param revenueToStakers  protocol revenue paid to stakers, USD per year; optional, not negative
 * @param valueStaked       the USD value staked; optional, positive
 * @param scheduleStart     the token generation event: month 0 of the unlock schedule, month k unlocking on
 *                          {@code scheduleStart.plusMonths(k)}; optional (the analysis then starts today)
 */
public record TokenomicsInput(BigDecimal price, BigDecimal totalSupply, BigDecimal circulatingSupply,
                              List<AllocationBucket> buckets, BigDecimal monthlyEmission, BigDecimal stakingApy,
                              BigDecimal revenueToStakers, BigDecimal valueStaked, LocalDate scheduleStart) {

    public TokenomicsInput {
        buckets = buckets == null ? List.of() : List.copyOf(buckets);
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        check(price, totalSupply, circulatingSupply, buckets, monthlyEmission, stakingApy, revenueToStakers,
                valueStaked, problems);
        problems.throwIfAny();
    }

    /** The input as entered (buckets unchecked), with every problem reported at once against its JSON path. */
    public static TokenomicsInput parse(BigDecimal price, BigDecimal totalSupply, BigDecimal circulatingSupply,
                                        List<AllocationBucket.Draft> buckets, BigDecimal monthlyEmission,
                                        BigDecimal stakingApy, BigDecimal revenueToStakers, BigDecimal valueStaked,
                                        LocalDate scheduleStart) {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        List<AllocationBucket> checked = new ArrayList<>();
        List<AllocationBucket.Draft> drafts = buckets == null ? List.of() : buckets;
        for (int i = 0; i < drafts.size(); i++) {
            String path = "buckets[" + i + "]";
            AllocationBucket.Draft draft = drafts.get(i);
            if (draft == null) {
                problems.add(path, path + " is empty");
                continue;
            }
            try {
                checked.add(draft.toBucket(path));
            } catch (InvalidValuesException e) {
                e.problems().forEach(p -> problems.add(p.field(), p.message()));
            }
        }
        boolean bucketsValid = problems.isEmpty();
        check(price, totalSupply, circulatingSupply, bucketsValid ? checked : List.of(), monthlyEmission, stakingApy,
                revenueToStakers, valueStaked, problems);
        problems.throwIfAny();
        return new TokenomicsInput(price, totalSupply, circulatingSupply, checked, monthlyEmission, stakingApy,
                revenueToStakers, valueStaked, scheduleStart);
    }

    /** The sum of the bucket shares (at most 1). */
    public BigDecimal allocatedShare() {
        return buckets.stream().map(AllocationBucket::share).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void check(BigDecimal price, BigDecimal totalSupply, BigDecimal circulatingSupply,
                              List<AllocationBucket> buckets, BigDecimal monthlyEmission, BigDecimal stakingApy,
                              BigDecimal revenueToStakers, BigDecimal valueStaked,
                              InvalidValuesException.Collector problems) {
        optional("price", price, true, problems);
        boolean total = required("totalSupply", totalSupply, problems);
        boolean circulating = required("circulatingSupply", circulatingSupply, problems);
        if (total && circulating && circulatingSupply.compareTo(totalSupply) > 0) {
            problems.add("circulatingSupply", "circulatingSupply must not exceed totalSupply ("
                    + Scales.plain(totalSupply) + "), was " + Scales.plain(circulatingSupply));
        }
        optional("monthlyEmission", monthlyEmission, false, problems);
        optional("stakingApy", stakingApy, false, problems);
        optional("revenueToStakers", revenueToStakers, false, problems);
        optional("valueStaked", valueStaked, true, problems);

        Map<String, Integer> seen = new HashMap<>();
        boolean complete = true;
        for (int i = 0; i < buckets.size(); i++) {
            AllocationBucket bucket = buckets.get(i);
            if (bucket == null) {
                problems.add("buckets[" + i + "]", "buckets[" + i + "] is empty");
                complete = false;
                continue;
            }
            Integer first = seen.putIfAbsent(bucket.name().toLowerCase(Locale.ROOT), i);
            if (first != null) {
                problems.add("buckets[" + i + "].name", "buckets[" + i + "].name \"" + bucket.name()
                        + "\" is already the name of buckets[" + first + "]");
            }
        }
        if (complete) {
            BigDecimal allocated = buckets.stream().map(AllocationBucket::share).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (allocated.compareTo(BigDecimal.ONE) > 0) {
                problems.add("buckets", "the bucket shares sum to " + Scales.plain(allocated)
                        + ", more than the whole supply (1)");
            }
        }
    }

    private static boolean required(String field, BigDecimal value, InvalidValuesException.Collector problems) {
        if (value == null) {
            problems.add(field, field + " is required");
            return false;
        }
        return optional(field, value, true, problems);
    }

    /** Checks a value that may be absent; true when it is present and valid. */
    private static boolean optional(String field, BigDecimal value, boolean positive,
                                    InvalidValuesException.Collector problems) {
        if (value == null || !FieldChecks.fits(field, value, problems)) {
            return false;
        }
        if (positive ? value.signum() <= 0 : value.signum() < 0) {
            problems.add(field, field + (positive ? " must be positive" : " must not be negative")
                    + ", was " + Scales.plain(value));
            return false;
        }
        return true;
    }
}
