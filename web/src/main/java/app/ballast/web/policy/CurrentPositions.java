package app.ballast.web.policy;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.Quote;
import app.ballast.domain.policy.Policy;
import app.ballast.portfolio.Holding;
import app.ballast.portfolio.HoldingsCalculator;
import app.ballast.portfolio.PortfolioSnapshot;
import app.ballast.portfolio.ReplayedLedger;
import app.ballast.portfolio.rebalance.RebalancePosition;
import app.ballast.web.ledger.LedgerCache;
import app.ballast.web.ledger.LedgerRepository;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.persistence.PortfolioEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The user's portfolio as the policy engines take it: the holdings valued at the latest prices,
 * with each asset's tier, sector and latest score; plus the assets the policy names but the
 * portfolio does not hold yet, so that they can be bought.
 */
@ApplicationScoped
public class CurrentPositions {

    /** Everything read at once, so that holdings, prices and scores belong together. */
    public record Portfolio(PortfolioSnapshot snapshot, Map<String, AssetInfo> assets, Map<String, Quote> quotes,
                            Map<String, BigDecimal> scores, Policy policy) {

        public Holding holding(String symbol) {
            return snapshot.holdings().stream().filter(h -> h.symbol().equals(symbol)).findFirst().orElse(null);
        }

        /** The positions to rebalance; an asset without any price is left out (and named by {@link #unpriced()}). */
        public List<RebalancePosition> positions() {
            List<RebalancePosition> positions = new ArrayList<>();
            for (String symbol : symbols()) {
                Holding h = holding(symbol);
                BigDecimal quantity = h == null ? BigDecimal.ZERO : h.quantity().amount();
                BigDecimal price = price(symbol);
                AssetInfo info = assets.get(symbol);
                if (price != null && price.signum() > 0 && info != null) {
                    positions.add(new RebalancePosition(symbol, info.tier(), info.sector(), quantity, price,
                            scores.get(symbol)));
                }
            }
            return positions;
        }

        /** Held or targeted assets without a price: the rebalance cannot include them. */
        public List<String> unpriced() {
            return symbols().stream().filter(s -> price(s) == null || price(s).signum() <= 0).toList();
        }

        public BigDecimal price(String symbol) {
            Quote quote = quotes.get(symbol);
            return quote == null ? null : quote.price();
        }

        private Set<String> symbols() {
            Set<String> symbols = new LinkedHashSet<>();
            for (Holding h : snapshot.holdings()) {
                if (h.quantity().amount().signum() > 0) {
                    symbols.add(h.symbol());
                }
            }
            symbols.addAll(policy.coreWeights().keySet());
            symbols.addAll(policy.satelliteWeights().keySet());
            return symbols;
        }
    }

    @Inject
    LedgerService ledger;

    @Inject
    LedgerRepository repository;

    @Inject
    PolicyService policies;

    @Inject
    ScoreLookup scores;

    @Inject
    PortfolioService portfolios;

    @Inject
    LedgerCache cache;

    /** What every user's portfolio is valued with: the assets and their latest quotes. */
    public record Shared(Map<String, AssetInfo> assets, Map<String, Quote> quotes) {
    }

    @Transactional
    public Shared shared() {
        return new Shared(repository.assets(), repository.latestQuotes());
    }

    /**
     * As {@link #read(long)}, with the assets and quotes read once for many users (a job's run over
     * every user): the user's ledger comes from the ledger cache as {@code LedgerService.snapshot} takes it.
     */
    @Transactional
    public Portfolio read(long userId, Shared shared) {
        PortfolioEntity portfolio = portfolios.defaultPortfolio(userId);
        ReplayedLedger replayed = cache.replayed(portfolio.id, portfolio.ledgerVersion, portfolio.costMethod,
                shared.assets(), () -> repository.entries(portfolio.id));
        return new Portfolio(HoldingsCalculator.value(replayed, shared.assets(), shared.quotes()), shared.assets(),
                shared.quotes(), scores.latestTotals(userId), policies.get(userId));
    }

    @Transactional
    public Portfolio read(long userId) {
        return new Portfolio(ledger.snapshot(userId), repository.assets(), repository.latestQuotes(),
                scores.latestTotals(userId), policies.get(userId));
    }
}
