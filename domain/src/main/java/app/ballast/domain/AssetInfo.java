package app.ballast.domain;

/** What the portfolio knows about an asset: its name and where it sits in the allocation. */
public record AssetInfo(String symbol, String name, Tier tier, String sector, boolean stablecoin) {

    public AssetInfo {
        Fields.symbol("symbol", symbol);
        Fields.text("name", name);
        if (tier == null) {
            throw new LedgerException("tier", "tier is required");
        }
        Fields.text("sector", sector);
    }
}
