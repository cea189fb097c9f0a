package app.ballast.web.api;

import app.ballast.domain.tokenomics.AllocationBucket;
import app.ballast.scoring.TokenomicsAnalysis;
import app.ballast.web.scoring.TokenomicsService;
import app.ballast.web.scoring.TokenomicsService.TokenomicsView;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The caller's tokenomics figures for one asset, with their analysis. */
@Path("/api/assets/{symbol}/tokenomics")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssetTokenomicsResource {

    @Inject
    TokenomicsService tokenomics;

    @Inject
    CurrentUser user;

    /** A stored asset's figures as entered, the analysis, and the price it used (entered or the latest close). */
    public record StoredTokenomicsJson(String symbol, BigDecimal price, BigDecimal totalSupply,
                                       BigDecimal circulatingSupply, List<AllocationBucket> buckets,
                                       BigDecimal monthlyEmission, BigDecimal stakingApy, BigDecimal revenueToStakers,
                                       BigDecimal valueStaked, LocalDate scheduleStart, Instant updatedAt,
                                       TokenomicsService.PriceUsed priceUsed, int months,
                                       TokenomicsAnalysis analysis) {
        static StoredTokenomicsJson of(TokenomicsView v) {
            var in = v.input();
            return new StoredTokenomicsJson(v.symbol(), Amounts.plain(in.price()), Amounts.plain(in.totalSupply()),
                    Amounts.plain(in.circulatingSupply()), in.buckets(), Amounts.plain(in.monthlyEmission()),
                    Amounts.plain(in.stakingApy()), Amounts.plain(in.revenueToStakers()),
                    Amounts.plain(in.valueStaked()), in.scheduleStart(), v.updatedAt(), v.priceUsed(), v.months(),
                    v.analysis());
        }
    }

    @GET
    public StoredTokenomicsJson get(@PathParam("symbol") String symbol, @QueryParam("months") Integer months) {
        return StoredTokenomicsJson.of(tokenomics.get(user.id(), symbol, months));
    }

    /** Creates (201) or replaces (200) the asset's tokenomics. */
    @PUT
    public Response put(@PathParam("symbol") String symbol, TokenomicsResource.TokenomicsBody body) {
        TokenomicsResource.TokenomicsBody input = TransactionResource.requireBody(body);
        TokenomicsService.Saved saved = tokenomics.save(user.id(), symbol, input.draft(), input.months());
        StoredTokenomicsJson json = StoredTokenomicsJson.of(saved.view());
        if (saved.created()) {
            return Response.created(URI.create("/api/assets/" + json.symbol() + "/tokenomics")).entity(json).build();
        }
        return Response.ok(json).build();
    }

    @DELETE
    public Response delete(@PathParam("symbol") String symbol) {
        tokenomics.delete(user.id(), symbol);
        return Response.noContent().build();
    }
}
