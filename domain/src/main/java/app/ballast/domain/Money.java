package app.ballast.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of a fiat currency, held at {@link Scales#AMOUNT_SCALE} decimals so that two
 * equal amounts are also {@code equals}. Arithmetic refuses to mix currencies.
 */
public record Money(BigDecimal amount, String currency) {

    public static final String USD = "USD";

    private static final Pattern CURRENCY = Pattern.compile("^[A-Z]{3}$");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!CURRENCY.matcher(currency).matches()) {
            throw new LedgerException("currency",
                    "currency must be a 3-letter upper-case code, was \"" + currency + "\"");
        }
        amount = amount.setScale(Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN);
    }

    public static Money usd(BigDecimal amount) {
        return new Money(amount, USD);
    }

    public static Money zero(String currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** Multiplies, rounding the result half-even to {@link Scales#AMOUNT_SCALE} decimals. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public int signum() {
        return amount.signum();
    }

    @Override
    public String toString() {
        return Scales.plain(amount) + " " + currency;
    }

    private Money sameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException(
                    "cannot combine " + this + " with " + other + ": currencies differ");
        }
        return other;
    }
}
