package app.ballast.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of one coin, held at {@link Scales#AMOUNT_SCALE} decimals. Never negative:
 * it is what a holding or an account holds. Arithmetic refuses to mix coins.
 */
public record Quantity(BigDecimal amount, String symbol) {

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Fields.symbol("symbol", symbol);
        if (amount.signum() < 0) {
            throw new LedgerException("quantity",
                    "quantity must not be negative, was " + Scales.plain(amount) + " " + symbol);
        }
        amount = amount.setScale(Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN);
    }

    public static Quantity of(BigDecimal amount, String symbol) {
        return new Quantity(amount, symbol);
    }

    public static Quantity zero(String symbol) {
        return new Quantity(BigDecimal.ZERO, symbol);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(amount.add(sameSymbol(other).amount), symbol);
    }

    /** Subtracts; a result below zero is refused. */
    public Quantity minus(Quantity other) {
        return new Quantity(amount.subtract(sameSymbol(other).amount), symbol);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public int signum() {
        return amount.signum();
    }

    @Override
    public String toString() {
        return Scales.plain(amount) + " " + symbol;
    }

    private Quantity sameSymbol(Quantity other) {
        if (!symbol.equals(other.symbol)) {
            throw new IllegalArgumentException(
                    "cannot combine " + this + " with " + other + ": assets differ");
        }
        return other;
    }
}
