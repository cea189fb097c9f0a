package app.ballast.web.policy;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Tier;
import app.ballast.domain.policy.Policy;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.PolicyEntity;
import app.ballast.web.persistence.PolicyWeightEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The written policy of a user's portfolio: the defaults until the investor saves their own. */
@ApplicationScoped
@Transactional
public class PolicyService {

    @Inject
    PortfolioService portfolios;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Policy get(long userId) {
        long portfolioId = portfolios.defaultPortfolio(userId).id;
        return PolicyEntity.findByPortfolio(portfolioId).map(PolicyService::toPolicy).orElse(Policy.DEFAULT);
    }

    /** Whether the investor has saved a policy (otherwise the defaults apply). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean saved(long userId) {
        return PolicyEntity.findByPortfolio(portfolios.defaultPortfolio(userId).id).isPresent();
    }

    /** Checks and saves the whole policy, replacing the previous one; nothing is written when refused. */
    public Policy update(long userId, PolicyInput input) {
        if (input == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        Policy policy = input.toPolicy("");
        // Serialized with the portfolio's other writes: two first saves cannot both insert. The lock comes
        // before any read: under REPEATABLE READ the first read fixes the snapshot, and a snapshot taken
        // before the lock would not see the policy another save has just inserted.
        long portfolioId = portfolios.lock(userId).id();
        Map<String, AssetEntity> assets = knownAssets(policy);
        PolicyEntity entity = PolicyEntity.findByPortfolio(portfolioId).orElseGet(() -> {
            PolicyEntity created = new PolicyEntity();
            created.portfolioId = portfolioId;
            return created;
        });
        entity.coreTarget = policy.coreTarget();
        entity.coreMin = policy.coreMin();
        entity.coreMax = policy.coreMax();
        entity.satelliteCap = policy.satelliteCap();
        entity.coreExemptFromCap = policy.coreExemptFromCap();
        entity.sectorCap = policy.sectorCap();
        entity.minTrade = policy.minTrade();
        entity.feeRate = policy.feeRate();
        entity.noBuyBelow = policy.noBuyBelow();
        entity.sellBelow = policy.sellBelow();
        entity.updatedAt = Instant.now();
        if (entity.id == null) {
            entity.persist();
        } else {
            PolicyWeightEntity.delete("policyId", entity.id);
            PolicyWeightEntity.flush();
        }
        weights(entity.id, Tier.CORE, policy.coreWeights(), assets);
        weights(entity.id, Tier.SATELLITE, policy.satelliteWeights(), assets);
        return policy;
    }

    private static void weights(long policyId, Tier sleeve, Map<String, BigDecimal> weights,
                                Map<String, AssetEntity> assets) {
        for (Map.Entry<String, BigDecimal> w : weights.entrySet()) {
            PolicyWeightEntity row = new PolicyWeightEntity();
            row.policyId = policyId;
            row.sleeve = sleeve;
            row.asset = assets.get(w.getKey());
            row.weight = w.getValue();
            row.persist();
        }
    }

    /** Every weighted asset must be one Ballast knows. */
    private static Map<String, AssetEntity> knownAssets(Policy policy) {
        Map<String, AssetEntity> found = new TreeMap<>();
        List<InvalidValuesException.Problem> problems = new ArrayList<>();
        check(policy.coreWeights(), "coreWeights", found, problems);
        check(policy.satelliteWeights(), "satelliteWeights", found, problems);
        if (!problems.isEmpty()) {
            throw new InvalidValuesException(problems);
        }
        return found;
    }

    private static void check(Map<String, BigDecimal> weights, String field, Map<String, AssetEntity> found,
                              List<InvalidValuesException.Problem> problems) {
        for (String symbol : weights.keySet()) {
            AssetEntity asset = AssetEntity.findBySymbol(symbol).orElse(null);
            if (asset == null) {
                problems.add(new InvalidValuesException.Problem(field + "." + symbol,
                        "unknown asset \"" + symbol + "\": add it to the assets first"));
            } else {
                found.put(symbol, asset);
            }
        }
    }

    static Policy toPolicy(PolicyEntity e) {
        Map<String, BigDecimal> core = new TreeMap<>();
        Map<String, BigDecimal> satellites = new TreeMap<>();
        for (PolicyWeightEntity w : PolicyWeightEntity.listFor(e.id)) {
            (w.sleeve == Tier.CORE ? core : satellites).put(w.asset.symbol, w.weight);
        }
        return new Policy(core, e.coreTarget, e.coreMin, e.coreMax, e.satelliteCap, e.coreExemptFromCap,
                e.sectorCap, e.minTrade, e.feeRate, e.noBuyBelow, e.sellBelow, satellites);
    }
}
