package app.ballast.web.market;

import app.ballast.portfolio.plans.PriceTick;
import app.ballast.web.policy.TickEvaluator;
import app.ballast.web.policy.TickResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The scheduled price refresh (the jobs run {@link #run()} every {@code ballast.market.refresh-interval}):
 * fetches the price of every asset someone holds or has a plan on, and the Fear &amp; Greed index, stores the
 * prices that pass the sanity rules, and feeds the fresh accepted ones to the stops and ladders.
 *
 * <p>A provider that fails (network down, errors after the retries, an unreadable answer) is recorded in the
 * result and on the prices page; the last prices stay, and the other provider's values are still stored.
 * The network is never asked inside a database transaction.
 */
@ApplicationScoped
public class PriceRefresh {

    private static final Logger LOG = Logger.getLogger(PriceRefresh.class);
    /** The name of the step that hands the accepted prices to the stops and ladders, in the result. */
    public static final String TICK_EVALUATION = "stops and ladders";

    @Inject
    MarketFeeds feeds;

    @Inject
    PriceBook book;

    @Inject
    RefreshStatus status;

    @Inject
    TickEvaluator tickEvaluator;

    Clock clock = Clock.systemUTC();

    /** One refresh at a time per instance (a run from the jobs page may meet the scheduled one). */
    private final ReentrantLock running = new ReentrantLock();

    /** One refresh of everything watched. Never throws for a provider's failure: it is in the result. */
    public RefreshResult run() {
        running.lock();
        try {
            return refresh(book.watched());
        } finally {
            running.unlock();
        }
    }

    /** A refresh of the given assets (and the Fear &amp; Greed index). */
    RefreshResult refresh(List<FeedAsset> assets) {
        Instant started = now();
        List<ProviderOutcome> outcomes = new ArrayList<>();
        List<String> accepted = new ArrayList<>();
        List<String> held = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        Map<String, PriceTick> ticks = new LinkedHashMap<>();
        if (!feeds.enabled()) {
            outcomes.add(new ProviderOutcome(CoinGeckoProvider.NAME, ProviderOutcome.Outcome.SKIPPED, 0,
                    "the feeds are switched off (ballast.market.enabled=false)"));
        } else {
            outcomes.add(refreshPrices(assets, accepted, held, refused, ticks));
            feeds.fearGreed().ifPresent(feed -> outcomes.add(refreshFearGreed(feed)));
        }
        Instant finished = now();
        status.record(outcomes, finished);
        if (!ticks.isEmpty()) {
            outcomes.add(evaluate(ticks));
        }
        RefreshResult result = new RefreshResult(started, now(), outcomes, accepted, held, refused);
        if (result.failed()) {
            LOG.warnf("Price refresh: %s", result.summary());
        } else {
            LOG.debugf("Price refresh: %s", result.summary());
        }
        return result;
    }

    private ProviderOutcome refreshPrices(List<FeedAsset> assets, List<String> accepted, List<String> held,
                                          List<String> refused, Map<String, PriceTick> ticks) {
        PriceProvider provider = feeds.prices();
        if (assets.isEmpty()) {
            return new ProviderOutcome(provider.name(), ProviderOutcome.Outcome.SKIPPED, 0,
                    "no asset with a feed id is held or planned");
        }
        PriceProvider.Answer answer;
        try {
            answer = provider.fetch(assets);
        } catch (FeedException e) {
            return new ProviderOutcome(provider.name(), ProviderOutcome.Outcome.FAILED, 0, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Price refresh: " + provider.name() + " failed unexpectedly", e);
            return new ProviderOutcome(provider.name(), ProviderOutcome.Outcome.FAILED, 0, "unexpected error: " + e);
        }
        for (PriceBook.Judged judged : book.ingest(answer.quotes())) {
            String symbol = judged.quote().symbol();
            PriceSanity.Decision decision = judged.decision();
            switch (decision.verdict()) {
                case ACCEPTED, CONFIRMED -> {
                    accepted.add(symbol);
                    if (decision.fresh()) {
                        ticks.put(symbol, new PriceTick(judged.quote().time(), judged.quote().price()));
                    }
                }
                case HELD -> held.add(symbol);
                case REFUSED -> refused.add(symbol + ": " + decision.reason());
                case UNCHANGED -> {
                }
            }
        }
        List<String> problems = new ArrayList<>();
        answer.missing().forEach((symbol, why) -> problems.add(symbol + ": " + why));
        problems.addAll(answer.notes());
        ProviderOutcome.Outcome outcome = answer.quotes().isEmpty() ? ProviderOutcome.Outcome.FAILED
                : answer.missing().isEmpty() ? ProviderOutcome.Outcome.OK : ProviderOutcome.Outcome.PARTIAL;
        return new ProviderOutcome(provider.name(), outcome, answer.quotes().size(),
                problems.isEmpty() ? null : String.join("; ", problems));
    }

    private ProviderOutcome refreshFearGreed(FearGreedFeed feed) {
        try {
            FearGreedFeed.Reading reading = feed.fetch();
            book.storeFearGreed(reading);
            return new ProviderOutcome(feed.name(), ProviderOutcome.Outcome.OK, 1, null);
        } catch (FeedException e) {
            return new ProviderOutcome(feed.name(), ProviderOutcome.Outcome.FAILED, 0, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("Price refresh: " + feed.name() + " failed unexpectedly", e);
            return new ProviderOutcome(feed.name(), ProviderOutcome.Outcome.FAILED, 0, "unexpected error: " + e);
        }
    }

    /** Hands the fresh accepted prices to the stops and ladders (the prices stay stored if that fails). */
    private ProviderOutcome evaluate(Map<String, PriceTick> ticks) {
        try {
            TickResult result = tickEvaluator.evaluate(ticks);
            return new ProviderOutcome(TICK_EVALUATION, ProviderOutcome.Outcome.OK, result.firedCount(),
                    ticks.size() + " prices fed to " + result.plans() + " plans, " + result.firedCount() + " fired");
        } catch (RuntimeException e) {
            LOG.error("Price refresh: the stops and ladders could not be evaluated on "
                    + String.join(", ", ticks.keySet()), e);
            return new ProviderOutcome(TICK_EVALUATION, ProviderOutcome.Outcome.FAILED, 0,
                    "the prices are stored, but the stops and ladders could not be evaluated: " + e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
