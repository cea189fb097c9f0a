package app.ballast.web.policy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.math.BigDecimal;
import java.time.Duration;

/** The policy's settings (prefix {@code ballast.policy}). */
@ConfigMapping(prefix = "ballast.policy")
public interface PolicySettings {

    /**
     * A price that moves more than this fraction from the last accepted one in one step is held
     * until a second price confirms it; meanwhile it moves no mark and triggers nothing.
     */
    @WithDefault("0.5")
    BigDecimal priceJumpLimit();

    /** A live price older than this never triggers a stop (and warns STALE_PRICE). */
    @WithDefault("PT36H")
    Duration priceMaxAge();

    /** A DCA due date whose close is missing may be bought at the latest close at most this old. */
    @WithDefault("P3D")
    Duration dcaPriceMaxAge();
}
