package app.ballast.web.market;

import app.ballast.domain.Scales;
import app.ballast.domain.policy.PriceGuard;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;

/**
 * What happens to a new price when it arrives, against the last accepted price of its asset and a jump held
 * from an earlier refresh (the rules of {@link PriceGuard}, applied once, where prices enter):
 * <ul>
 *   <li>zero or negative, too large to store, or stamped later than now by more than the clock skew: refused;</li>
 *   <li>not newer than the last accepted price (or the held one): nothing new, ignored;</li>
 *   <li>within the jump limit of the last accepted price, or the first price of the asset: accepted;</li>
 *   <li>beyond it: held, unless it confirms the held jump — within the limit of the held price, or also beyond
 *       the limit on the same side (a crash that goes on falling) — then accepted.</li>
 * </ul>
 * An accepted price older than the staleness limit is stored (it is still the latest known) but is not fresh:
 * it triggers nothing.
 */
public final class PriceSanity {

    public enum Verdict {
        ACCEPTED, CONFIRMED, HELD, REFUSED, UNCHANGED;

        /** Whether the price is stored as the asset's latest. */
        public boolean stored() {
            return this == ACCEPTED || this == CONFIRMED;
        }
    }

    /** A price already known: its value and time. */
    public record Known(BigDecimal price, Instant time) {
    }

    /** The verdict, why, and whether the price is recent enough to act on. */
    public record Decision(Verdict verdict, String reason, boolean fresh) {
    }

    private final BigDecimal jumpLimit;
    private final Duration maxAge;

    public PriceSanity(BigDecimal jumpLimit, Duration maxAge) {
        new PriceGuard(jumpLimit, maxAge); // the same checks on the settings
        this.jumpLimit = jumpLimit;
        this.maxAge = maxAge;
    }

    public Decision judge(MarketQuote quote, Known lastAccepted, Known held, Instant now) {
        BigDecimal price = quote.price();
        if (price.signum() <= 0) {
            return refused("the price must be above 0, was " + Scales.plain(price));
        }
        if (FeedFigures.tooLarge(price)) {
            return refused("the price is too large to be a price, was " + Scales.plain(price));
        }
        if (quote.time().isAfter(now.plus(PriceGuard.MAX_CLOCK_SKEW))) {
            return refused("the price is stamped " + quote.time() + ", later than now (" + now + ")");
        }
        boolean fresh = maxAge == null || !quote.time().isBefore(now.minus(maxAge));
        if (lastAccepted == null) {
            return new Decision(Verdict.ACCEPTED, "the first price of the asset", fresh);
        }
        if (!quote.time().isAfter(lastAccepted.time())) {
            return new Decision(Verdict.UNCHANGED, "not newer than the last accepted price (" + lastAccepted.time()
                    + ")", false);
        }
        BigDecimal move = move(lastAccepted.price(), price);
        if (move.abs().compareTo(jumpLimit) <= 0) {
            return new Decision(Verdict.ACCEPTED, "within " + percent(jumpLimit) + " of the last accepted price",
                    fresh);
        }
        String jump = percent(move) + " from the last accepted price " + Scales.plain(lastAccepted.price());
        if (held != null) {
            if (!quote.time().isAfter(held.time())) {
                return new Decision(Verdict.UNCHANGED, "not newer than the held price (" + held.time() + ")", false);
            }
            BigDecimal fromHeld = move(held.price(), price);
            BigDecimal heldMove = move(lastAccepted.price(), held.price());
            boolean sameSide = heldMove.abs().compareTo(jumpLimit) > 0 && heldMove.signum() == move.signum();
            if (fromHeld.abs().compareTo(jumpLimit) <= 0 || sameSide) {
                return new Decision(Verdict.CONFIRMED, jump + ", confirming the held price "
                        + Scales.plain(held.price()), fresh);
            }
        }
        return new Decision(Verdict.HELD, jump + ": held until the next price confirms it", false);
    }

    private static Decision refused(String reason) {
        return new Decision(Verdict.REFUSED, reason, false);
    }

    /** (to − from) / from, as a fraction. */
    static BigDecimal move(BigDecimal from, BigDecimal to) {
        return to.subtract(from).divide(from, MathContext.DECIMAL64);
    }

    private static String percent(BigDecimal fraction) {
        BigDecimal p = fraction.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN);
        return (p.signum() > 0 ? "+" : "") + Scales.plain(p) + "%";
    }
}
