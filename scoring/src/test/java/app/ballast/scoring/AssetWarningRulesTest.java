package app.ballast.scoring;

import app.ballast.domain.MarketDay;
import app.ballast.domain.Severity;
import app.ballast.domain.Warning;
import app.ballast.domain.WarningRule;
import app.ballast.domain.tokenomics.AllocationBucket;
import app.ballast.domain.tokenomics.TokenomicsInput;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each rule at, just below and just above its threshold. SPEC §3's comparisons are strict: a figure exactly at
 * its threshold never fires.
 */
class AssetWarningRulesTest {

    private static final LocalDate AS_OF = LocalDate.of(2025, 12, 1);

    @Test
    void aSnapshotWithARecentScoreAndNothingElseRaisesNoWarning() {
        assertEquals(List.of(), AssetWarningRules.evaluate(snapshot(), WarningThresholds.DEFAULTS));
    }

    @Nested
    class FdvToMarketCap {

        @Test
        void firesJustAboveFifteenTimes() {
            Warning warning = single(WarningRule.FDV_MC, snapshot(supply("2", "1500.000000001", "100")));
            assertEquals(Severity.WARNING, warning.severity());
            assertEquals("TEST", warning.subject());
            assertEquals(AS_OF, warning.date());
            assertEquals(List.of("fdv", "marketCap", "totalSupply", "circulatingSupply", "ratio", "threshold"),
                    List.copyOf(warning.figures().keySet()));
            assertEquals(bd("3000.000000002"), warning.figures().get("fdv"));
            assertEquals(bd("200"), warning.figures().get("marketCap"));
            assertEquals(bd("15.00000000001"), warning.figures().get("ratio"));
            assertEquals(bd("15"), warning.figures().get("threshold"));
            assertEquals("FDV is 15 times the market cap (more than 15): a large future supply will press on the price.",
                    warning.message());
        }

        @Test
        void staysSilentAtExactlyFifteenTimes() {
            assertEquals(List.of(), fired(WarningRule.FDV_MC, snapshot(supply("2", "1500", "100"))));
        }

        @Test
        void staysSilentJustBelowFifteenTimes() {
            assertEquals(List.of(), fired(WarningRule.FDV_MC, snapshot(supply("2", "1499.999999999", "100"))));
        }

        @Test
        void needsNoPriceButThenShowsNoValuation() {
            Warning warning = single(WarningRule.FDV_MC, snapshot(supply(null, "2000", "100")));
            assertEquals(List.of("totalSupply", "circulatingSupply", "ratio", "threshold"),
                    List.copyOf(warning.figures().keySet()));
        }

        @Test
        void takesThePriceFromTheMarketWhenTheTokenomicsHaveNone() {
            AssetSnapshot snapshot = new AssetSnapshot("TEST", AS_OF, List.of(new MarketDay(AS_OF, bd("2"), null, null)),
                    supply(null, "2000", "100"), null, null, null, AS_OF, null);
            assertEquals(bd("200"), single(WarningRule.FDV_MC, snapshot).figures().get("marketCap"));
        }

        @Test
        void followsTheThresholdSetting() {
            WarningThresholds ten = thresholds(t -> t.fdvToMcMax = bd("10"));
            assertEquals(1, fired(WarningRule.FDV_MC, snapshot(supply("1", "1100", "100")), ten).size());
        }
    }

    @Nested
    class LowVolume {

        @Test
        void firesWhenEachOfTheLastSevenConsecutiveDaysIsJustBelowTwoPercent() {
            Warning warning = single(WarningRule.LOW_VOLUME, market(days(AS_OF, "1.99", "1.99", "1.99", "1.99", "1.99", "1.99", "1.5")));
            assertEquals(Severity.WARNING, warning.severity());
            assertEquals(AS_OF, warning.date());
            assertEquals(bd("0.015"), warning.figures().get("ratio"));
            assertEquals(bd("0.0199"), warning.figures().get("highestRatio"));
            assertEquals(bd("7"), warning.figures().get("days"));
            assertEquals(bd("0.02"), warning.figures().get("threshold"));
            assertEquals("24 h volume has been below 2% of market cap on each of the last 7 days (at most 1.99%, "
                    + "1.5% on 2025-12-01): liquidity risk.", warning.message());
        }

        @Test
        void staysSilentWhenOneDayIsExactlyTwoPercent() {
            assertEquals(List.of(), fired(WarningRule.LOW_VOLUME, market(days(AS_OF, "1", "1", "2", "1", "1", "1", "1"))));
        }

        @Test
        void staysSilentWhenOneDayIsJustAboveTwoPercent() {
            assertEquals(List.of(), fired(WarningRule.LOW_VOLUME, market(days(AS_OF, "1", "1", "1", "1", "1", "1", "2.01"))));
        }

        @Test
        void staysSilentAfterOnlySixLowDays() {
            assertEquals(List.of(), fired(WarningRule.LOW_VOLUME, market(days(AS_OF, "1", "1", "1", "1", "1", "1"))));
        }

        @Test
        void firesAfterEightLowDaysToo() {
            assertEquals(1, fired(WarningRule.LOW_VOLUME, market(days(AS_OF, "1", "1", "1", "1", "1", "1", "1", "1"))).size());
        }

        @Test
        void sevenLowDaysInTotalAreNotSevenConsecutiveDays() {
            // ten days, eight of them low, two healthy: never seven in a row
            List<MarketDay> days = days(AS_OF, "1", "1", "1", "6", "1", "1", "6", "1", "1", "1");
            assertEquals(List.of(), fired(WarningRule.LOW_VOLUME, market(days)));
        }

        @Test
        void aHealthyLatestDayEndsTheRun() {
            assertEquals(List.of(), fired(WarningRule.LOW_VOLUME, market(days(AS_OF, "1", "1", "1", "1", "1", "1", "1", "6"))));
        }

        @Test
        void aMissingDayBreaksTheRun() {
            List<MarketDay> days = days(AS_OF, "1", "1", "1", "1", "1", "1", "1", "1");
            days.remove(4); // seven entries over eight calendar days: one gap
            assertEquals(7, days.size());
            assertEquals(List.of(), fired(WarningRule.LOW_VOLUME, market(days)));
        }

        @Test
        void aDayWithoutVolumeBreaksTheRun() {
            List<MarketDay> days = days(AS_OF, "1", "1", "1", "1", "1", "1", "1");
            MarketDay third = days.get(2);
            days.set(2, new MarketDay(third.date(), third.price(), null, third.marketCap()));
            assertEquals(List.of(), fired(WarningRule.LOW_VOLUME, market(days)));
        }

        @Test
        void aSeriesEndingMonthsBeforeTheSnapshotDateDoesNotFire() {
            // regression: the last seven rows fired however old they were
            LocalDate monthsAgo = AS_OF.minusMonths(3);
            assertEquals(List.of(), fired(WarningRule.LOW_VOLUME, market(days(monthsAgo, "1", "1", "1", "1", "1", "1", "1"))));
        }

        @Test
        void aSeriesEndingTheDayBeforeTheSnapshotDateFiresButNotOneEndingTwoDaysBefore() {
            assertEquals(1, fired(WarningRule.LOW_VOLUME, market(days(AS_OF.minusDays(1), "1", "1", "1", "1", "1", "1", "1"))).size());
            assertEquals(List.of(), fired(WarningRule.LOW_VOLUME, market(days(AS_OF.minusDays(2), "1", "1", "1", "1", "1", "1", "1"))));
        }

        @Test
        void daysAfterTheSnapshotDateAreIgnored() {
            List<MarketDay> days = days(AS_OF, "1", "1", "1", "1", "1", "1", "1");
            days.add(day(AS_OF.plusDays(1), "6", "100"));
            assertEquals(1, fired(WarningRule.LOW_VOLUME, market(days)).size());
        }
    }

    @Nested
    class ThinLiquidity {

        @Test
        void isAnInformationJustBelowFivePercentOnTheLatestDay() {
            Warning warning = single(WarningRule.THIN_LIQUIDITY, market(days(AS_OF, "9", "4.99")));
            assertEquals(Severity.INFO, warning.severity());
            assertEquals(bd("0.0499"), warning.figures().get("ratio"));
            assertEquals(bd("0.05"), warning.figures().get("threshold"));
            assertEquals("24 h volume on 2025-12-01 was 4.99% of market cap, below the 5% of a healthy market: "
                    + "large orders will move the price.", warning.message());
        }

        @Test
        void staysSilentAtExactlyFivePercent() {
            assertEquals(List.of(), fired(WarningRule.THIN_LIQUIDITY, market(days(AS_OF, "5"))));
        }

        @Test
        void staysSilentJustAboveFivePercent() {
            assertEquals(List.of(), fired(WarningRule.THIN_LIQUIDITY, market(days(AS_OF, "1", "5.01"))));
        }

        @Test
        void isDatedOnTheLatestMarketDay() {
            LocalDate dayBefore = AS_OF.minusDays(1);
            assertEquals(dayBefore, single(WarningRule.THIN_LIQUIDITY, market(days(dayBefore, "1"))).date());
        }

        @Test
        void aSeriesEndingMonthsBeforeTheSnapshotDateDoesNotFire() {
            // regression: the last row fired however old it was
            assertEquals(List.of(), fired(WarningRule.THIN_LIQUIDITY, market(days(AS_OF.minusMonths(3), "1"))));
        }

        @Test
        void aLatestDayTwoDaysBeforeTheSnapshotDateIsTooOld() {
            assertEquals(List.of(), fired(WarningRule.THIN_LIQUIDITY, market(days(AS_OF.minusDays(2), "1"))));
        }
    }

    @Nested
    class Sentiment {

        @Test
        void extremeGreedJustAboveNinetyIsACaution() {
            Warning warning = single(WarningRule.SENTIMENT, sentiment(91));
            assertEquals(Severity.CAUTION, warning.severity());
            assertEquals(Map.of("fearGreed", bd("91"), "threshold", bd("90")), warning.figures());
            assertEquals("Fear & Greed is 91 (above 90), extreme greed: consider a partial take-profit.", warning.message());
        }

        @Test
        void staysSilentAtNinetyAndJustBelow() {
            assertEquals(List.of(), fired(WarningRule.SENTIMENT, sentiment(90)));
            assertEquals(List.of(), fired(WarningRule.SENTIMENT, sentiment(89)));
        }

        @Test
        void extremeFearJustBelowTenIsAnInformation() {
            Warning warning = single(WarningRule.SENTIMENT, sentiment(9));
            assertEquals(Severity.INFO, warning.severity());
            assertEquals("Fear & Greed is 9 (below 10), extreme fear: consider buying in batches.", warning.message());
        }

        @Test
        void staysSilentAtTenAndJustAbove() {
            assertEquals(List.of(), fired(WarningRule.SENTIMENT, sentiment(10)));
            assertEquals(List.of(), fired(WarningRule.SENTIMENT, sentiment(11)));
        }
    }

    @Nested
    class ValueZone {

        @Test
        void firesJustAboveThreePointFiveAsTheOvervaluedZone() {
            Warning warning = single(WarningRule.VALUE_ZONE, mvrv("3.51"));
            assertEquals(Severity.CAUTION, warning.severity());
            assertEquals(Map.of("mvrv", bd("3.51"), "threshold", bd("3.5")), warning.figures());
            assertEquals("MVRV is 3.51 (above 3.5): the overvalued zone.", warning.message());
        }

        @Test
        void staysSilentAtThreePointFiveAndJustBelow() {
            assertEquals(List.of(), fired(WarningRule.VALUE_ZONE, mvrv("3.5")));
            assertEquals(List.of(), fired(WarningRule.VALUE_ZONE, mvrv("3.49")));
        }

        @Test
        void firesJustBelowOneAsTheUndervaluedZone() {
            Warning warning = single(WarningRule.VALUE_ZONE, mvrv("0.99"));
            assertEquals(Severity.INFO, warning.severity());
            assertEquals("MVRV is 0.99 (below 1): the undervalued zone.", warning.message());
        }

        @Test
        void staysSilentAtOneAndJustAbove() {
            assertEquals(List.of(), fired(WarningRule.VALUE_ZONE, mvrv("1")));
            assertEquals(List.of(), fired(WarningRule.VALUE_ZONE, mvrv("1.01")));
        }
    }

    @Nested
    class HolderConcentration {

        @Test
        void firesJustAboveHalfTheSupply() {
            Warning warning = single(WarningRule.HOLDER_CONCENTRATION, holders("0.5001"));
            assertEquals(Severity.WARNING, warning.severity());
            assertEquals(Map.of("top10HolderShare", bd("0.5001"), "threshold", bd("0.5")), warning.figures());
            assertEquals("The 10 largest addresses hold 50.01% of the supply (more than 50%): centralisation and "
                    + "manipulation risk.", warning.message());
        }

        @Test
        void staysSilentAtHalfAndJustBelow() {
            assertEquals(List.of(), fired(WarningRule.HOLDER_CONCENTRATION, holders("0.5")));
            assertEquals(List.of(), fired(WarningRule.HOLDER_CONCENTRATION, holders("0.4999")));
        }
    }

    @Nested
    class TeamAllocation {

        @Test
        void firesJustAboveThirtyPercentWithVestingJustUnderTwelveMonths() {
            Warning warning = single(WarningRule.TEAM_ALLOCATION, buckets(new AllocationBucket("Team", bd("0.3001"), 6, 11)));
            assertEquals(Severity.WARNING, warning.severity());
            assertEquals(List.of("share", "Team", "threshold", "vestingThresholdMonths"),
                    List.copyOf(warning.figures().keySet()));
            assertEquals(bd("0.3001"), warning.figures().get("share"));
            assertEquals(bd("0.3001"), warning.figures().get("Team"));
            assertEquals(bd("0.30"), warning.figures().get("threshold"));
            assertEquals(bd("12"), warning.figures().get("vestingThresholdMonths"));
            assertEquals("The team holds 30.01% of the supply (more than 30%) vesting over fewer than 12 months: "
                    + "\"Team\" 30.01% over 11 months.", warning.message());
        }

        @Test
        void staysSilentAtThirtyPercentAndJustBelow() {
            assertEquals(List.of(), fired(WarningRule.TEAM_ALLOCATION, buckets(new AllocationBucket("Team", bd("0.30"), 0, 0))));
            assertEquals(List.of(), fired(WarningRule.TEAM_ALLOCATION, buckets(new AllocationBucket("Team", bd("0.2999"), 0, 0))));
        }

        @Test
        void staysSilentWithVestingOfTwelveMonthsOrMore() {
            assertEquals(List.of(), fired(WarningRule.TEAM_ALLOCATION, buckets(new AllocationBucket("Team", bd("0.5"), 0, 12))));
            assertEquals(List.of(), fired(WarningRule.TEAM_ALLOCATION, buckets(new AllocationBucket("Team", bd("0.5"), 0, 13))));
        }

        @Test
        void recognisesFoundersAndContributorsWhateverTheCase() {
            Warning warning = single(WarningRule.TEAM_ALLOCATION, buckets(new AllocationBucket("FOUNDERS", bd("0.31"), 0, 0),
                    new AllocationBucket("Core contributors", bd("0.31"), 0, 0)));
            assertEquals(bd("0.62"), warning.figures().get("share"));
        }

        @Test
        void teamBucketsSplitInTwoAreSummedInsteadOfCheckedOneByOne() {
            // regression: team 20% + founders 15%, both vesting over 6 months, is 35% and raised nothing
            Warning warning = single(WarningRule.TEAM_ALLOCATION, buckets(new AllocationBucket("team", bd("0.20"), 0, 6),
                    new AllocationBucket("investors", bd("0.30"), 0, 6), new AllocationBucket("founders", bd("0.15"), 3, 6)));
            assertEquals(List.of("share", "team", "founders", "threshold", "vestingThresholdMonths"),
                    List.copyOf(warning.figures().keySet()));
            assertEquals(bd("0.35"), warning.figures().get("share"));
            assertEquals(bd("0.20"), warning.figures().get("team"));
            assertEquals(bd("0.15"), warning.figures().get("founders"));
            assertEquals("The team holds 35% of the supply (more than 30%) vesting over fewer than 12 months: "
                    + "\"team\" 20% over 6 months, \"founders\" 15% over 6 months.", warning.message());
        }

        @Test
        void aTeamBucketVestingOverTwelveMonthsOrMoreIsNotAddedToTheOthers() {
            assertEquals(List.of(), fired(WarningRule.TEAM_ALLOCATION, buckets(new AllocationBucket("team", bd("0.20"), 0, 6),
                    new AllocationBucket("founders", bd("0.15"), 0, 12))));
        }

        @Test
        void staysSilentWhenTheSummedShareIsExactlyThirtyPercent() {
            assertEquals(List.of(), fired(WarningRule.TEAM_ALLOCATION, buckets(new AllocationBucket("team", bd("0.20"), 0, 6),
                    new AllocationBucket("founders", bd("0.10"), 0, 6))));
        }

        @Test
        void knowsATeamBucketByAWholeWordOfItsName() {
            List<String> teamLike = List.of("Team", "team & advisors", "Founders", "Founder", "Core contributors",
                    "EARLY CONTRIBUTORS", "核心团队", "创始人");
            List<String> others = List.of("Investors", "Community", "Steam rewards", "Ecosystem", "Foundation");
            for (String name : teamLike) {
                assertTrue(AssetWarningRules.isTeamLike(new AllocationBucket(name, bd("0.1"), 0, 0)), name);
            }
            for (String name : others) {
                assertEquals(false, AssetWarningRules.isTeamLike(new AllocationBucket(name, bd("0.1"), 0, 0)), name);
            }
        }

        @Test
        void ignoresOtherBuckets() {
            assertEquals(List.of(), fired(WarningRule.TEAM_ALLOCATION, buckets(new AllocationBucket("Investors", bd("0.5"), 0, 0))));
        }
    }

    @Nested
    class UnlockPressure {

        @Test
        void firesJustAboveFivePercentOfCirculatingSupplyWithinThirtyDays() {
            // 10,000 tokens, 1,000 circulating; a slice unlocking on 2025-12-26 (month 1 after 2025-11-26)
            Warning warning = single(WarningRule.UNLOCK_PRESSURE, unlocking("0.005001", AS_OF.minusDays(5), 1));
            assertEquals(Severity.WARNING, warning.severity());
            assertEquals(bd("50.01"), warning.figures().get("unlocking"));
            assertEquals(bd("1000"), warning.figures().get("circulatingSupply"));
            assertEquals(bd("0.05001"), warning.figures().get("share"));
            assertEquals(bd("30"), warning.figures().get("windowDays"));
            assertEquals(bd("0.05"), warning.figures().get("threshold"));
            assertEquals("50.01 tokens unlock by 2025-12-31, 5% of the circulating supply (more than 5%): "
                    + "selling pressure ahead.", warning.message());
        }

        @Test
        void staysSilentAtExactlyFivePercentAndJustBelow() {
            assertEquals(List.of(), fired(WarningRule.UNLOCK_PRESSURE, unlocking("0.005", AS_OF.minusDays(5), 1)));
            assertEquals(List.of(), fired(WarningRule.UNLOCK_PRESSURE, unlocking("0.004999", AS_OF.minusDays(5), 1)));
        }

        @Test
        void countsAnUnlockOnTheThirtiethDayButNotTheThirtyFirst() {
            assertEquals(1, fired(WarningRule.UNLOCK_PRESSURE, unlocking("0.01", AS_OF.plusDays(30), 0)).size());
            assertEquals(List.of(), fired(WarningRule.UNLOCK_PRESSURE, unlocking("0.01", AS_OF.plusDays(31), 0)));
        }

        @Test
        void anUnlockOnTheSnapshotDateIsPastAlready() {
            assertEquals(List.of(), fired(WarningRule.UNLOCK_PRESSURE, unlocking("0.01", AS_OF, 0)));
        }

        @Test
        void withoutAScheduleStartNextMonthsUnlockIsNotMissedWhenTheMonthHasThirtyOneDays() {
            // regression: the schedule started on asOf, so month 1 fell on asOf.plusMonths(1), 31 days later in 7 months
            // of 12, outside the 30-day window. 1,000 tokens, 100 circulating: the investors unlock 10 (10%) a month.
            TokenomicsInput input = new TokenomicsInput(null, bd("1000"), bd("100"),
                    List.of(new AllocationBucket("investors", bd("0.1"), 0, 10)), null, null, null, null, null);
            for (int month = 1; month <= 12; month++) {
                LocalDate asOf = LocalDate.of(2024, month, 10);
                AssetSnapshot snapshot = new AssetSnapshot("TEST", asOf, List.of(), input, null, null, null, asOf, null);
                Warning warning = single(WarningRule.UNLOCK_PRESSURE, snapshot);
                assertEquals(bd("10"), warning.figures().get("unlocking"), asOf.toString());
                assertEquals(bd("0.1"), warning.figures().get("share"), asOf.toString());
            }
        }

        @Test
        void withoutAScheduleStartAWindowHoldsOneScheduleMonthPerThirtyDays() {
            TokenomicsInput input = new TokenomicsInput(null, bd("1000"), bd("100"),
                    List.of(new AllocationBucket("investors", bd("0.03"), 0, 10)), null, null, null, null, null);
            // 3 tokens a month, 3% of circulating: one month stays under 5%, two (60 days) are 6%
            assertEquals(List.of(), fired(WarningRule.UNLOCK_PRESSURE, snapshot(input)));
            assertEquals(List.of(), fired(WarningRule.UNLOCK_PRESSURE, snapshot(input), unlockWindow(59)));
            assertEquals(bd("6"), AssetWarningRules.evaluate(snapshot(input), unlockWindow(60)).stream()
                    .filter(w -> w.rule() == WarningRule.UNLOCK_PRESSURE).findFirst().orElseThrow().figures().get("unlocking"));
        }

        @Test
        void firesForEigenLayerInDecember2025() {
            AssetSnapshot eigen = new AssetSnapshot("EIGEN", AS_OF, List.of(), TokenomicsSamples.eigenLayer(), null, null,
                    null, AS_OF, null);
            Warning warning = single(WarningRule.UNLOCK_PRESSURE, eigen);
            assertEquals(bd("25569601.87222222222222222222222222"), warning.figures().get("unlocking"));
            assertEquals("25569601.87 tokens unlock by 2025-12-31, 5.27% of the circulating supply (more than 5%): "
                    + "selling pressure ahead.", warning.message());
        }
    }

    @Nested
    class UnsustainableYield {

        @Test
        void firesJustAboveThreeTimesTheStableYield() {
            Warning warning = single(WarningRule.UNSUSTAINABLE_YIELD, yields("0.1351", null, null, null));
            assertEquals(Severity.WARNING, warning.severity());
            assertEquals(Map.of("stakingApy", bd("0.1351"), "benchmarkStableYield", bd("0.045"), "threshold", bd("0.135")),
                    warning.figures());
            assertEquals("The advertised APY of 13.51% is more than 3 times the 4.5% of a stable yield: such a yield "
                    + "is paid with new tokens rather than revenue, and dilutes the holders it pays.", warning.message());
        }

        @Test
        void staysSilentAtThreeTimesAndJustBelow() {
            assertEquals(List.of(), fired(WarningRule.UNSUSTAINABLE_YIELD, yields("0.135", null, null, null)));
            assertEquals(List.of(), fired(WarningRule.UNSUSTAINABLE_YIELD, yields("0.1349", null, null, null)));
        }

        @Test
        void firesWhenTheRealYieldIsJustBelowZero() {
            // revenue 6 on 100 staked = 6%; inflation 12 × 5.0001 / 1000 = 6.00012%
            Warning warning = single(WarningRule.UNSUSTAINABLE_YIELD, yields("0.06", "5.0001", "6", "100"));
            assertEquals(bd("-0.0000012"), warning.figures().get("realYield"));
            assertEquals(List.of("stakingApy", "benchmarkStableYield", "threshold", "revenueYield", "annualInflation",
                    "realYield"), List.copyOf(warning.figures().keySet()));
            assertTrue(warning.message().startsWith("The real yield is -0.00012% (revenue yield 6% minus inflation 6%)"),
                    warning.message());
        }

        @Test
        void staysSilentWhenTheRealYieldIsZeroOrJustAbove() {
            assertEquals(List.of(), fired(WarningRule.UNSUSTAINABLE_YIELD, yields("0.06", "5", "6", "100")));
            assertEquals(List.of(), fired(WarningRule.UNSUSTAINABLE_YIELD, yields("0.06", "4.9999", "6", "100")));
        }

        @Test
        void aTooHighApyAndANegativeRealYieldMakeOneWarningWithBothReasons() {
            Warning warning = single(WarningRule.UNSUSTAINABLE_YIELD, TokenomicsSamples.seedExample());
            assertEquals(bd("-0.15"), warning.figures().get("realYield"));
            assertEquals("The advertised APY of 80% is more than 3 times the 4.5% of a stable yield, and the real "
                    + "yield is -15% (revenue yield 5% minus inflation 20%): such a yield is paid with new tokens "
                    + "rather than revenue, and dilutes the holders it pays.", warning.message());
        }
    }

    @Nested
    class StaleScore {

        @Test
        void firesWhenTheAssetWasNeverScored() {
            Warning warning = single(WarningRule.STALE_SCORE, scored(null, null));
            assertEquals(Severity.CAUTION, warning.severity());
            assertEquals("TEST has never been scored: fill in its score card.", warning.message());
        }

        @Test
        void firesWhenTheScoreIsNinetyOneDaysOld() {
            Warning warning = single(WarningRule.STALE_SCORE, scored(AS_OF.minusDays(91), null));
            assertEquals(bd("91"), warning.figures().get("ageDays"));
            assertEquals(bd("90"), warning.figures().get("threshold"));
            assertEquals("The latest score, of 2025-09-01, is 91 days old (more than 90): evaluate TEST again.",
                    warning.message());
        }

        @Test
        void staysSilentAtNinetyDaysAndJustUnder() {
            assertEquals(List.of(), fired(WarningRule.STALE_SCORE, scored(AS_OF.minusDays(90), null)));
            assertEquals(List.of(), fired(WarningRule.STALE_SCORE, scored(AS_OF.minusDays(89), null)));
        }

        @Test
        void firesWhenAnEventIsDatedAfterTheLatestScore() {
            LocalDate scoredOn = AS_OF.minusDays(10);
            assertEquals("The latest score, of 2025-11-21, does not account for the event recorded on 2025-11-22: "
                    + "evaluate TEST again.", single(WarningRule.STALE_SCORE, scored(scoredOn, scoredOn.plusDays(1))).message());
        }

        @Test
        void anEvaluationOnTheDayOfTheEventClearsTheStaleScore() {
            // regression: an event on day D still flagged an evaluation also dated D, so it could not be cleared that day
            assertEquals(List.of(), fired(WarningRule.STALE_SCORE, scored(AS_OF, AS_OF)));
            assertEquals(List.of(), fired(WarningRule.STALE_SCORE, scored(AS_OF.minusDays(10), AS_OF.minusDays(10))));
        }

        @Test
        void staysSilentWhenTheEventIsOlderThanTheScore() {
            LocalDate scoredOn = AS_OF.minusDays(10);
            assertEquals(List.of(), fired(WarningRule.STALE_SCORE, scored(scoredOn, scoredOn.minusDays(1))));
        }

        @Test
        void anOldScoreAndAnEventSinceMakeOneWarning() {
            assertEquals("The latest score, of 2025-01-01, is 334 days old (more than 90) and does not account for the "
                    + "event recorded on 2025-06-01: evaluate TEST again.",
                    single(WarningRule.STALE_SCORE, scored(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1))).message());
        }
    }

    @Test
    void warningsComeInTheOrderOfTheRules() {
        AssetSnapshot snapshot = new AssetSnapshot("TEST", AS_OF, days(AS_OF, "1", "1", "1", "1", "1", "1", "1"),
                TokenomicsSamples.seedExample(), 95, bd("4"), bd("0.9"), null, null);
        assertEquals(List.of(WarningRule.LOW_VOLUME, WarningRule.THIN_LIQUIDITY, WarningRule.SENTIMENT,
                        WarningRule.VALUE_ZONE, WarningRule.HOLDER_CONCENTRATION, WarningRule.UNSUSTAINABLE_YIELD,
                        WarningRule.STALE_SCORE),
                AssetWarningRules.evaluate(snapshot, WarningThresholds.DEFAULTS).stream().map(Warning::rule).toList());
    }

    // --- snapshots -------------------------------------------------------------------------------------------

    private static AssetSnapshot snapshot() {
        return new AssetSnapshot("TEST", AS_OF, null, null, null, null, null, AS_OF, null);
    }

    private static AssetSnapshot snapshot(TokenomicsInput tokenomics) {
        return new AssetSnapshot("TEST", AS_OF, null, tokenomics, null, null, null, AS_OF, null);
    }

    private static AssetSnapshot market(List<MarketDay> days) {
        return new AssetSnapshot("TEST", AS_OF, days, null, null, null, null, AS_OF, null);
    }

    private static AssetSnapshot sentiment(int fearGreed) {
        return new AssetSnapshot("TEST", AS_OF, null, null, fearGreed, null, null, AS_OF, null);
    }

    private static AssetSnapshot mvrv(String mvrv) {
        return new AssetSnapshot("TEST", AS_OF, null, null, null, bd(mvrv), null, AS_OF, null);
    }

    private static AssetSnapshot holders(String share) {
        return new AssetSnapshot("TEST", AS_OF, null, null, null, null, bd(share), AS_OF, null);
    }

    private static AssetSnapshot scored(LocalDate scoredOn, LocalDate eventOn) {
        return new AssetSnapshot("TEST", AS_OF, null, null, null, null, null, scoredOn, eventOn);
    }

    private static TokenomicsInput supply(String price, String total, String circulating) {
        return new TokenomicsInput(price == null ? null : bd(price), bd(total), bd(circulating), null, null, null, null,
                null, null);
    }

    private static TokenomicsInput buckets(AllocationBucket... buckets) {
        return new TokenomicsInput(null, bd("1000"), bd("1000"), List.of(buckets), null, null, null, null, null);
    }

    /** 10,000 tokens, 1,000 circulating, one slice of {@code share} unlocking whole at the end of month {@code cliff}. */
    private static TokenomicsInput unlocking(String share, LocalDate start, int cliff) {
        return new TokenomicsInput(null, bd("10000"), bd("1000"), List.of(new AllocationBucket("investors", bd(share), cliff, 0)),
                null, null, null, null, start);
    }

    /** 1,000 circulating of 1,000 tokens. */
    private static TokenomicsInput yields(String apy, String emission, String revenue, String staked) {
        return new TokenomicsInput(null, bd("1000"), bd("1000"), null, emission == null ? null : bd(emission), bd(apy),
                revenue == null ? null : bd(revenue), staked == null ? null : bd(staked), null);
    }

    /** One market day per volume (in percent of a 100 market cap), the last on {@code last}. */
    private static List<MarketDay> days(LocalDate last, String... volumePercents) {
        List<MarketDay> days = new ArrayList<>();
        for (int i = 0; i < volumePercents.length; i++) {
            days.add(day(last.minusDays(volumePercents.length - 1L - i), volumePercents[i], "100"));
        }
        return days;
    }

    private static MarketDay day(LocalDate date, String volume, String marketCap) {
        return new MarketDay(date, BigDecimal.ONE, bd(volume), bd(marketCap));
    }

    // --- evaluation --------------------------------------------------------------------------------------------

    private static List<Warning> fired(WarningRule rule, AssetSnapshot snapshot) {
        return fired(rule, snapshot, WarningThresholds.DEFAULTS);
    }

    private static List<Warning> fired(WarningRule rule, TokenomicsInput tokenomics) {
        return fired(rule, snapshot(tokenomics));
    }

    private static List<Warning> fired(WarningRule rule, AssetSnapshot snapshot, WarningThresholds thresholds) {
        return AssetWarningRules.evaluate(snapshot, thresholds).stream().filter(w -> w.rule() == rule).toList();
    }

    private static Warning single(WarningRule rule, AssetSnapshot snapshot) {
        List<Warning> warnings = fired(rule, snapshot);
        assertEquals(1, warnings.size(), rule + " fired " + warnings);
        return warnings.get(0);
    }

    private static Warning single(WarningRule rule, TokenomicsInput tokenomics) {
        return single(rule, snapshot(tokenomics));
    }

    /** The default thresholds with some changed. */
    private static WarningThresholds thresholds(java.util.function.Consumer<Draft> change) {
        Draft draft = new Draft();
        change.accept(draft);
        WarningThresholds d = WarningThresholds.DEFAULTS;
        return new WarningThresholds(draft.fdvToMcMax, d.lowVolumeShare(), d.lowVolumeDays(), d.thinLiquidityShare(),
                d.fearGreedHigh(), d.fearGreedLow(), d.mvrvLow(), d.mvrvHigh(), d.top10HolderMax(), d.teamShareMax(),
                d.teamVestingMinMonths(), draft.unlockWindowDays, d.unlockShareMax(), d.benchmarkStableYield(),
                d.yieldMultipleMax(), d.staleScoreDays());
    }

    private static final class Draft {
        BigDecimal fdvToMcMax = WarningThresholds.DEFAULTS.fdvToMcMax();
        int unlockWindowDays = WarningThresholds.DEFAULTS.unlockWindowDays();
    }

    private static WarningThresholds unlockWindow(int days) {
        return thresholds(t -> t.unlockWindowDays = days);
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
