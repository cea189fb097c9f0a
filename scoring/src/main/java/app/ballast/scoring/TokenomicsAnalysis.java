package app.ballast.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the tokenomics analysis (SPEC §2) finds; each figure is null when the inputs it needs are missing.
 * Ratios and yields are fractions (0.05 for 5%); only {@link UnlockMonth#percentOfCirculating()} is a percentage.
 *
 * @param marketCap           price × circulating supply (USD)
 * @param fdv                 price × total supply (USD): the fully diluted valuation
 * @param fdvToMarketCap      FDV / market cap, which is total / circulating supply, so it needs no price
 * @param schedule            months 1 … n after the schedule start
 * @param monthlyInflation    monthly emission / circulating supply
 * @param annualInflation     12 × monthly inflation
 * @param revenueYield        revenue to stakers / value staked: the part of the yield that revenue pays
 * @param realYield           revenue yield − annual inflation: what a staker keeps after dilution
 * @param emissionFundedShare max(0, staking APY − revenue yield) / staking APY: the share of the advertised
 *                            yield paid with new tokens (0 when the APY is 0)
 */
public record TokenomicsAnalysis(BigDecimal marketCap, BigDecimal fdv, BigDecimal fdvToMarketCap, List<UnlockMonth> schedule,
                                 BigDecimal monthlyInflation, BigDecimal annualInflation, BigDecimal revenueYield,
                                 BigDecimal realYield, BigDecimal emissionFundedShare) {

    public TokenomicsAnalysis {
        schedule = List.copyOf(schedule);
    }
}
