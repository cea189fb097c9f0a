package app.ballast.scoring;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.InvalidValuesException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class WarningThresholdsTest {

    @Test
    void theDefaultsAreTheSeedsFigures() {
        WarningThresholds d = WarningThresholds.DEFAULTS;
        assertEquals(bd("15"), d.fdvToMcMax());
        assertEquals(bd("0.02"), d.lowVolumeShare());
        assertEquals(7, d.lowVolumeDays());
        assertEquals(bd("0.05"), d.thinLiquidityShare());
        assertEquals(90, d.fearGreedHigh());
        assertEquals(10, d.fearGreedLow());
        assertEquals(bd("1"), d.mvrvLow());
        assertEquals(bd("3.5"), d.mvrvHigh());
        assertEquals(bd("0.5"), d.top10HolderMax());
        assertEquals(bd("0.30"), d.teamShareMax());
        assertEquals(12, d.teamVestingMinMonths());
        assertEquals(30, d.unlockWindowDays());
        assertEquals(bd("0.05"), d.unlockShareMax());
        assertEquals(bd("0.045"), d.benchmarkStableYield());
        assertEquals(bd("3"), d.yieldMultipleMax());
        assertEquals(90, d.staleScoreDays());
    }

    @Test
    void theYieldCapIsThreeTimesTheStableYield() {
        assertEquals(bd("0.135"), WarningThresholds.DEFAULTS.yieldCap());
    }

    @Test
    void everyRefusedSettingIsReportedAtOnce() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> new WarningThresholds(bd("0"),
                bd("1.5"), 0, null, 101, 95, bd("4"), bd("3.5"), bd("-0.1"), bd("0.3"), -1, 0, bd("0.05"),
                bd("0.045"), bd("-3"), 0));
        assertEquals(List.of(
                new Problem("fdvToMcMax", "fdvToMcMax must be positive, was 0"),
                new Problem("lowVolumeShare", "lowVolumeShare must be a fraction from 0 to 1, was 1.5"),
                new Problem("lowVolumeDays", "lowVolumeDays must be from 1 to 365, was 0"),
                new Problem("thinLiquidityShare", "thinLiquidityShare is required"),
                new Problem("fearGreedHigh", "fearGreedHigh must be from 0 to 100, was 101"),
                new Problem("mvrvLow", "mvrvLow (4) must be below mvrvHigh (3.5)"),
                new Problem("top10HolderMax", "top10HolderMax must be a fraction from 0 to 1, was -0.1"),
                new Problem("teamVestingMinMonths", "teamVestingMinMonths must be from 0 to 1200, was -1"),
                new Problem("unlockWindowDays", "unlockWindowDays must be from 1 to 3660, was 0"),
                new Problem("yieldMultipleMax", "yieldMultipleMax must be positive, was -3"),
                new Problem("staleScoreDays", "staleScoreDays must be from 1 to 3660, was 0")), e.problems());
    }

    @Test
    void fearMustStayBelowGreed() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> new WarningThresholds(bd("15"),
                bd("0.02"), 7, bd("0.05"), 50, 50, bd("1"), bd("3.5"), bd("0.5"), bd("0.3"), 12, 30, bd("0.05"),
                bd("0.045"), bd("3"), 90));
        assertEquals(List.of(new Problem("fearGreedLow", "fearGreedLow (50) must be below fearGreedHigh (50)")),
                e.problems());
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
