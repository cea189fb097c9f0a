package app.ballast.portfolio;

import app.ballast.domain.CostMethod;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every position after a ledger was replayed, before any price is applied: what valuation needs.
 * Immutable, so that it can be kept while the ledger does not change and valued again at new prices
 * ({@link HoldingsCalculator#value}).
 */
public record ReplayedLedger(CostMethod method, Map<String, PositionState> positions) {

    public ReplayedLedger {
        positions = Map.copyOf(positions);
    }

    /** One asset's units (in total and per account), their cost, and the profit realized so far. */
    public record PositionState(BigDecimal quantity, BigDecimal costBasis, BigDecimal realized,
                                Map<String, BigDecimal> byAccount) {

        public PositionState {
            byAccount = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(byAccount));
        }
    }
}
