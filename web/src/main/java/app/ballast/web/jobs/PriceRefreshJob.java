package app.ballast.web.jobs;

import app.ballast.web.market.MarketSettings;
import app.ballast.web.market.PriceRefresh;
import app.ballast.web.market.ProviderOutcome;
import app.ballast.web.market.RefreshResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.LocalDate;
import java.util.List;

/**
 * The price refresh: the market data's {@link PriceRefresh} fetches and stores the prices and feeds
 * the fresh ones to the stops and ladders (their triggers are once-only by plan_trigger's unique key).
 * Each provider, and the evaluation of the stops, is a unit of the run: a feed that failed makes it
 * PARTIAL (the last prices stay, and the next refresh tries again).
 */
@ApplicationScoped
public class PriceRefreshJob implements BallastJob {

    @Inject
    PriceRefresh refresh;

    @Inject
    MarketSettings market;

    @Override
    public String id() {
        return "price-refresh";
    }

    @Override
    public String purpose() {
        return "Fetches the latest prices and the Fear & Greed index, then checks every armed stop and "
                + "take-profit ladder against the new prices.";
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(market.refreshInterval(), Misfire.FIRE_ONCE_NOW);
    }

    @Override
    public JobResult run(LocalDate today) {
        RefreshResult result = refresh.run();
        List<ProviderOutcome> failed = result.providers().stream()
                .filter(p -> p.outcome() == ProviderOutcome.Outcome.FAILED).toList();
        return new JobResult(result.providers().size(), failed.size(), result.accepted().size(),
                failed.stream().map(ProviderOutcome::summary).toList());
    }
}
