package app.ballast.domain.scoring;

import app.ballast.domain.InvalidValuesException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WeightProfileTest {

    @Test
    void theDefaultProfileHasTheSpecWeights() {
        assertEquals("Default", WeightProfile.DEFAULT.name());
        assertEquals(bd("0.25"), WeightProfile.DEFAULT.weight(Dimension.TECHNOLOGY));
        assertEquals(bd("0.20"), WeightProfile.DEFAULT.weight(Dimension.TEAM));
        assertEquals(List.of("technology", "tokenomics", "team", "market", "risk"),
                List.copyOf(WeightProfile.DEFAULT.weightsByKey().keySet()));
    }

    @Test
    void aRiskAverseProfileIsParsedFromJsonKeys() {
        WeightProfile profile = WeightProfile.parse("Risk-averse", weights("0.2", "0.2", "0.2", "0.1", "0.3"));
        assertEquals(bd("0.3"), profile.weight(Dimension.RISK));
        assertEquals(bd("0.1"), profile.weight(Dimension.MARKET));
    }

    @Test
    void weightsEnteredForOneEvaluationMakeACustomProfile() {
        assertEquals("Custom", WeightProfile.parse(weights("0.25", "0.25", "0.2", "0.15", "0.15")).name());
    }

    @Test
    void thirdsWrittenToTenDecimalsAreWithinTheTolerance() {
        WeightProfile profile = WeightProfile.parse("Thirds", weights("0.3333333333", "0.3333333333", "0.3333333333", "0", "0"));
        assertEquals(bd("0.3333333333"), profile.weight(Dimension.TEAM));
    }

    @Test
    void aSumOffByExactlyTheToleranceIsAcceptedAndOneBeyondIsRefused() {
        WeightProfile.parse("Edge", weights("0.250000001", "0.25", "0.2", "0.15", "0.15"));
        WeightProfile.parse("Edge", weights("0.249999999", "0.25", "0.2", "0.15", "0.15"));
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> WeightProfile.parse("Edge", weights("0.2500000011", "0.25", "0.2", "0.15", "0.15")));
        assertEquals("weights", e.field());
        assertEquals("weights must sum to 1, but sum to 1.0000000011", e.getMessage());
    }

    @Test
    void weightsThatDoNotSumToOneAreRefusedAgainstWeights() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> WeightProfile.parse("Bad", weights("0.3", "0.3", "0.2", "0.15", "0.15")));
        assertEquals(List.of(new InvalidValuesException.Problem("weights", "weights must sum to 1, but sum to 1.1")),
                e.problems());
    }

    @Test
    void aWeightBelowZeroOrAboveOneIsRefusedAgainstItsDimension() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> WeightProfile.parse("Bad", weights("-0.5", "1.5", "0", "0", "0")));
        assertEquals(List.of(
                new InvalidValuesException.Problem("weights.technology", "weights.technology must be between 0 and 1, was -0.5"),
                new InvalidValuesException.Problem("weights.tokenomics", "weights.tokenomics must be between 0 and 1, was 1.5")),
                e.problems());
    }

    @Test
    void everyProblemIsReportedAtOnceUnknownKeysFirst() {
        Map<String, BigDecimal> input = new LinkedHashMap<>(weights("0.25", "0.25", "0.2", "0.15", "0.15"));
        input.remove("risk");
        input.put("hype", bd("0.15"));
        input.put("team", null);
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> WeightProfile.parse(" ", input));
        assertEquals(List.of("weights.hype", "name", "weights.team", "weights.risk"),
                e.problems().stream().map(InvalidValuesException.Problem::field).toList());
        assertEquals("weights.hype is not a dimension; the dimensions are technology, tokenomics, team, market, risk",
                e.problems().get(0).message());
        assertEquals("weights.risk is required (a weight from 0 to 1)", e.problems().get(3).message());
    }

    @Test
    void missingWeightsAreRefused() {
        assertEquals("weights", assertThrows(InvalidValuesException.class,
                () -> new WeightProfile("None", null)).field());
        assertEquals("weights", assertThrows(app.ballast.domain.InvalidValueException.class,
                () -> WeightProfile.parse("None", null)).field());
    }

    @Test
    void aWeightWithMoreThanEighteenDecimalsIsRefused() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> WeightProfile.parse("Fine", weights("0.2500000000000000001", "0.25", "0.2", "0.15", "0.15")));
        assertEquals("weights.technology", e.field());
        assertTrue(e.getMessage().contains("at most 18 decimal places"), e.getMessage());
    }

    @Test
    void aLongNameIsRefused() {
        assertEquals("name", assertThrows(InvalidValuesException.class,
                () -> WeightProfile.parse("x".repeat(101), weights("0.25", "0.25", "0.2", "0.15", "0.15"))).field());
    }

    @Test
    void theWeightsCannotBeChangedAfterwards() {
        EnumMap<Dimension, BigDecimal> weights = new EnumMap<>(WeightProfile.DEFAULT.weights());
        WeightProfile profile = new WeightProfile("Copy", weights);
        weights.put(Dimension.RISK, BigDecimal.ONE);
        assertEquals(bd("0.15"), profile.weight(Dimension.RISK));
        assertThrows(UnsupportedOperationException.class, () -> profile.weights().put(Dimension.RISK, BigDecimal.ONE));
    }

    static Map<String, BigDecimal> weights(String technology, String tokenomics, String team, String market, String risk) {
        Map<String, BigDecimal> weights = new LinkedHashMap<>();
        weights.put("technology", bd(technology));
        weights.put("tokenomics", bd(tokenomics));
        weights.put("team", bd(team));
        weights.put("market", bd(market));
        weights.put("risk", bd(risk));
        return weights;
    }

    private static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
