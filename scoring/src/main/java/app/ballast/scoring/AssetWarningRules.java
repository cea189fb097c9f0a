package app.ballast.scoring;

import app.ballast.domain.MarketDay;
import app.ballast.domain.Scales;
import app.ballast.domain.Severity;
import app.ballast.domain.Warning;
import app.ballast.domain.WarningRule;
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
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The asset warning rules of SPEC §3, run over one {@link AssetSnapshot}. Every comparison is strict, as in
 * the SPEC ("> 15", "< 2%"): a figure exactly at its threshold does not fire. Ratios are compared exactly (by
 * cross-multiplying), never after rounding. Each warning is about the snapshot's symbol, dated {@code asOf}
 * (the market day for the volume rules), and carries its inputs, the computed figure and the threshold.
 *
 * <p>LOW_VOLUME and THIN_LIQUIDITY speak of the market now: they fire only when the latest market day up to
 * {@code asOf} is {@code asOf} itself or the day before (today's close may not be in yet). A series that ends
 * earlier says nothing of today's liquidity, and the two rules then stay silent.
 *
 * <p>Severities: {@code WARNING} for a structural risk to the capital — FDV_MC, LOW_VOLUME,
 * HOLDER_CONCENTRATION, TEAM_ALLOCATION, UNLOCK_PRESSURE, UNSUSTAINABLE_YIELD; {@code CAUTION} for a call to
 * look again — SENTIMENT when greed is extreme (consider a partial take-profit), VALUE_ZONE in the overvalued
 * zone, STALE_SCORE; {@code INFO} for a note — THIN_LIQUIDITY (SPEC: informational), SENTIMENT when fear is
 * extreme (consider buying in batches), VALUE_ZONE in the undervalued zone.
 */
public final class AssetWarningRules {

    /**
     * A bucket held by the people who build the project, by its name: team, founders, (core, early) contributors,
     * as whole words in any case, or 团队, 创始人, 贡献者.
     */
    private static final Pattern TEAM_LIKE = Pattern.compile("\\b(team|founders?|contributors?)\\b|团队|创始人|贡献者",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private AssetWarningRules() {
    }

    /** Every warning the snapshot fires, in the order of {@link WarningRule}. */
    public static List<Warning> evaluate(AssetSnapshot snapshot, WarningThresholds thresholds) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(thresholds, "thresholds");
        Rules rules = new Rules(snapshot, thresholds);
        rules.fdvToMarketCap();
        rules.lowVolume();
        rules.thinLiquidity();
        rules.sentiment();
        rules.valueZone();
        rules.holderConcentration();
        rules.teamAllocation();
        rules.unlockPressure();
        rules.unsustainableYield();
        rules.staleScore();
        return List.copyOf(rules.warnings);
    }

    /** Whether a bucket's name says it belongs to the team (team, founders, core contributors, …). */
    public static boolean isTeamLike(AllocationBucket bucket) {
        return TEAM_LIKE.matcher(bucket.name()).find();
    }

    /** One evaluation: the snapshot, the thresholds and the warnings found so far. */
    private static final class Rules {
        private final AssetSnapshot snapshot;
        private final WarningThresholds limits;
        private final TokenomicsInput tokenomics;
        private final List<MarketDay> market;
        private final List<Warning> warnings = new ArrayList<>();

        Rules(AssetSnapshot snapshot, WarningThresholds limits) {
            this.snapshot = snapshot;
            this.limits = limits;
            this.tokenomics = snapshot.tokenomics();
            this.market = snapshot.marketUpToAsOf();
        }

        void fdvToMarketCap() {
            if (tokenomics == null) {
                return;
            }
            BigDecimal total = tokenomics.totalSupply();
            BigDecimal circulating = tokenomics.circulatingSupply();
            // FDV / market cap = total / circulating supply: the price cancels out.
            if (total.compareTo(limits.fdvToMcMax().multiply(circulating)) <= 0) {
                return;
            }
            BigDecimal ratio = divide(total, circulating);
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            BigDecimal price = tokenomics.price() != null ? tokenomics.price()
                    : market.isEmpty() ? null : market.get(market.size() - 1).price();
            if (price != null) {
                figures.put("fdv", Scales.compact(price.multiply(total)));
                figures.put("marketCap", Scales.compact(price.multiply(circulating)));
            }
            figures.put("totalSupply", total);
            figures.put("circulatingSupply", circulating);
            figures.put("ratio", ratio);
            figures.put("threshold", limits.fdvToMcMax());
            add(WarningRule.FDV_MC, Severity.WARNING, snapshot.asOf(), "FDV is " + show(ratio)
                    + " times the market cap (more than " + show(limits.fdvToMcMax())
                    + "): a large future supply will press on the price.", figures);
        }

        void lowVolume() {
            int days = limits.lowVolumeDays();
            if (!marketIsCurrent() || market.size() < days) {
                return;
            }
            List<MarketDay> lastDays = market.subList(market.size() - days, market.size());
            MarketDay latest = lastDays.get(days - 1);
            if (!lastDays.get(0).date().equals(latest.date().minusDays(days - 1L))) {
                return; // a gap: the days are not consecutive
            }
            BigDecimal highest = null;
            for (MarketDay day : lastDays) {
                if (!below(day, limits.lowVolumeShare())) {
                    return;
                }
                BigDecimal share = divide(day.volume(), day.marketCap());
                highest = highest == null ? share : highest.max(share);
            }
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("volume", latest.volume());
            figures.put("marketCap", latest.marketCap());
            figures.put("ratio", divide(latest.volume(), latest.marketCap()));
            figures.put("highestRatio", highest);
            figures.put("days", BigDecimal.valueOf(days));
            figures.put("threshold", limits.lowVolumeShare());
            add(WarningRule.LOW_VOLUME, Severity.WARNING, latest.date(), "24 h volume has been below "
                    + percent(limits.lowVolumeShare()) + " of market cap on each of the last " + days
                    + " days (at most " + percent(highest) + ", " + percent(figures.get("ratio"))
                    + " on " + latest.date() + "): liquidity risk.", figures);
        }

        void thinLiquidity() {
            if (!marketIsCurrent()) {
                return;
            }
            MarketDay latest = market.get(market.size() - 1);
            if (!below(latest, limits.thinLiquidityShare())) {
                return;
            }
            BigDecimal ratio = divide(latest.volume(), latest.marketCap());
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("volume", latest.volume());
            figures.put("marketCap", latest.marketCap());
            figures.put("ratio", ratio);
            figures.put("threshold", limits.thinLiquidityShare());
            add(WarningRule.THIN_LIQUIDITY, Severity.INFO, latest.date(), "24 h volume on " + latest.date()
                    + " was " + percent(ratio) + " of market cap, below the " + percent(limits.thinLiquidityShare())
                    + " of a healthy market: large orders will move the price.", figures);
        }

        void sentiment() {
            Integer index = snapshot.fearGreed();
            if (index == null) {
                return;
            }
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("fearGreed", BigDecimal.valueOf(index));
            if (index > limits.fearGreedHigh()) {
                figures.put("threshold", BigDecimal.valueOf(limits.fearGreedHigh()));
                add(WarningRule.SENTIMENT, Severity.CAUTION, snapshot.asOf(), "Fear & Greed is " + index
                        + " (above " + limits.fearGreedHigh() + "), extreme greed: consider a partial take-profit.",
                        figures);
            } else if (index < limits.fearGreedLow()) {
                figures.put("threshold", BigDecimal.valueOf(limits.fearGreedLow()));
                add(WarningRule.SENTIMENT, Severity.INFO, snapshot.asOf(), "Fear & Greed is " + index
                        + " (below " + limits.fearGreedLow() + "), extreme fear: consider buying in batches.", figures);
            }
        }

        void valueZone() {
            BigDecimal mvrv = snapshot.mvrv();
            if (mvrv == null) {
                return;
            }
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("mvrv", mvrv);
            if (mvrv.compareTo(limits.mvrvHigh()) > 0) {
                figures.put("threshold", limits.mvrvHigh());
                add(WarningRule.VALUE_ZONE, Severity.CAUTION, snapshot.asOf(), "MVRV is " + show(mvrv) + " (above "
                        + show(limits.mvrvHigh()) + "): the overvalued zone.", figures);
            } else if (mvrv.compareTo(limits.mvrvLow()) < 0) {
                figures.put("threshold", limits.mvrvLow());
                add(WarningRule.VALUE_ZONE, Severity.INFO, snapshot.asOf(), "MVRV is " + show(mvrv) + " (below "
                        + show(limits.mvrvLow()) + "): the undervalued zone.", figures);
            }
        }

        void holderConcentration() {
            BigDecimal share = snapshot.top10HolderShare();
            if (share == null || share.compareTo(limits.top10HolderMax()) <= 0) {
                return;
            }
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("top10HolderShare", share);
            figures.put("threshold", limits.top10HolderMax());
            add(WarningRule.HOLDER_CONCENTRATION, Severity.WARNING, snapshot.asOf(), "The 10 largest addresses hold "
                    + percent(share) + " of the supply (more than " + percent(limits.top10HolderMax())
                    + "): centralisation and manipulation risk.", figures);
        }

        /**
         * The team-like buckets that vest over fewer months than the threshold, summed: a team split into
         * "team" and "founders" holds as much as one bucket would. Figures: {@code share} (the sum), each of
         * those buckets' share under its own name (a team-like name cannot be one of the other keys), then
         * the thresholds.
         */
        void teamAllocation() {
            if (tokenomics == null) {
                return;
            }
            List<AllocationBucket> shortVesting = tokenomics.buckets().stream()
                    .filter(bucket -> isTeamLike(bucket) && bucket.vestingMonths() < limits.teamVestingMinMonths())
                    .toList();
            BigDecimal share = shortVesting.stream().map(AllocationBucket::share).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (share.compareTo(limits.teamShareMax()) <= 0) {
                return;
            }
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("share", Scales.compact(share));
            List<String> parts = new ArrayList<>();
            for (AllocationBucket bucket : shortVesting) {
                figures.put(bucket.name(), bucket.share());
                parts.add("\"" + bucket.name() + "\" " + percent(bucket.share()) + " over " + bucket.vestingMonths()
                        + " months");
            }
            figures.put("threshold", limits.teamShareMax());
            figures.put("vestingThresholdMonths", BigDecimal.valueOf(limits.teamVestingMinMonths()));
            add(WarningRule.TEAM_ALLOCATION, Severity.WARNING, snapshot.asOf(), "The team holds " + percent(share)
                    + " of the supply (more than " + percent(limits.teamShareMax()) + ") vesting over fewer than "
                    + limits.teamVestingMinMonths() + " months: " + String.join(", ", parts) + ".", figures);
        }

        void unlockPressure() {
            if (tokenomics == null) {
                return;
            }
            LocalDate until = snapshot.asOf().plusDays(limits.unlockWindowDays());
            BigDecimal unlocking = TokenomicsAnalyzer.unlockingBetween(tokenomics, snapshot.asOf(), until);
            BigDecimal circulating = tokenomics.circulatingSupply();
            if (unlocking.compareTo(limits.unlockShareMax().multiply(circulating)) <= 0) {
                return;
            }
            BigDecimal share = divide(unlocking, circulating);
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("unlocking", unlocking);
            figures.put("circulatingSupply", circulating);
            figures.put("share", share);
            figures.put("windowDays", BigDecimal.valueOf(limits.unlockWindowDays()));
            figures.put("threshold", limits.unlockShareMax());
            add(WarningRule.UNLOCK_PRESSURE, Severity.WARNING, snapshot.asOf(), show(unlocking)
                    + " tokens unlock by " + until + ", " + percent(share) + " of the circulating supply (more than "
                    + percent(limits.unlockShareMax()) + "): selling pressure ahead.", figures);
        }

        void unsustainableYield() {
            if (tokenomics == null) {
                return;
            }
            BigDecimal apy = tokenomics.stakingApy();
            boolean tooHigh = apy != null && apy.compareTo(limits.yieldCap()) > 0;
            TokenomicsAnalysis yields = TokenomicsAnalyzer.analyze(tokenomics, 1);
            BigDecimal realYield = yields.realYield();
            boolean negative = realYield != null && realYield.signum() < 0;
            if (!tooHigh && !negative) {
                return;
            }
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            List<String> reasons = new ArrayList<>();
            if (apy != null) {
                figures.put("stakingApy", apy);
                figures.put("benchmarkStableYield", limits.benchmarkStableYield());
                figures.put("threshold", limits.yieldCap());
            }
            if (tooHigh) {
                reasons.add("the advertised APY of " + percent(apy) + " is more than " + show(limits.yieldMultipleMax())
                        + " times the " + percent(limits.benchmarkStableYield()) + " of a stable yield");
            }
            if (realYield != null) {
                figures.put("revenueYield", yields.revenueYield());
                figures.put("annualInflation", yields.annualInflation());
                figures.put("realYield", realYield);
            }
            if (negative) {
                reasons.add("the real yield is " + percent(realYield) + " (revenue yield " + percent(yields.revenueYield())
                        + " minus inflation " + percent(yields.annualInflation()) + ")");
            }
            add(WarningRule.UNSUSTAINABLE_YIELD, Severity.WARNING, snapshot.asOf(), capitalize(String.join(", and ", reasons))
                    + ": such a yield is paid with new tokens rather than revenue, and dilutes the holders it pays.",
                    figures);
        }

        void staleScore() {
            LocalDate scored = snapshot.latestScoreDate();
            Map<String, BigDecimal> figures = new LinkedHashMap<>();
            figures.put("threshold", BigDecimal.valueOf(limits.staleScoreDays()));
            if (scored == null) {
                add(WarningRule.STALE_SCORE, Severity.CAUTION, snapshot.asOf(),
                        snapshot.symbol() + " has never been scored: fill in its score card.", figures);
                return;
            }
            long age = ChronoUnit.DAYS.between(scored, snapshot.asOf());
            LocalDate event = snapshot.latestEventDate();
            boolean old = age > limits.staleScoreDays();
            // Dates have no time of day: an evaluation dated on the event's day (or later) is taken to have been
            // made knowing of it, so re-evaluating clears the warning the same day. Only an event dated after the
            // latest evaluation marks it for review.
            boolean eventSince = event != null && event.isAfter(scored);
            if (!old && !eventSince) {
                return;
            }
            figures.put("ageDays", BigDecimal.valueOf(age));
            List<String> reasons = new ArrayList<>();
            if (old) {
                reasons.add("is " + age + " days old (more than " + limits.staleScoreDays() + ")");
            }
            if (eventSince) {
                reasons.add("does not account for the event recorded on " + event);
            }
            add(WarningRule.STALE_SCORE, Severity.CAUTION, snapshot.asOf(), "The latest score, of " + scored + ", "
                    + String.join(" and ", reasons) + ": evaluate " + snapshot.symbol() + " again.", figures);
        }

        /** Whether the latest market day is {@code asOf} or the day before (see the class comment). */
        private boolean marketIsCurrent() {
            return !market.isEmpty()
                    && !market.get(market.size() - 1).date().isBefore(snapshot.asOf().minusDays(1));
        }

        /** Whether the day has a volume and market cap and its volume is below {@code share} of the market cap. */
        private static boolean below(MarketDay day, BigDecimal share) {
            return day.hasVolumeAndMarketCap() && day.volume().compareTo(share.multiply(day.marketCap())) < 0;
        }

        private void add(WarningRule rule, Severity severity, LocalDate date, String message, Map<String, BigDecimal> figures) {
            warnings.add(new Warning(rule, severity, snapshot.symbol(), date, message, figures));
        }
    }

    private static BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
        return Scales.compact(dividend.divide(divisor, MathContext.DECIMAL128));
    }

    /** A figure in a sentence: two decimals at most, or two significant digits when that would show 0. */
    private static String show(BigDecimal value) {
        BigDecimal rounded = value.setScale(2, RoundingMode.HALF_UP);
        if (rounded.signum() == 0 && value.signum() != 0) {
            rounded = value.round(new MathContext(2, RoundingMode.HALF_UP));
        }
        return Scales.plain(rounded);
    }

    /** A fraction in a sentence as a percentage: 0.0425 → "4.25%". */
    private static String percent(BigDecimal fraction) {
        return show(fraction.multiply(HUNDRED)) + "%";
    }

    private static String capitalize(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
