package app.ballast.scoring;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.Scales;
import app.ballast.domain.tokenomics.AllocationBucket;
import app.ballast.domain.tokenomics.TokenomicsInput;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The tokenomics analysis (SPEC §2, with the units the seed's sample code mixed up put right): valuation,
 * the monthly unlock schedule, inflation and real yield. Products are exact; quotients are worked out to 50
 * digits and shown to 34 (MathContext.DECIMAL128), without trailing zeros.
 *
 * <p>The schedule counts months from the token generation event ({@link TokenomicsInput#scheduleStart()}):
 * a bucket with cliff c and vesting v unlocks {@code share × totalSupply / v} at the end of each month
 * c+1 … c+v, and the whole slice at the end of month c when v is 0; month k ends on
 * {@code scheduleStart.plusMonths(k)}. Without a schedule start the months have no dates, only their index:
 * month 0 is now, and a window of days holds one month for each {@value #DAYS_PER_UNDATED_MONTH} days
 * (see {@link #unlockingBetween}).
 */
public final class TokenomicsAnalyzer {

    public static final int MONTHS_MAX = 120;

    /** Without a schedule start, how many days of a window make one month of the schedule. */
    public static final int DAYS_PER_UNDATED_MONTH = 30;

    /** Shown figures: 34 significant digits. */
    private static final MathContext SHOWN = MathContext.DECIMAL128;
    /** Figures that are added up or divided again first carry more, so that the shown digits are right. */
    private static final MathContext WORKING = new MathContext(50, RoundingMode.HALF_EVEN);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private TokenomicsAnalyzer() {
    }

    /** The analysis with a schedule of months 1 … {@code months} (1 to 120). */
    public static TokenomicsAnalysis analyze(TokenomicsInput input, int months) {
        Objects.requireNonNull(input, "input");
        if (months < 1 || months > MONTHS_MAX) {
            throw new InvalidValueException("months", "months must be from 1 to " + MONTHS_MAX + ", was " + months);
        }
        BigDecimal price = input.price();
        BigDecimal circulating = input.circulatingSupply();
        BigDecimal marketCap = price == null ? null : price.multiply(circulating);
        BigDecimal fdv = price == null ? null : price.multiply(input.totalSupply());

        List<UnlockMonth> schedule = new ArrayList<>(months);
        for (int month = 1; month <= months; month++) {
            Map<String, BigDecimal> unlocks = new LinkedHashMap<>();
            BigDecimal total = BigDecimal.ZERO;
            for (AllocationBucket bucket : input.buckets()) {
                BigDecimal tokens = unlockedIn(bucket, input.totalSupply(), month, month);
                unlocks.put(bucket.name(), shown(tokens));
                total = total.add(tokens);
            }
            schedule.add(new UnlockMonth(month, unlocks, shown(total),
                    divide(total.multiply(HUNDRED), circulating)));
        }

        BigDecimal emission = input.monthlyEmission();
        BigDecimal monthlyInflation = emission == null ? null : divide(emission, circulating);
        BigDecimal annualInflation = emission == null ? null : divide(emission.multiply(TWELVE), circulating);
        BigDecimal revenueYield = input.revenueToStakers() == null || input.valueStaked() == null ? null
                : divide(input.revenueToStakers(), input.valueStaked());
        BigDecimal realYield = revenueYield == null || annualInflation == null ? null
                : Scales.compact(revenueYield.subtract(annualInflation));
        return new TokenomicsAnalysis(Scales.compact(marketCap), Scales.compact(fdv),
                divide(input.totalSupply(), circulating), schedule, monthlyInflation, annualInflation, revenueYield,
                realYield, emissionFundedShare(input.stakingApy(), revenueYield));
    }

    /**
     * The tokens that unlock in {@code (fromExclusive, toInclusive]}. With a schedule start, the months whose
     * date falls in it: month k unlocks on {@code scheduleStart.plusMonths(k)}, month 0 being the token
     * generation event. Without one, {@code fromExclusive} is now (month 0, already out) and the window holds
     * months 1 … n by index, n being its length in days / {@value #DAYS_PER_UNDATED_MONTH}: a 30-day window
     * always holds month 1. Dating month 1 one calendar month after {@code fromExclusive} instead put it 31
     * days away in seven months of twelve, outside a 30-day window.
     */
    public static BigDecimal unlockingBetween(TokenomicsInput input, LocalDate fromExclusive, LocalDate toInclusive) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(fromExclusive, "fromExclusive");
        Objects.requireNonNull(toInclusive, "toInclusive");
        if (input.scheduleStart() == null) {
            long months = ChronoUnit.DAYS.between(fromExclusive, toInclusive) / DAYS_PER_UNDATED_MONTH;
            return months < 1 ? BigDecimal.ZERO : unlockedInMonths(input, 1, (int) Math.min(months, Integer.MAX_VALUE));
        }
        LocalDate start = input.scheduleStart();
        BigDecimal total = BigDecimal.ZERO;
        for (AllocationBucket bucket : input.buckets()) {
            int first = -1;
            int last = -1;
            for (int month = 0; month <= bucket.lastUnlockMonth(); month++) {
                LocalDate date = start.plusMonths(month);
                if (date.isAfter(toInclusive)) {
                    break;
                }
                if (date.isAfter(fromExclusive)) {
                    first = first < 0 ? month : first;
                    last = month;
                }
            }
            if (first >= 0) {
                total = total.add(unlockedIn(bucket, input.totalSupply(), first, last));
            }
        }
        return shown(total);
    }

    /** The tokens all buckets unlock in schedule months {@code from … to} (inclusive). */
    private static BigDecimal unlockedInMonths(TokenomicsInput input, int from, int to) {
        BigDecimal total = BigDecimal.ZERO;
        for (AllocationBucket bucket : input.buckets()) {
            total = total.add(unlockedIn(bucket, input.totalSupply(), from, to));
        }
        return shown(total);
    }

    /** The tokens a bucket unlocks in schedule months {@code from … to} (inclusive). */
    private static BigDecimal unlockedIn(AllocationBucket bucket, BigDecimal totalSupply, int from, int to) {
        int cliff = bucket.cliffMonths();
        int vesting = bucket.vestingMonths();
        if (vesting == 0) {
            return from <= cliff && cliff <= to ? bucket.tokens(totalSupply) : BigDecimal.ZERO;
        }
        int months = Math.min(to, cliff + vesting) - Math.max(from, cliff + 1) + 1;
        if (months <= 0) {
            return BigDecimal.ZERO;
        }
        return bucket.tokens(totalSupply).multiply(BigDecimal.valueOf(months)).divide(BigDecimal.valueOf(vesting), WORKING);
    }

    private static BigDecimal emissionFundedShare(BigDecimal stakingApy, BigDecimal revenueYield) {
        if (stakingApy == null || revenueYield == null) {
            return null;
        }
        if (stakingApy.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal paidByEmission = stakingApy.subtract(revenueYield).max(BigDecimal.ZERO);
        return divide(paidByEmission, stakingApy);
    }

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return shown(dividend.divide(divisor, WORKING));
    }

    private static BigDecimal shown(BigDecimal value) {
        return Scales.compact(value.round(SHOWN));
    }
}
