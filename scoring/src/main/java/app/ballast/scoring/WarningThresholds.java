package app.ballast.scoring;

import app.ballast.domain.FieldChecks;
import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;

import java.math.BigDecimal;

/**
 * The settings of the asset warning rules (SPEC §3), {@link #DEFAULTS} being the seed's figures. Shares,
 * yields and ratios are fractions (0.02 for 2%). Refused values are reported against the component's name.
 *
 * @param fdvToMcMax           FDV_MC fires when FDV / market cap is above this (15)
 * @param lowVolumeShare       LOW_VOLUME: 24 h volume below this share of market cap (0.02) …
 * @param lowVolumeDays        … on each of this many consecutive days (7)
 * @param thinLiquidityShare   THIN_LIQUIDITY: latest 24 h volume below this share of market cap (0.05)
 * @param fearGreedHigh        SENTIMENT: Fear &amp; Greed above this (90) …
 * @param fearGreedLow         … or below this (10)
 * @param mvrvLow              VALUE_ZONE: MVRV below this (1) …
 * @param mvrvHigh             … or above this (3.5)
 * @param top10HolderMax       HOLDER_CONCENTRATION: top-10 addresses hold more than this share (0.5)
 * @param teamShareMax         TEAM_ALLOCATION: the team-like buckets that vest over fewer than
 *                             {@code teamVestingMinMonths}, summed, hold more than this share of supply (0.30)
 * @param teamVestingMinMonths … vesting over fewer months than this (12)
 * @param unlockWindowDays     UNLOCK_PRESSURE: tokens unlocking in this many days (30) …
 * @param unlockShareMax       … above this share of circulating supply (0.05)
 * @param benchmarkStableYield UNSUSTAINABLE_YIELD: the stable yield an APY is compared with (0.045) …
 * @param yieldMultipleMax     … fires above this multiple of it (3), or when the real yield is negative
 * @param staleScoreDays       STALE_SCORE: the latest evaluation is older than this many days (90)
 */
public record WarningThresholds(BigDecimal fdvToMcMax, BigDecimal lowVolumeShare, int lowVolumeDays,
                                BigDecimal thinLiquidityShare, int fearGreedHigh, int fearGreedLow, BigDecimal mvrvLow,
                                BigDecimal mvrvHigh, BigDecimal top10HolderMax, BigDecimal teamShareMax,
                                int teamVestingMinMonths, int unlockWindowDays, BigDecimal unlockShareMax,
                                BigDecimal benchmarkStableYield, BigDecimal yieldMultipleMax, int staleScoreDays) {

    public static final WarningThresholds DEFAULTS = new WarningThresholds(new BigDecimal("15"), new BigDecimal("0.02"), 7,
            new BigDecimal("0.05"), 90, 10, new BigDecimal("1"), new BigDecimal("3.5"), new BigDecimal("0.5"),
            new BigDecimal("0.30"), 12, 30, new BigDecimal("0.05"), new BigDecimal("0.045"), new BigDecimal("3"), 90);

    public WarningThresholds {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        positive("fdvToMcMax", fdvToMcMax, problems);
        fraction("lowVolumeShare", lowVolumeShare, problems);
        range("lowVolumeDays", lowVolumeDays, 1, 365, problems);
        fraction("thinLiquidityShare", thinLiquidityShare, problems);
        range("fearGreedHigh", fearGreedHigh, 0, 100, problems);
        range("fearGreedLow", fearGreedLow, 0, 100, problems);
        if (fearGreedLow >= fearGreedHigh) {
            problems.add("fearGreedLow", "fearGreedLow (" + fearGreedLow + ") must be below fearGreedHigh ("
                    + fearGreedHigh + ")");
        }
        boolean low = positive("mvrvLow", mvrvLow, problems);
        if (positive("mvrvHigh", mvrvHigh, problems) && low && mvrvLow.compareTo(mvrvHigh) >= 0) {
            problems.add("mvrvLow", "mvrvLow (" + Scales.plain(mvrvLow) + ") must be below mvrvHigh ("
                    + Scales.plain(mvrvHigh) + ")");
        }
        fraction("top10HolderMax", top10HolderMax, problems);
        fraction("teamShareMax", teamShareMax, problems);
        range("teamVestingMinMonths", teamVestingMinMonths, 0, 1200, problems);
        range("unlockWindowDays", unlockWindowDays, 1, 3660, problems);
        fraction("unlockShareMax", unlockShareMax, problems);
        fraction("benchmarkStableYield", benchmarkStableYield, problems);
        positive("yieldMultipleMax", yieldMultipleMax, problems);
        range("staleScoreDays", staleScoreDays, 1, 3660, problems);
        problems.throwIfAny();
    }

    /** The APY above which a yield is unsustainable: {@code yieldMultipleMax × benchmarkStableYield}. */
    public BigDecimal yieldCap() {
        return yieldMultipleMax.multiply(benchmarkStableYield);
    }

    private static boolean positive(String field, BigDecimal value, InvalidValuesException.Collector problems) {
        if (!present(field, value, problems)) {
            return false;
        }
        if (value.signum() <= 0) {
            problems.add(field, field + " must be positive, was " + Scales.plain(value));
            return false;
        }
        return true;
    }

    private static void fraction(String field, BigDecimal value, InvalidValuesException.Collector problems) {
        if (present(field, value, problems) && (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0)) {
            problems.add(field, field + " must be a fraction from 0 to 1, was " + Scales.plain(value));
        }
    }

    private static boolean present(String field, BigDecimal value, InvalidValuesException.Collector problems) {
        if (value == null) {
            problems.add(field, field + " is required");
            return false;
        }
        return FieldChecks.fits(field, value, problems);
    }

    private static void range(String field, int value, int min, int max, InvalidValuesException.Collector problems) {
        if (value < min || value > max) {
            problems.add(field, field + " must be from " + min + " to " + max + ", was " + value);
        }
    }
}
