package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** The field checks shared by the policy records, so that each problem is worded the same way. */
final class Checks {

    private static final Pattern SYMBOL = Pattern.compile("^[A-Z0-9]{1,15}$");

    private Checks() {
    }

    static boolean present(InvalidValuesException.Collector problems, String field, Object value) {
        if (value == null) {
            problems.add(field, field + " is required");
            return false;
        }
        return true;
    }

    /** A share of a whole: 0 to 1 inclusive. */
    static boolean fraction(InvalidValuesException.Collector problems, String field, BigDecimal value) {
        return between(problems, field, value, BigDecimal.ZERO, BigDecimal.ONE);
    }

    /** A share strictly between 0 and 1, as a trail or a sell fraction must be to mean anything. */
    static boolean openFraction(InvalidValuesException.Collector problems, String field, BigDecimal value) {
        if (!present(problems, field, value)) {
            return false;
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) >= 0) {
            problems.add(field, field + " must be greater than 0 and less than 1, was " + Scales.plain(value));
            return false;
        }
        return true;
    }

    /** A share greater than 0 and at most 1 (a sell fraction of 1 sells the whole position). */
    static boolean positiveFraction(InvalidValuesException.Collector problems, String field, BigDecimal value) {
        if (!present(problems, field, value)) {
            return false;
        }
        if (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            problems.add(field, field + " must be greater than 0 and at most 1, was " + Scales.plain(value));
            return false;
        }
        return true;
    }

    static boolean between(InvalidValuesException.Collector problems, String field, BigDecimal value,
                           BigDecimal min, BigDecimal max) {
        if (!present(problems, field, value)) {
            return false;
        }
        if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            problems.add(field, field + " must be between " + Scales.plain(min) + " and " + Scales.plain(max)
                    + ", was " + Scales.plain(value));
            return false;
        }
        return true;
    }

    static boolean positive(InvalidValuesException.Collector problems, String field, BigDecimal value) {
        if (!present(problems, field, value)) {
            return false;
        }
        if (value.signum() <= 0) {
            problems.add(field, field + " must be greater than 0, was " + Scales.plain(value));
            return false;
        }
        return fits(problems, field, value);
    }

    static boolean notNegative(InvalidValuesException.Collector problems, String field, BigDecimal value) {
        if (!present(problems, field, value)) {
            return false;
        }
        if (value.signum() < 0) {
            problems.add(field, field + " must not be negative, was " + Scales.plain(value));
            return false;
        }
        return fits(problems, field, value);
    }

    /** An amount that a DECIMAL(38,18) column can hold exactly. */
    static boolean fits(InvalidValuesException.Collector problems, String field, BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > Scales.AMOUNT_SCALE
                || stripped.precision() - stripped.scale() > Scales.AMOUNT_INTEGER_DIGITS) {
            problems.add(field, field + " must have at most " + Scales.AMOUNT_INTEGER_DIGITS + " digits before and "
                    + Scales.AMOUNT_SCALE + " after the decimal point, was " + Scales.plain(value));
            return false;
        }
        return true;
    }

    static boolean symbol(InvalidValuesException.Collector problems, String field, String symbol) {
        if (symbol == null || !SYMBOL.matcher(symbol).matches()) {
            problems.add(field, field + " must be 1 to 15 upper-case letters or digits, was "
                    + (symbol == null ? "nothing" : "\"" + symbol + "\""));
            return false;
        }
        return true;
    }
}
