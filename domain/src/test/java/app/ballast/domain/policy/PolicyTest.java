package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Tier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PolicyTest {

    static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void theDefaultIsTheSeedsPolicy() {
        Policy p = Policy.DEFAULT;

        assertEquals(Map.of("BTC", d("0.5"), "ETH", d("0.5")), p.coreWeights());
        assertEquals(d("0.65"), p.coreTarget());
        assertEquals(d("0.20"), p.satelliteCap());
        assertTrue(p.coreExemptFromCap());
        assertEquals(d("5.5"), p.noBuyBelow());
        assertEquals(d("4.0"), p.sellBelow());
        assertEquals(Map.of(), p.satelliteWeights());
    }

    @Test
    void everyProblemIsReportedAtOnceUnderThePolicyFieldNames() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class, () -> new Policy(
                Map.of("BTC", d("0.6"), "ETH", d("0.6")), d("0.65"), d("0.70"), d("1.2"), d("0"), true,
                d("0.5"), d("-1"), d("0.001"), d("5.5"), d("6"), null));

        List<String> fields = e.problems().stream().map(InvalidValuesException.Problem::field).toList();
        assertEquals(List.of("policy.coreWeights", "policy.coreMax", "policy.coreMin", "policy.satelliteCap",
                "policy.minTrade", "policy.sellBelow"), fields);
        assertEquals("policy.coreWeights must add up to 1, added up to 1.2", e.problems().get(0).message());
        assertEquals("policy.coreMin (0.7) must not be above policy.coreTarget (0.65)", e.problems().get(2).message());
    }

    @Test
    void coreWeightsWrittenAsThirdsAddUpToOne() {
        Policy p = new Policy(Map.of("BTC", d("0.3333"), "ETH", d("0.3333"), "SOL", d("0.3334")), d("0.65"),
                d("0.6"), d("0.7"), d("0.2"), true, d("0.5"), d("10"), d("0.001"), d("5.5"), d("4"), Map.of());

        assertEquals(List.of("BTC", "ETH", "SOL"), List.copyOf(p.coreWeights().keySet()));
    }

    @Test
    void aSatelliteWeightForACoreAssetIsRefused() {
        InvalidValuesException e = assertThrows(InvalidValuesException.class,
                () -> Policy.DEFAULT.withSatelliteWeights(Map.of("BTC", d("0.5"))));

        assertEquals("policy.satelliteWeights.BTC", e.field());
    }

    @Test
    void anAssetNamedInTheCoreWeightsIsCoreWhateverItsTier() {
        assertTrue(Policy.DEFAULT.inCore("ETH", Tier.SATELLITE));
        assertTrue(Policy.DEFAULT.inCore("XYZ", Tier.CORE));
        assertFalse(Policy.DEFAULT.inCore("SOL", Tier.SATELLITE));
        assertFalse(Policy.DEFAULT.capped("BTC", Tier.CORE));
        assertTrue(Policy.DEFAULT.withSatelliteCap(d("0.3"), false).capped("BTC", Tier.CORE));
    }

    @Test
    void aMissingScoreNeitherStopsBuysNorSells() {
        assertFalse(Policy.DEFAULT.noBuy(null));
        assertFalse(Policy.DEFAULT.sell(null));
        assertTrue(Policy.DEFAULT.noBuy(d("5.49")));
        assertFalse(Policy.DEFAULT.noBuy(d("5.5")));
        assertTrue(Policy.DEFAULT.sell(d("3.99")));
    }
}
