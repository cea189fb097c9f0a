package app.ballast.scoring;

import app.ballast.domain.tokenomics.AllocationBucket;
import app.ballast.domain.tokenomics.TokenomicsInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Tokenomics from the seeds, for the tests and as the demo's figures.
 *
 * <p>Where a seed leaves a figure open, the choice made here is written beside it.
 */
final class TokenomicsSamples {

    private TokenomicsSamples() {
    }

    /**
     * The hypothetical token of seed 000 §2.4: 1 billion tokens, 300 million circulating at 0.50 USD; team 15%
     * over 24 months, investors 25% over 12, community 60% (taken as unlocked at launch); 5 million USD of revenue
     * to stakers, 200 million tokens staked (100 million USD at 0.50), an advertised APY of 80% (0.8, not the
     * sample code's 0.80-meaning-80). The seed gives no emission: 5 million tokens a month is chosen here.
     */
    static TokenomicsInput seedExample() {
        return new TokenomicsInput(bd("0.5"), bd("1000000000"), bd("300000000"), List.of(
                new AllocationBucket("team", bd("0.15"), 0, 24),
                new AllocationBucket("investors", bd("0.25"), 0, 12),
                new AllocationBucket("community", bd("0.60"), 0, 0)),
                bd("5000000"), bd("0.8"), bd("5000000"), bd("100000000"), LocalDate.of(2025, 1, 1));
    }

    /**
     * Camp Network (CAMP), seed 001: a fixed supply of 10 billion, 2.1 billion (21%) circulating since the token
     * launched with the mainnet on 2025-08-27, listed at about 0.088 USD (market cap 185–220 million, FDV about
     * 1 billion). Allocation: ecosystem growth 26%, early backers 29%, protocol development 20%, community 15%,
     * foundation/treasury 10%; most of it under a 5-year lock, the next major unlock on 2030-08-27 (month 60),
     * 79% of the supply still locked. The seed does not say which slices make up the 21% in circulation: here the
     * community's 15% and 6 of ecosystem growth's 26 points are taken as unlocked at launch, and the other 79% as
     * unlocking all at once on 2030-08-27 (cliff 60 months, no vesting). Deflationary (burns): no emission; no
     * staking figures.
     */
    static TokenomicsInput campNetwork() {
        return new TokenomicsInput(bd("0.088"), bd("10000000000"), bd("2100000000"), List.of(
                new AllocationBucket("Community", bd("0.15"), 0, 0),
                new AllocationBucket("Ecosystem growth (unlocked)", bd("0.06"), 0, 0),
                new AllocationBucket("Ecosystem growth (locked)", bd("0.20"), 60, 0),
                new AllocationBucket("Early backers", bd("0.29"), 60, 0),
                new AllocationBucket("Protocol development", bd("0.20"), 60, 0),
                new AllocationBucket("Foundation", bd("0.10"), 60, 0)),
                null, null, null, null, LocalDate.of(2025, 8, 27));
    }

    /**
     * EigenLayer (EIGEN), seed 001, December 2025: initial supply 1,673,646,668; about 485 million circulating;
     * price 0.50–0.60 USD (0.55 here, market cap 266.75 million, inside the seed's 245–320 million). Community
     * 45% (taken as unlocked), investors 29.5% and early contributors 25.5% locked for a year from transferability
     * (2024-09-30), then unlocking monthly over 3 years (the seed also says "4% a month", which over 36 months
     * would be 144%: the 3 years are kept, so 1/36 a month). Inflation 4% a year, about 1.29 million EIGEN a week:
     * 1.29 million × 52 / 12 = 5.59 million a month. Restaking rewards about 4.24% in EIGEN; no revenue figures.
     */
    static TokenomicsInput eigenLayer() {
        return new TokenomicsInput(bd("0.55"), bd("1673646668"), bd("485000000"), List.of(
                new AllocationBucket("Community", bd("0.45"), 0, 0),
                new AllocationBucket("Investors", bd("0.295"), 12, 36),
                new AllocationBucket("Early contributors", bd("0.255"), 12, 36)),
                bd("5590000"), bd("0.0424"), null, null, LocalDate.of(2024, 9, 30));
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
