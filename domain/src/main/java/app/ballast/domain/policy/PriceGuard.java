package app.ballast.domain.policy;

import app.ballast.domain.InvalidValuesException;

import java.math.BigDecimal;
import java.time.Duration;

/**
 * Which prices a stop or a ladder may act on. A price that is zero or negative, older than
 * {@code maxAge}, or further than {@code maxJump} (a fraction) from the last accepted price is
 * not acted on; a jump counts once a second price within {@code maxJump} of it confirms it.
 *
 * @param maxAge null: prices never go stale (a replay of history)
 */
public record PriceGuard(BigDecimal maxJump, Duration maxAge) {

    /** A 50% move in one step needs confirmation; a price older than 36 hours is stale. */
    public static final PriceGuard DEFAULT = new PriceGuard(new BigDecimal("0.5"), Duration.ofHours(36));

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
