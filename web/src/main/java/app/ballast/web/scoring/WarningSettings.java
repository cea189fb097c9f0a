package app.ballast.web.scoring;

import app.ballast.scoring.WarningThresholds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;

/**
 * The thresholds of the asset warning rules (prefix {@code ballast.warnings}), with the seed's defaults
 * (SPEC §3). Shares and yields are fractions: {@code low-volume-share=0.02} is 2%.
 */
@ConfigMapping(prefix = "ballast.warnings")
public interface WarningSettings {

    @WithDefault("15")
    BigDecimal fdvToMcMax();

    @WithDefault("0.02")
    BigDecimal lowVolumeShare();

    @WithDefault("7")
    int lowVolumeDays();

    @WithDefault("0.05")
    BigDecimal thinLiquidityShare();

    @WithDefault("90")
    int fearGreedHigh();

    @WithDefault("10")
    int fearGreedLow();

    @WithDefault("1")
    BigDecimal mvrvLow();

    @WithDefault("3.5")
    BigDecimal mvrvHigh();

    @WithDefault("0.5")
    BigDecimal top10HolderMax();

    @WithDefault("0.30")
    BigDecimal teamShareMax();

    @WithDefault("12")
    int teamVestingMinMonths();

    @WithDefault("30")
    int unlockWindowDays();

    @WithDefault("0.05")
    BigDecimal unlockShareMax();

    @WithDefault("0.045")
    BigDecimal benchmarkStableYield();

    @WithDefault("3")
    BigDecimal yieldMultipleMax();

    @WithDefault("90")
    int staleScoreDays();

    /**
     * How old an entered Fear &amp; Greed index or MVRV may be and still fire SENTIMENT or VALUE_ZONE
     * today: a reading of last year says nothing about today's market.
     */
    @WithDefault("30")
    int marketInputMaxAgeDays();

    default WarningThresholds thresholds() {
        return new WarningThresholds(fdvToMcMax(), lowVolumeShare(), lowVolumeDays(), thinLiquidityShare(),
                fearGreedHigh(), fearGreedLow(), mvrvLow(), mvrvHigh(), top10HolderMax(), teamShareMax(),
                teamVestingMinMonths(), unlockWindowDays(), unlockShareMax(), benchmarkStableYield(),
                yieldMultipleMax(), staleScoreDays());
    }
}
