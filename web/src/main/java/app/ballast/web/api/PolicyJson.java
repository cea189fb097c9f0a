package app.ballast.web.api;

import app.ballast.domain.policy.Policy;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** A policy as the API writes it: fractions, not percents; amounts as plain numbers. */
public record PolicyJson(Map<String, BigDecimal> coreWeights, BigDecimal coreTarget, BigDecimal coreMin,
                         BigDecimal coreMax, BigDecimal satelliteCap, boolean coreExemptFromCap, BigDecimal sectorCap,
                         BigDecimal minTrade, BigDecimal feeRate, BigDecimal noBuyBelow, BigDecimal sellBelow,
                         Map<String, BigDecimal> satelliteWeights) {

    public static PolicyJson of(Policy p) {
        return new PolicyJson(plain(p.coreWeights()), Amounts.plain(p.coreTarget()), Amounts.plain(p.coreMin()),
                Amounts.plain(p.coreMax()), Amounts.plain(p.satelliteCap()), p.coreExemptFromCap(),
                Amounts.plain(p.sectorCap()), Amounts.plain(p.minTrade()), Amounts.plain(p.feeRate()),
                Amounts.plain(p.noBuyBelow()), Amounts.plain(p.sellBelow()), plain(p.satelliteWeights()));
    }

    static Map<String, BigDecimal> plain(Map<String, BigDecimal> weights) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        weights.forEach((k, v) -> out.put(k, Amounts.plain(v)));
        return out;
    }
}
