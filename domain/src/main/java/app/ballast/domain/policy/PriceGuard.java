package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Which prices a stop or a ladder may act on. A price that is zero or negative, older than
 * {@code maxAge}, stamped later than now by more than {@link #MAX_CLOCK_SKEW}, or further than
 * {@code maxJump} (a fraction) from the last accepted price is not acted on; a jump counts once a
 * second price confirms it: one within {@code maxJump} of it, or one also beyond {@code maxJump}
 * on the same side of the last accepted price (a crash that goes on falling).
 *
 * @param maxAge null: prices never go stale (a replay of history)
 */
public record PriceGuard(BigDecimal maxJump, Duration maxAge) {

    /** A 50% move in one step needs confirmation; a price older than 36 hours is stale. */
    public static final PriceGuard DEFAULT = new PriceGuard(new BigDecimal("0.5"), Duration.ofHours(36));

    /**
     * How far ahead of the evaluating clock a price may be stamped (a feed's clock a little ahead);
     * a price from further in the future is refused, or it would hold back every real price after it.
     */
    public static final Duration MAX_CLOCK_SKEW = Duration.ofMinutes(5);

    /** For replays of daily history: the jump rule only. */
    public static final PriceGuard HISTORY = new PriceGuard(new BigDecimal("0.5"), null);

    public PriceGuard {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        Checks.positive(problems, "maxJump", maxJump);
        if (maxAge != null && (maxAge.isNegative() || maxAge.isZero())) {
            problems.add("maxAge", "maxAge must be longer than 0, was " + maxAge);
        }
        problems.throwIfAny();
    }
}
