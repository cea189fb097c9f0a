package app.ballast.web.market;

import app.ballast.domain.Scales;
import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Reading a feed's numbers into what a DECIMAL(38,18) column holds. */
final class FeedFigures {

    private FeedFigures() {
    }

    /** A JSON number (or a number in a string, as alternative.me sends) exactly; null when absent or not one. */
    static BigDecimal decimal(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return null;
        }
        if (node.isNumber()) {
            return node.decimalValue();
        }
        if (node.isTextual() && node.asText().length() <= 100) {
            try {
                return new BigDecimal(node.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * A side figure (volume, market cap, supply) as stored: rounded to 18 decimals (feeds send binary floats
     * with more digits than they know), or null when negative or too large for the column (it is informative,
     * and a wrong one must not cost the price).
     */
    static BigDecimal sideFigure(BigDecimal value) {
        if (value == null || value.signum() < 0 || tooLarge(value)) {
            return null;
        }
        return Scales.compact(value.setScale(Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN));
    }

    /** Seconds since 1970 as an instant; null when absent or not a time before the year 10000. */
    static java.time.Instant epochSeconds(BigDecimal seconds) {
        if (seconds == null || seconds.signum() <= 0 || seconds.compareTo(LATEST_SECONDS) > 0) {
            return null;
        }
        return java.time.Instant.ofEpochSecond(seconds.longValue());
    }

    /** 9999-12-31T23:59:59Z. */
    private static final BigDecimal LATEST_SECONDS = BigDecimal.valueOf(253_402_300_799L);

    /** More digits before the point than DECIMAL(38,18) keeps (from precision and scale, never written out). */
    static boolean tooLarge(BigDecimal value) {
        return value.signum() != 0 && (long) value.precision() - value.scale() > Scales.AMOUNT_INTEGER_DIGITS;
    }
}
