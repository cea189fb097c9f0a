package app.ballast.portfolio;

import java.util.List;
import java.util.Objects;

/**
 * A portfolio at one moment: its holdings (largest market value first, then by symbol),
 * their totals and its allocation by tier, sector and asset (largest value first, then by key).
 */
public record PortfolioSnapshot(List<Holding> holdings, Totals totals, List<Allocation> byTier,
                                List<Allocation> bySector, List<Allocation> byAsset) {

    public PortfolioSnapshot {
        holdings = List.copyOf(holdings);
        Objects.requireNonNull(totals, "totals");
        byTier = List.copyOf(byTier);
        bySector = List.copyOf(bySector);
        byAsset = List.copyOf(byAsset);
    }
}
