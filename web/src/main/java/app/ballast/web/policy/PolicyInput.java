package app.ballast.web.policy;

import app.ballast.domain.policy.FieldPath;
import app.ballast.domain.policy.Policy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A policy as the investor sends it ({@code PUT /api/policy}, the policy of a preview or a backtest).
 * A field left out keeps its default ({@link Policy#DEFAULT}), so that the short bodies work.
 */
public record PolicyInput(Map<String, BigDecimal> coreWeights, BigDecimal coreTarget, BigDecimal coreMin,
                          BigDecimal coreMax, BigDecimal satelliteCap, Boolean coreExemptFromCap,
                          BigDecimal sectorCap, BigDecimal minTrade, BigDecimal feeRate, BigDecimal noBuyBelow,
                          BigDecimal sellBelow, Map<String, BigDecimal> satelliteWeights) {

    /** The policy; refused fields are reported under {@code prefix} ("" for a policy body of its own). */
    public Policy toPolicy(String prefix) {
        Policy d = Policy.DEFAULT;
        return FieldPath.within(prefix, () -> rename(prefix, () -> new Policy(
                coreWeights == null ? d.coreWeights() : coreWeights,
                or(coreTarget, d.coreTarget()), or(coreMin, d.coreMin()), or(coreMax, d.coreMax()),
                or(satelliteCap, d.satelliteCap()),
                coreExemptFromCap == null ? d.coreExemptFromCap() : coreExemptFromCap,
                or(sectorCap, d.sectorCap()), or(minTrade, d.minTrade()), or(feeRate, d.feeRate()),
                or(noBuyBelow, d.noBuyBelow()), or(sellBelow, d.sellBelow()),
                satelliteWeights == null ? d.satelliteWeights() : satelliteWeights)));
    }

    public static PolicyInput of(Policy p) {
        return new PolicyInput(p.coreWeights(), p.coreTarget(), p.coreMin(), p.coreMax(), p.satelliteCap(),
                p.coreExemptFromCap(), p.sectorCap(), p.minTrade(), p.feeRate(), p.noBuyBelow(), p.sellBelow(),
                p.satelliteWeights());
    }

    /**
     * The engine names its fields {@code policy.coreMin}, in the field and in the message; here the prefix is
     * the caller's to choose, so the message names the same path as the field (PUT /api/policy: {@code coreMin}).
     */
    private static Policy rename(String prefix, java.util.function.Supplier<Policy> make) {
        String replacement = prefix == null || prefix.isEmpty() ? "" : prefix + ".";
        try {
            return make.get();
        } catch (app.ballast.domain.InvalidValuesException e) {
            throw new app.ballast.domain.InvalidValuesException(e.problems().stream()
                    .map(p -> new app.ballast.domain.InvalidValuesException.Problem(strip(p.field()),
                            p.message() == null ? null : p.message().replaceAll("\\bpolicy\\.(?=[A-Za-z])", replacement)))
                    .toList());
        }
    }

    private static String strip(String field) {
        return field != null && field.startsWith("policy.") ? field.substring("policy.".length()) : field;
    }

    private static BigDecimal or(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }
}
