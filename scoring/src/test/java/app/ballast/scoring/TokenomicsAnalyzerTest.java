package app.ballast.scoring;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.tokenomics.AllocationBucket;
import app.ballast.domain.tokenomics.TokenomicsInput;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenomicsAnalyzerTest {

    @Test
    void theSeedsExampleHasAMarketCapOf150MillionAndAnFdvOf500Million() {
        TokenomicsAnalysis analysis = TokenomicsAnalyzer.analyze(TokenomicsSamples.seedExample(), 12);
        assertEquals(bd("150000000"), analysis.marketCap());      // 0.5 × 300,000,000
        assertEquals(bd("500000000"), analysis.fdv());            // 0.5 × 1,000,000,000
        assertEquals(bd("3.333333333333333333333333333333333"), analysis.fdvToMarketCap());
    }

    @Test
    void theSeedsExampleUnlocksTeamAndInvestorsLinearly() {
        TokenomicsAnalysis analysis = TokenomicsAnalyzer.analyze(TokenomicsSamples.seedExample(), 25);
        List<UnlockMonth> schedule = analysis.schedule();
        assertEquals(25, schedule.size());

        // months 1–12: team 150,000,000 / 24 = 6,250,000; investors 250,000,000 / 12 = 20,833,333.33…
        UnlockMonth first = schedule.get(0);
        assertEquals(1, first.month());
        assertEquals(List.of("team", "investors", "community"), List.copyOf(first.unlocks().keySet()));
        assertEquals(bd("6250000"), first.unlocks().get("team"));
        assertEquals(bd("20833333.33333333333333333333333333"), first.unlocks().get("investors"));
        assertEquals(bd("0"), first.unlocks().get("community"));
        assertEquals(bd("27083333.33333333333333333333333333"), first.total());
        // 27,083,333.33… / 300,000,000 × 100 = 9.02777…%
        assertEquals(bd("9.027777777777777777777777777777778"), first.percentOfCirculating());
        assertEquals(first.total(), schedule.get(11).total());

        // months 13–24: the team alone, 6,250,000 = 2.0833…% of circulating
        UnlockMonth thirteenth = schedule.get(12);
        assertEquals(bd("0"), thirteenth.unlocks().get("investors"));
        assertEquals(bd("6250000"), thirteenth.total());
        assertEquals(bd("2.083333333333333333333333333333333"), thirteenth.percentOfCirculating());
        assertEquals(bd("6250000"), schedule.get(23).total());

        // month 25: everything has unlocked
        assertEquals(bd("0"), schedule.get(24).total());
        assertEquals(bd("0"), schedule.get(24).percentOfCirculating());
    }

    @Test
    void theSeedsExampleInflationAndYieldsUseFractions() {
        TokenomicsAnalysis analysis = TokenomicsAnalyzer.analyze(TokenomicsSamples.seedExample(), 1);
        assertEquals(bd("0.01666666666666666666666666666666667"), analysis.monthlyInflation()); // 5M / 300M
        assertEquals(bd("0.2"), analysis.annualInflation());                                    // 12 × 5M / 300M
        assertEquals(bd("0.05"), analysis.revenueYield());                                      // 5M / 100M
        assertEquals(bd("-0.15"), analysis.realYield());                                        // 0.05 − 0.2
        assertEquals(bd("0.9375"), analysis.emissionFundedShare());                             // (0.8 − 0.05) / 0.8
    }

    @Test
    void aCliffDelaysTheFirstUnlockToTheMonthAfterIt() {
        TokenomicsInput input = input(new AllocationBucket("team", bd("0.24"), 12, 24));
        List<UnlockMonth> schedule = TokenomicsAnalyzer.analyze(input, 40).schedule();
        assertEquals(bd("0"), schedule.get(11).total());             // month 12, still in the cliff
        assertEquals(bd("10"), schedule.get(12).total());            // month 13: 1,000 × 0.24 / 24
        assertEquals(bd("10"), schedule.get(35).total());            // month 36, the last
        assertEquals(bd("0"), schedule.get(36).total());             // month 37
        assertEquals(bd("4"), schedule.get(12).percentOfCirculating()); // 10 / 250 × 100
    }

    @Test
    void aBucketWithoutVestingUnlocksWholeAtTheEndOfItsCliff() {
        TokenomicsInput input = input(new AllocationBucket("treasury", bd("0.1"), 6, 0),
                new AllocationBucket("airdrop", bd("0.2"), 0, 0));
        List<UnlockMonth> schedule = TokenomicsAnalyzer.analyze(input, 12).schedule();
        assertEquals(bd("0"), schedule.get(4).total());
        assertEquals(Map.of("treasury", bd("100"), "airdrop", bd("0")), schedule.get(5).unlocks()); // month 6
        assertEquals(bd("0"), schedule.get(6).total());
        // the airdrop unlocked at the token generation event (month 0) and never appears
        assertEquals(bd("100"), schedule.stream().map(UnlockMonth::total).reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void theScheduleLastsFromOneToAHundredAndTwentyMonths() {
        TokenomicsInput input = input();
        assertEquals(1, TokenomicsAnalyzer.analyze(input, 1).schedule().size());
        assertEquals(120, TokenomicsAnalyzer.analyze(input, 120).schedule().size());
        InvalidValueException e = assertThrows(InvalidValueException.class, () -> TokenomicsAnalyzer.analyze(input, 0));
        assertEquals("months", e.field());
        assertEquals("months must be from 1 to 120, was 0", e.getMessage());
        assertEquals("months", assertThrows(InvalidValueException.class,
                () -> TokenomicsAnalyzer.analyze(input, 121)).field());
    }

    @Test
    void figuresWhoseInputsAreMissingAreNull() {
        TokenomicsAnalysis analysis = TokenomicsAnalyzer.analyze(input(), 3);
        assertNull(analysis.marketCap());
        assertNull(analysis.fdv());
        assertEquals(bd("4"), analysis.fdvToMarketCap()); // total / circulating needs no price
        assertNull(analysis.monthlyInflation());
        assertNull(analysis.annualInflation());
        assertNull(analysis.revenueYield());
        assertNull(analysis.realYield());
        assertNull(analysis.emissionFundedShare());
        assertEquals(bd("0"), analysis.schedule().get(0).total());
    }

    @Test
    void aYieldFullyPaidByRevenueHasNoEmissionFundedShare() {
        TokenomicsInput input = new TokenomicsInput(null, bd("1000"), bd("250"), null, bd("0"), bd("0.04"), bd("5"),
                bd("100"), null);
        TokenomicsAnalysis analysis = TokenomicsAnalyzer.analyze(input, 1);
        assertEquals(bd("0.05"), analysis.revenueYield());
        assertEquals(bd("0.05"), analysis.realYield());
        assertEquals(bd("0"), analysis.emissionFundedShare());
    }

    @Test
    void aZeroApyHasNoEmissionFundedShare() {
        TokenomicsInput input = new TokenomicsInput(null, bd("1000"), bd("250"), null, null, bd("0"), bd("5"),
                bd("100"), null);
        assertEquals(bd("0"), TokenomicsAnalyzer.analyze(input, 1).emissionFundedShare());
    }

    @Test
    void campNetworkTradesAtAboutAFifthOfItsFdvWithSeventyNinePercentUnlockingInMonthSixty() {
        TokenomicsAnalysis analysis = TokenomicsAnalyzer.analyze(TokenomicsSamples.campNetwork(), 120);
        assertEquals(bd("184800000"), analysis.marketCap());   // 0.088 × 2.1 billion: the seed's 185 million
        assertEquals(bd("880000000"), analysis.fdv());         // 0.088 × 10 billion
        assertEquals(bd("4.761904761904761904761904761904762"), analysis.fdvToMarketCap()); // the seed's "4–5 times"
        for (UnlockMonth month : analysis.schedule()) {
            if (month.month() != 60) {
                assertEquals(bd("0"), month.total(), "month " + month.month());
            }
        }
        UnlockMonth sixty = analysis.schedule().get(59);
        assertEquals(bd("7900000000"), sixty.total());         // 79% of 10 billion
        assertEquals(bd("376.1904761904761904761904761904762"), sixty.percentOfCirculating());
        assertEquals(bd("2900000000"), sixty.unlocks().get("Early backers"));
        assertNull(analysis.monthlyInflation());
    }

    @Test
    void campNetworksBigUnlockFallsOnTheTwentySeventhOfAugust2030() {
        TokenomicsInput camp = TokenomicsSamples.campNetwork();
        assertEquals(bd("7900000000"), TokenomicsAnalyzer.unlockingBetween(camp, LocalDate.of(2030, 8, 26),
                LocalDate.of(2030, 8, 27)));
        assertEquals(bd("0"), TokenomicsAnalyzer.unlockingBetween(camp, LocalDate.of(2030, 8, 27),
                LocalDate.of(2030, 12, 31)));
    }

    @Test
    void eigenLayerUnlocksAboutFivePointTwoSevenPercentOfItsCirculatingSupplyEachMonthAfterItsFirstYear() {
        TokenomicsAnalysis analysis = TokenomicsAnalyzer.analyze(TokenomicsSamples.eigenLayer(), 50);
        assertEquals(bd("266750000"), analysis.marketCap());                                 // 0.55 × 485 million
        assertEquals(bd("920505667.4"), analysis.fdv());                                     // 0.55 × 1,673,646,668
        assertEquals(bd("3.450817872164948453608247422680412"), analysis.fdvToMarketCap());
        assertEquals(bd("0"), analysis.schedule().get(11).total());                          // month 12, locked
        UnlockMonth thirteenth = analysis.schedule().get(12);
        // investors 0.295 × 1,673,646,668 / 36 = 13,714,604.64055…; contributors 0.255 × … / 36 = 11,854,997.23166…
        assertEquals(bd("13714604.64055555555555555555555556"), thirteenth.unlocks().get("Investors"));
        assertEquals(bd("11854997.23166666666666666666666667"), thirteenth.unlocks().get("Early contributors"));
        assertEquals(bd("25569601.87222222222222222222222222"), thirteenth.total());
        assertEquals(bd("5.272082860252004581901489117983963"), thirteenth.percentOfCirculating());
        assertEquals(thirteenth.total(), analysis.schedule().get(47).total());               // month 48, the last
        assertEquals(bd("0"), analysis.schedule().get(48).total());
        // 5.59 million a month over 485 million circulating
        assertEquals(bd("0.01152577319587628865979381443298969"), analysis.monthlyInflation());
        assertEquals(bd("0.1383092783505154639175257731958763"), analysis.annualInflation());
        assertNull(analysis.realYield());
    }

    @Test
    void unlockingBetweenCountsUnlockDatesAfterTheFirstDayUpToAndIncludingTheLast() {
        TokenomicsInput eigen = TokenomicsSamples.eigenLayer();
        BigDecimal monthly = bd("25569601.87222222222222222222222222");
        // month 15 unlocks on 2024-09-30 + 15 months = 2025-12-30
        assertEquals(monthly, TokenomicsAnalyzer.unlockingBetween(eigen, LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31)));
        assertEquals(monthly, TokenomicsAnalyzer.unlockingBetween(eigen, LocalDate.of(2025, 12, 29), LocalDate.of(2025, 12, 30)));
        assertEquals(bd("0"), TokenomicsAnalyzer.unlockingBetween(eigen, LocalDate.of(2025, 12, 30), LocalDate.of(2026, 1, 29)));
        // two unlocks in a window of two months
        assertEquals(bd("51139203.74444444444444444444444444"),
                TokenomicsAnalyzer.unlockingBetween(eigen, LocalDate.of(2025, 11, 29), LocalDate.of(2026, 1, 1)));
        // nothing during the first year's lock
        assertEquals(bd("0"), TokenomicsAnalyzer.unlockingBetween(eigen, LocalDate.of(2024, 9, 30), LocalDate.of(2025, 9, 29)));
    }

    @Test
    void aStartOnTheThirtyFirstUnlocksOnTheLastDayOfShorterMonths() {
        TokenomicsInput input = new TokenomicsInput(null, bd("1200"), bd("600"),
                List.of(new AllocationBucket("team", bd("0.1"), 0, 12)), null, null, null, null, LocalDate.of(2025, 1, 31));
        // month 1 ends on 2025-02-28
        assertEquals(bd("10"), TokenomicsAnalyzer.unlockingBetween(input, LocalDate.of(2025, 2, 27), LocalDate.of(2025, 2, 28)));
    }

    @Test
    void tokensUnlockedAtTheTokenGenerationEventCountWhenItFallsInTheWindow() {
        TokenomicsInput input = new TokenomicsInput(null, bd("1000"), bd("100"),
                List.of(new AllocationBucket("public sale", bd("0.1"), 0, 0)), null, null, null, null, LocalDate.of(2026, 3, 1));
        assertEquals(bd("100"), TokenomicsAnalyzer.unlockingBetween(input, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 1)));
        assertEquals(bd("0"), TokenomicsAnalyzer.unlockingBetween(input, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1)));
    }

    @Test
    void withoutAScheduleStartAWindowOfThirtyDaysHoldsMonthOneWhateverTheMonthsLength() {
        // regression: month 1 was dated from + 1 month, outside a 30-day window after the 1st of a 31-day month
        TokenomicsInput input = input(new AllocationBucket("team", bd("0.12"), 0, 12),
                new AllocationBucket("sale", bd("0.1"), 0, 0));
        assertEquals(bd("10"), TokenomicsAnalyzer.unlockingBetween(input, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)));
        assertEquals(bd("10"), TokenomicsAnalyzer.unlockingBetween(input, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 3)));
    }

    @Test
    void withoutAScheduleStartAWindowHoldsOneMonthPerThirtyDaysAndNeverTheTokensOfMonthZero() {
        TokenomicsInput input = input(new AllocationBucket("team", bd("0.12"), 0, 12),
                new AllocationBucket("sale", bd("0.1"), 0, 0));
        LocalDate from = LocalDate.of(2026, 1, 1);
        assertEquals(bd("0"), TokenomicsAnalyzer.unlockingBetween(input, from, from.plusDays(29)));
        assertEquals(bd("10"), TokenomicsAnalyzer.unlockingBetween(input, from, from.plusDays(59)));
        assertEquals(bd("20"), TokenomicsAnalyzer.unlockingBetween(input, from, from.plusDays(60)));
        assertEquals(bd("120"), TokenomicsAnalyzer.unlockingBetween(input, from, from.plusDays(3650)));
    }

    /** 1,000 tokens, 250 circulating, no price, emission or yield. */
    private static TokenomicsInput input(AllocationBucket... buckets) {
        return new TokenomicsInput(null, bd("1000"), bd("250"), List.of(buckets), null, null, null, null, null);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
