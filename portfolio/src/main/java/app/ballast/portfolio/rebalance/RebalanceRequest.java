package app.ballast.portfolio.rebalance;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;
import app.ballast.domain.policy.Policy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to rebalance: the positions (each symbol once, in any order), the cash on hand in USD,
 * the policy and the mode (null: FULL).
 *
 * @param noBuy  symbols that get no new buys whatever their score, as if under the no-buy threshold
 *               (e.g. an asset a stop has just sold); null: none
 * @param frozen symbols that are neither bought nor sold but count at their given price in the
 *               portfolio's value (e.g. an asset without a current price); null: none
 */
public record RebalanceRequest(List<RebalancePosition> positions, BigDecimal cash, Policy policy,
                               RebalanceMode mode, Set<String> noBuy, Set<String> frozen) {

    /** A request without held-back or frozen assets. */
    public RebalanceRequest(List<RebalancePosition> positions, BigDecimal cash, Policy policy, RebalanceMode mode) {
        this(positions, cash, policy, mode, null, null);
    }

    public RebalanceRequest {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        if (positions == null) {
            problems.add("positions", "positions is required");
        } else {
            Map<String, Integer> seen = new HashMap<>();
            for (int i = 0; i < positions.size(); i++) {
                RebalancePosition position = positions.get(i);
                if (position == null) {
                    problems.add("positions[" + i + "]", "positions[" + i + "] is required");
                } else {
                    Integer first = seen.putIfAbsent(position.symbol(), i);
                    if (first != null) {
                        problems.add("positions[" + i + "].symbol", position.symbol()
                                + " is already given at positions[" + first + "]");
                    }
                }
            }
        }
        if (cash == null || cash.signum() < 0) {
            problems.add("cash", "cash must be 0 or more, was " + (cash == null ? "nothing" : Scales.plain(cash)));
        }
        if (policy == null) {
            problems.add("policy", "policy is required");
        }
        problems.throwIfAny();
        positions = List.copyOf(positions);
        if (mode == null) {
            mode = RebalanceMode.FULL;
        }
        noBuy = noBuy == null ? Set.of() : Set.copyOf(noBuy);
        frozen = frozen == null ? Set.of() : Set.copyOf(frozen);
    }
}
