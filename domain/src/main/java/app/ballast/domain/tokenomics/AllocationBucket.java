package app.ballast.domain.tokenomics;

import app.ballast.domain.FieldChecks;
import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;

import java.math.BigDecimal;

/**
 * One slice of a token's total supply (team, investors, community, …) and how it unlocks (SPEC §2):
 * nothing during a cliff of {@code cliffMonths}, then {@code share × totalSupply / vestingMonths} at the end
 * of each of the months {@code cliff + 1 … cliff + vesting}. With {@code vestingMonths} 0 the whole slice
 * unlocks at once at the end of the cliff, month {@code cliffMonths}; with both 0 it was unlocked at the
 * token generation event (month 0) and never appears in a schedule.
 *
 * @param share a fraction of the total supply, in [0, 1]
 */
public record AllocationBucket(String name, BigDecimal share, int cliffMonths, int vestingMonths) {

    /** The longest cliff or vesting accepted: 100 years, far beyond any real schedule. */
    public static final int MONTHS_MAX = 1200;

    public static final int NAME_MAX_LENGTH = 100;

    public AllocationBucket {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        check("", name, share, cliffMonths, vestingMonths, problems);
        problems.throwIfAny();
    }

    /**
     * A bucket as entered, reported against {@code path} (e.g. {@code buckets[1]}): the fields are then
     * {@code buckets[1].share} and so on. Missing months are refused, not taken as 0.
     */
    public static AllocationBucket parse(String path, String name, BigDecimal share, Integer cliffMonths,
                                         Integer vestingMonths) {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        String prefix = path == null || path.isEmpty() ? "" : path + ".";
        if (cliffMonths == null) {
            problems.add(prefix + "cliffMonths", prefix + "cliffMonths is required (0 for no cliff)");
        }
        if (vestingMonths == null) {
            problems.add(prefix + "vestingMonths", prefix + "vestingMonths is required (0 to unlock at once)");
        }
        check(prefix, name, share, cliffMonths == null ? 0 : cliffMonths, vestingMonths == null ? 0 : vestingMonths,
                problems);
        problems.throwIfAny();
        return new AllocationBucket(name, share, cliffMonths, vestingMonths);
    }

    /** A bucket as the investor entered it, not yet checked (for example straight from JSON). */
    public record Draft(String name, BigDecimal share, Integer cliffMonths, Integer vestingMonths) {

        /** The checked bucket; problems are reported against {@code path}, e.g. {@code buckets[1]}. */
        public AllocationBucket toBucket(String path) {
            return parse(path, name, share, cliffMonths, vestingMonths);
        }
    }

    /** The tokens of this slice for a given total supply (exact). */
    public BigDecimal tokens(BigDecimal totalSupply) {
        return share.multiply(totalSupply);
    }

    /** The schedule month in which its last tokens unlock (0: at the token generation event). */
    public int lastUnlockMonth() {
        return cliffMonths + vestingMonths;
    }

    private static void check(String prefix, String name, BigDecimal share, int cliffMonths, int vestingMonths,
                              InvalidValuesException.Collector problems) {
        if (name == null || name.isBlank()) {
            problems.add(prefix + "name", prefix + "name is required");
        } else if (name.length() > NAME_MAX_LENGTH) {
            problems.add(prefix + "name", prefix + "name can have at most " + NAME_MAX_LENGTH + " characters");
        }
        String shareField = prefix + "share";
        if (share == null) {
            problems.add(shareField, shareField + " is required (a fraction of the total supply, 0 to 1)");
        } else if (FieldChecks.fits(shareField, share, problems)
                && (share.signum() < 0 || share.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(shareField, shareField + " must be a fraction of the total supply from 0 to 1, was "
                    + Scales.plain(share));
        }
        months(prefix + "cliffMonths", cliffMonths, problems);
        months(prefix + "vestingMonths", vestingMonths, problems);
    }

    private static void months(String field, int months, InvalidValuesException.Collector problems) {
        if (months < 0 || months > MONTHS_MAX) {
            problems.add(field, field + " must be from 0 to " + MONTHS_MAX + " months, was " + months);
        }
    }
}
