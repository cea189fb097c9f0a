package app.ballast.scoring;

import app.ballast.domain.scoring.Criterion;
import app.ballast.domain.scoring.Dimension;
import app.ballast.domain.scoring.Recommendation;
import app.ballast.domain.scoring.ScoreCard;
import app.ballast.domain.scoring.WeightProfile;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Random cards and weight profiles: the total stays on the scale and more points never mean a worse band. */
class ScoreCalculatorPropertyTest {

    @Property
    void theTotalIsAlwaysFromZeroToTen(@ForAll("cards") ScoreCard card, @ForAll("profiles") WeightProfile profile) {
        BigDecimal total = ScoreCalculator.evaluate(card, profile).total();
        assertTrue(total.signum() >= 0 && total.compareTo(BigDecimal.TEN) <= 0, total.toPlainString());
    }

    @Property
    void everyDimensionScoreIsFromZeroToTenAndTheWeightedScoresAddUpToTheTotal(
            @ForAll("cards") ScoreCard card, @ForAll("profiles") WeightProfile profile) {
        ScoreResult result = ScoreCalculator.evaluate(card, profile);
        BigDecimal sum = BigDecimal.ZERO;
        for (DimensionScore dimension : result.dimensions().values()) {
            assertTrue(dimension.score().signum() >= 0 && dimension.score().compareTo(BigDecimal.TEN) <= 0);
            sum = sum.add(dimension.weighted());
        }
        // each figure is rounded to 34 digits; five of them differ from the total by a few units of the last digit
        assertTrue(sum.subtract(result.total()).abs().compareTo(new BigDecimal("1e-31")) < 0,
                sum + " vs " + result.total());
    }

    @Property
    void morePointsOnOneCriterionNeverLowerTheRecommendation(@ForAll("cards") ScoreCard card,
            @ForAll("profiles") WeightProfile profile, @ForAll Criterion criterion,
            @ForAll("fractions") BigDecimal share) {
        BigDecimal current = card.score(criterion);
        BigDecimal raised = current.add(criterion.max().subtract(current).multiply(share));
        Recommendation before = ScoreCalculator.evaluate(card, profile).recommendation();
        Recommendation after = ScoreCalculator.evaluate(Cards.with(card, criterion, raised), profile).recommendation();
        assertTrue(after.ordinal() <= before.ordinal(), before + " became " + after);
    }

    @Property
    void awayFromTheBandEdgesTheRecommendationIsTheBandOfTheShownTotal(@ForAll("cards") ScoreCard card,
            @ForAll("profiles") WeightProfile profile) {
        ScoreResult result = ScoreCalculator.evaluate(card, profile);
        boolean nearAnEdge = Arrays.stream(Recommendation.values())
                .anyMatch(band -> band.minimum().subtract(result.total()).abs().compareTo(new BigDecimal("1e-30")) < 0);
        if (!nearAnEdge) {
            assertEquals(Recommendation.of(result.total()), result.recommendation());
        }
    }

    /** Every criterion at a random fraction (four decimals) of its maximum. */
    @Provide
    Arbitrary<ScoreCard> cards() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(4)
                .list().ofSize(Criterion.values().length).map(fractions -> {
                    Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
                    for (Criterion criterion : Criterion.values()) {
                        scores.put(criterion, criterion.max().multiply(fractions.get(criterion.ordinal())));
                    }
                    return new ScoreCard(scores);
                });
    }

    @Provide
    Arbitrary<WeightProfile> profiles() {
        // four cut points on [0, 1] at four decimals give five weights that sum to exactly 1
        return Arbitraries.integers().between(0, 10_000).list().ofSize(4).map(cuts -> {
            List<Integer> sorted = cuts.stream().sorted().toList();
            Map<Dimension, BigDecimal> weights = new EnumMap<>(Dimension.class);
            int previous = 0;
            for (Dimension dimension : Dimension.values()) {
                int cut = dimension.ordinal() < 4 ? sorted.get(dimension.ordinal()) : 10_000;
                weights.put(dimension, BigDecimal.valueOf(cut - previous, 4));
                previous = cut;
            }
            return new WeightProfile("Random", weights);
        });
    }

    @Provide
    Arbitrary<BigDecimal> fractions() {
        return Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(6);
    }
}
