package app.ballast.web.api;

import app.ballast.web.persistence.AssetEntity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Locale;

/** The shared list of assets (reference data, the same for every user). */
@Path("/api/assets")
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    @GET
    public List<AssetJson> list() {
        return AssetEntity.<AssetEntity>list("order by tier, symbol").stream().map(AssetJson::of).toList();
    }

    @GET
    @Path("/{symbol}")
    public AssetJson get(@PathParam("symbol") String symbol) {
        return AssetEntity.findBySymbol(symbol.toUpperCase(Locale.ROOT)).map(AssetJson::of)
                .orElseThrow(() -> new NotFoundException("no asset " + symbol));
    }

    public record AssetJson(String symbol, String name, String tier, String sector, boolean stablecoin,
                            String priceFeedId) {
        static AssetJson of(AssetEntity a) {
            return new AssetJson(a.symbol, a.name, a.tier.name(), a.sector, a.stablecoin, a.priceFeedId);
        }
    }
}
