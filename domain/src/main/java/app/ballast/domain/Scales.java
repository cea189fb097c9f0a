package app.ballast.domain;

import java.math.BigDecimal;

/** The precision of stored amounts: every amount column is DECIMAL(38,18). */
public final class Scales {

    public static final int AMOUNT_SCALE = 18;
    public static final int AMOUNT_INTEGER_DIGITS = 20;
    public static final int WEIGHT_SCALE = 10;

    private Scales() {
    }

    /**
     * Returns {@code value} unchanged if a DECIMAL(38,18) column can hold it exactly.
     * An amount with too many decimals is refused rather than rounded: rounding would
     * silently change what the investor entered.
     */
    public static BigDecimal requireFits(String field, BigDecimal value) {
        if (value == null) {
            throw new LedgerException(field, field + " is required");
        }
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > AMOUNT_SCALE) {
            throw new LedgerException(field, field + " can have at most " + AMOUNT_SCALE
                    + " decimal places, was " + plain(value));
        }
        if (stripped.precision() - stripped.scale() > AMOUNT_INTEGER_DIGITS) {
            throw new LedgerException(field, field + " can have at most " + AMOUNT_INTEGER_DIGITS
                    + " digits before the decimal point, was " + plain(value));
        }
        return value;
    }

    /** The same value without trailing zeros, and never with a negative scale (100, not 1E+2). */
    public static BigDecimal compact(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * The amount as an investor writes it: no exponent, no trailing zeros. An absurd amount such as
     * 1E+999999999 keeps its exponent: written out it would need gigabytes.
     */
    public static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (Math.abs((long) stripped.scale()) > 60 || stripped.precision() > 60) {
            return stripped.toString();
        }
        return stripped.toPlainString();
    }
}
