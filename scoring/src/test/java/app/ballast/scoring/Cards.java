package app.ballast.scoring;

import app.ballast.domain.scoring.Criterion;
import app.ballast.domain.scoring.ScoreCard;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;

/** Score cards for the tests: the seed's worked example and cards built to land on exact totals. */
final class Cards {

    private Cards() {
    }

    /** The seed's worked example (seed 000 §6.1): 7.585…, BUY with the default weights. */
    static ScoreCard seedExample() {
        Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
        String[] points = {"2.5", "3", "2.5", "2", "3.5", "2", "2.5", "1.5", "1", "3.5", "2.5", "2", "2", "3", "2.5",
                "2", "2.5", "1.5", "1.5"};
        for (Criterion criterion : Criterion.values()) {
            scores.put(criterion, new BigDecimal(points[criterion.ordinal()]));
        }
        return new ScoreCard(scores);
    }

    /**
     * Every criterion at the same fraction of its maximum, so every dimension scores {@code fraction × 10} and,
     * whatever the weights, the total is exactly {@code fraction × 10}.
     */
    static ScoreCard atFraction(String fraction) {
        Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            scores.put(criterion, criterion.max().multiply(new BigDecimal(fraction)));
        }
        return new ScoreCard(scores);
    }

    /** The same card with one criterion changed. */
    static ScoreCard with(ScoreCard card, Criterion criterion, BigDecimal points) {
        Map<Criterion, BigDecimal> scores = new EnumMap<>(card.scores());
        scores.put(criterion, points);
        return new ScoreCard(scores);
    }
}
