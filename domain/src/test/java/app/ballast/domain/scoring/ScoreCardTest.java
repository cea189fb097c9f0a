package app.ballast.domain.scoring;

import app.ballast.domain.InvalidValueException;
import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.InvalidValuesException.Problem;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ScoreCardTest {

    @Test
    void theSeedsExampleIsParsedAndSummedPerDimension() {
        ScoreCard card = ScoreCard.parse(seedScores());
        assertEquals(bd("13.5"), card.raw(Dimension.TECHNOLOGY));
        assertEquals(bd("7.0"), card.raw(Dimension.TOKENOMICS));
        assertEquals(bd("8.0"), card.raw(Dimension.TEAM));
        assertEquals(bd("7.5"), card.raw(Dimension.MARKET));
        assertEquals(bd("7.5"), card.raw(Dimension.RISK));
        assertEquals(bd("1.5"), card.score(Criterion.MARKET_RISK));
    }

    @Test
    void scoresByDimensionIsTheInverseOfParse() {
        assertEquals(seedScores(), ScoreCard.parse(seedScores()).scoresByDimension());
    }

    @Test
    void zeroAndTheMaximumAreAccepted() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.get("technology").put("innovation", bd("4"));
        scores.get("risk").put("market", bd("0"));
        ScoreCard card = ScoreCard.parse(scores);
        assertEquals(bd("4"), card.score(Criterion.INNOVATION));
        assertEquals(bd("0"), card.score(Criterion.MARKET_RISK));
    }

    @Test
    void aScoreAboveItsMaximumIsRefusedWithTheMaximumNamed() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.get("risk").put("market", bd("2.5"));
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores));
        assertEquals(List.of(new Problem("scores.risk.market",
                "scores.risk.market must be from 0 to 2, the maximum of market, was 2.5")), e.problems());
    }

    @Test
    void aScoreJustAboveItsMaximumIsRefused() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.get("technology").put("innovation", bd("4.000000000000000001"));
        assertEquals("scores.technology.innovation",
                assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores)).field());
    }

    @Test
    void aScoreBelowZeroIsRefused() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.get("team").put("community", bd("-0.5"));
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores));
        assertEquals(List.of(new Problem("scores.team.community",
                "scores.team.community must be from 0 to 3, the maximum of community, was -0.5")), e.problems());
    }

    @Test
    void aMissingOrNullScoreIsRefusedAgainstItsPath() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.get("risk").remove("market");
        scores.get("team").put("background", null);
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores));
        assertEquals(List.of(
                new Problem("scores.team.background", "scores.team.background is required: a score from 0 to 4, the maximum of background"),
                new Problem("scores.risk.market", "scores.risk.market is required: a score from 0 to 2, the maximum of market")),
                e.problems());
    }

    @Test
    void aMissingDimensionReportsEachOfItsCriteria() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.remove("team");
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores));
        assertEquals(List.of("scores.team.background", "scores.team.transparency", "scores.team.community"),
                fields(e));
    }

    @Test
    void aNullDimensionReportsEachOfItsCriteria() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.put("market", null);
        assertEquals(List.of("scores.market.performance", "scores.market.liquidity", "scores.market.distribution"),
                fields(assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores))));
    }

    @Test
    void anUnknownCriterionIsRefusedWithTheCriteriaOfItsDimension() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.get("risk").put("hype", bd("1"));
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores));
        assertEquals(List.of(new Problem("scores.risk.hype",
                "scores.risk.hype is not a criterion of risk; its criteria are regulatory, technical, market, project")),
                e.problems());
    }

    @Test
    void aCriterionOfAnotherDimensionIsUnknownHere() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.get("market").put("allocation", bd("1"));
        assertEquals(List.of("scores.market.allocation"),
                fields(assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores))));
    }

    @Test
    void anUnknownDimensionIsRefused() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.put("foo", Map.of("bar", bd("1")));
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores));
        assertEquals(List.of(new Problem("scores.foo",
                "scores.foo is not a dimension; the dimensions are technology, tokenomics, team, market, risk")),
                e.problems());
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.put("foo", Map.of());
        scores.get("risk").put("hype", bd("1"));
        scores.get("risk").put("market", bd("3"));
        scores.get("technology").put("security", bd("-1"));
        scores.get("team").remove("transparency");
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores));
        assertEquals(List.of("scores.risk.hype", "scores.foo", "scores.technology.security", "scores.team.transparency",
                "scores.risk.market"), fields(e));
    }

    @Test
    void aScoreWithMoreThanEighteenDecimalsIsRefused() {
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.get("risk").put("market", bd("1.0000000000000000001"));
        assertEquals("scores.risk.market", assertThrows(InvalidValuesException.class, () -> ScoreCard.parse(scores)).field());
    }

    @Test
    void missingScoresAreRefused() {
        assertEquals("scores", assertThrows(InvalidValueException.class, () -> ScoreCard.parse(null)).field());
        assertEquals("scores", assertThrows(InvalidValueException.class, () -> new ScoreCard(null)).field());
    }

    @Test
    void changedCriteriaListsTheCriteriaWhoseScoreDiffersInSpecOrder() {
        ScoreCard before = ScoreCard.parse(seedScores());
        Map<String, Map<String, BigDecimal>> scores = seedScores();
        scores.get("risk").put("market", bd("0.5"));
        scores.get("technology").put("security", bd("3"));
        scores.get("team").put("community", bd("2.00")); // the same value, written differently
        ScoreCard after = ScoreCard.parse(scores);
        assertEquals(List.of(Criterion.SECURITY, Criterion.MARKET_RISK), after.changedCriteria(before));
        assertEquals(List.of(), after.changedCriteria(after));
    }

    @Test
    void theScoresCannotBeChangedAfterwards() {
        EnumMap<Criterion, BigDecimal> scores = new EnumMap<>(ScoreCard.parse(seedScores()).scores());
        ScoreCard card = new ScoreCard(scores);
        scores.put(Criterion.PROJECT, BigDecimal.ZERO);
        assertEquals(bd("1.5"), card.score(Criterion.PROJECT));
        assertThrows(UnsupportedOperationException.class, () -> card.scores().put(Criterion.PROJECT, BigDecimal.ONE));
    }

    /** The seed's worked example (seed 000 §6.1), as mutable JSON-shaped maps. */
    static Map<String, Map<String, BigDecimal>> seedScores() {
        Map<String, Map<String, BigDecimal>> scores = new LinkedHashMap<>();
        scores.put("technology", criteria("architecture", "2.5", "innovation", "3", "security", "2.5", "scalability", "2",
                "ecosystem", "3.5"));
        scores.put("tokenomics", criteria("allocation", "2", "unlockSchedule", "2.5", "valueCapture", "1.5", "inflation", "1"));
        scores.put("team", criteria("background", "3.5", "transparency", "2.5", "community", "2"));
        scores.put("market", criteria("performance", "2", "liquidity", "3", "distribution", "2.5"));
        scores.put("risk", criteria("regulatory", "2", "technical", "2.5", "market", "1.5", "project", "1.5"));
        return scores;
    }

    private static Map<String, BigDecimal> criteria(String... keysAndValues) {
        Map<String, BigDecimal> criteria = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            criteria.put(keysAndValues[i], bd(keysAndValues[i + 1]));
        }
        return criteria;
    }

    private static List<String> fields(InvalidValuesException e) {
        return e.problems().stream().map(Problem::field).toList();
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
