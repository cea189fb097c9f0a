package app.ballast.portfolio;

import app.ballast.domain.CostMethod;
import app.ballast.domain.Scales;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * One asset's units per account and their cost while the ledger is replayed in time order.
 * Cost is pooled over all accounts: moving units between accounts does not change it.
 * Amounts are kept at {@link Scales#AMOUNT_SCALE} decimals, so sums stay exact.
 */
final class Position {

    /** A FIFO lot. It keeps its total cost, not a unit cost, so its cost is used up exactly. */
    private static final class Lot {
        BigDecimal quantity;
        BigDecimal cost;

        Lot(BigDecimal quantity, BigDecimal cost) {
            this.quantity = quantity;
            this.cost = cost;
        }
    }

    private final CostMethod method;
    private final Map<String, BigDecimal> byAccount = new HashMap<>();
    private final Deque<Lot> lots = new ArrayDeque<>();
    private BigDecimal quantity = BigDecimal.ZERO;
    private BigDecimal costBasis = BigDecimal.ZERO;
    private BigDecimal realized = BigDecimal.ZERO;

    Position(CostMethod method) {
        this.method = method;
    }

    BigDecimal quantity() {
        return quantity;
    }

    BigDecimal costBasis() {
        return costBasis;
    }

    BigDecimal realized() {
        return realized;
    }

    Map<String, BigDecimal> byAccount() {
        return byAccount;
    }

    BigDecimal held(String account) {
        return byAccount.getOrDefault(account, BigDecimal.ZERO);
    }

    /** Units come in at a cost. */
    void receive(String account, BigDecimal units, BigDecimal cost) {
        BigDecimal rounded = amount(cost);
        byAccount.merge(account, units, BigDecimal::add);
        quantity = quantity.add(units);
        costBasis = costBasis.add(rounded);
        if (method == CostMethod.FIFO) {
            lots.addLast(new Lot(units, rounded));
        }
    }

    /** Units leave the portfolio; returns the cost they carried. The caller checked they are held. */
    BigDecimal release(String account, BigDecimal units) {
        credit(account, units.negate());
        BigDecimal before = quantity;
        quantity = quantity.subtract(units);
        BigDecimal cost;
        if (quantity.signum() == 0) {
            // The last units take all remaining cost, so a closed position costs exactly 0.
            cost = costBasis;
            lots.clear();
        } else if (method == CostMethod.FIFO) {
            cost = consumeOldestLots(units);
        } else {
            cost = costBasis.multiply(units).divide(before, Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN);
        }
        costBasis = costBasis.subtract(cost);
        return cost;
    }

    /** Units move between accounts; quantity and cost of the position stay as they are. */
    void move(String from, String to, BigDecimal units) {
        credit(from, units.negate());
        credit(to, units);
    }

    /** Adds to the realized profit; a negative amount is a realized loss. */
    void realize(BigDecimal amount) {
        realized = realized.add(amount(amount));
    }

    private BigDecimal consumeOldestLots(BigDecimal units) {
        BigDecimal cost = BigDecimal.ZERO;
        BigDecimal left = units;
        while (left.signum() > 0) {
            Lot lot = lots.getFirst();
            if (lot.quantity.compareTo(left) <= 0) {
                lots.removeFirst();
                cost = cost.add(lot.cost);
                left = left.subtract(lot.quantity);
            } else {
                BigDecimal part = lot.cost.multiply(left)
                        .divide(lot.quantity, Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN);
                lot.cost = lot.cost.subtract(part);
                lot.quantity = lot.quantity.subtract(left);
                cost = cost.add(part);
                left = BigDecimal.ZERO;
            }
        }
        return cost;
    }

    private void credit(String account, BigDecimal units) {
        BigDecimal after = held(account).add(units);
        if (after.signum() == 0) {
            byAccount.remove(account);
        } else {
            byAccount.put(account, after);
        }
    }

    private static BigDecimal amount(BigDecimal value) {
        return value.setScale(Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN);
    }
}
