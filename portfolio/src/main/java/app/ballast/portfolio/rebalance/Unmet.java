package app.ballast.portfolio.rebalance;

import java.util.Objects;

/**
 * A rule the suggested trades cannot satisfy, and why: {@code rule} is POSITION_CAP, CORE_BAND,
 * SECTOR_CONCENTRATION, SELL_THRESHOLD, CORE_WEIGHT or SATELLITE_SLEEVE; {@code subject} is an
 * asset, a sector, or CORE / SATELLITES for a sleeve.
 */
public record Unmet(String rule, String subject, String reason) {

    public Unmet {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(reason, "reason");
    }
}
