package app.ballast.web.api;

import app.ballast.portfolio.Allocation;
import app.ballast.portfolio.Holding;
import app.ballast.portfolio.PortfolioSnapshot;
import app.ballast.portfolio.Totals;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.security.CurrentUser;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Holdings derived from the ledger, valued at the latest prices; and the portfolio's totals. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
public class HoldingsResource {

    @Inject
    LedgerService ledger;

    @Inject
    CurrentUser user;

    @Inject
    PortfolioService portfolios;

    @GET
    @Path("/holdings")
    public HoldingsResponse holdings() {
        return HoldingsResponse.of(ledger.snapshot(user.id()));
    }

    @GET
    @Path("/portfolio")
    public PortfolioResponse portfolio() {
        PortfolioSnapshot snapshot = ledger.snapshot(user.id());
        return new PortfolioResponse(portfolios.defaultPortfolio(user.id()).costMethod.name(),
                TotalsJson.of(snapshot.totals()), AllocationJson.of(snapshot.byTier()),
                AllocationJson.of(snapshot.bySector()), AllocationJson.of(snapshot.byAsset()));
    }

    /** Changes the portfolio's settings: {@code {"costMethod": "MOVING_AVERAGE" | "FIFO"}}. */
    @PUT
    @Path("/portfolio")
    @Consumes(MediaType.APPLICATION_JSON)
    public PortfolioResponse updatePortfolio(PortfolioSettings settings) {
        PortfolioSettings in = TransactionResource.requireBody(settings);
        portfolios.setCostMethod(user.id(), in.costMethod());
        return portfolio();
    }

    public record PortfolioSettings(String costMethod) {
    }

    public record HoldingsResponse(TotalsJson totals, List<HoldingJson> holdings) {
        static HoldingsResponse of(PortfolioSnapshot s) {
            return new HoldingsResponse(TotalsJson.of(s.totals()), s.holdings().stream().map(HoldingJson::of).toList());
        }
    }

    public record PortfolioResponse(String costMethod, TotalsJson totals, List<AllocationJson> byTier, List<AllocationJson> bySector,
                                    List<AllocationJson> byAsset) {
    }

    public record TotalsJson(BigDecimal marketValue, BigDecimal costBasis, BigDecimal unrealizedProfit,
                             BigDecimal realizedProfit, String currency) {
        static TotalsJson of(Totals t) {
            return new TotalsJson(Amounts.money(t.marketValue()), Amounts.money(t.costBasis()),
                    Amounts.money(t.unrealizedProfit()), Amounts.money(t.realizedProfit()), t.marketValue().currency());
        }
    }

    public record HoldingJson(String symbol, String name, String tier, String sector, BigDecimal quantity,
                              Map<String, BigDecimal> quantityByAccount, BigDecimal averageCost,
                              BigDecimal costBasis, BigDecimal price, Instant priceTime, BigDecimal marketValue,
                              BigDecimal unrealizedProfit, BigDecimal realizedProfit, BigDecimal weight) {
        static HoldingJson of(Holding h) {
            Map<String, BigDecimal> byAccount = new java.util.TreeMap<>();
            h.quantityByAccount().forEach((account, q) -> byAccount.put(account, Amounts.plain(q)));
            return new HoldingJson(h.symbol(), h.name(), h.tier().name(), h.sector(), Amounts.plain(h.quantity().amount()),
                    byAccount, Amounts.plain(h.averageCost().amount()), Amounts.money(h.costBasis()),
                    h.price() == null ? null : Amounts.plain(h.price().amount()), h.priceTime(),
                    Amounts.money(h.marketValue()), Amounts.money(h.unrealizedProfit()),
                    Amounts.money(h.realizedProfit()), Amounts.plain(h.weight()));
        }
    }

    public record AllocationJson(String key, BigDecimal value, BigDecimal weight) {
        static List<AllocationJson> of(List<Allocation> allocations) {
            return allocations.stream()
                    .map(a -> new AllocationJson(a.key(), Amounts.money(a.value()), Amounts.plain(a.weight())))
                    .toList();
        }
    }
}
