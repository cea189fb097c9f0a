package app.ballast.web.market;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one price refresh did: each provider's outcome, and which assets' prices were accepted, held as an
 * unconfirmed jump, or refused. A provider that failed kept the last prices; the others' prices were stored.
 *
 * @param accepted symbols whose new price was stored (and, when fresh, fed to the stops and ladders)
 * @param held     symbols whose new price jumped beyond the limit and waits for the next refresh to confirm it
 * @param refused  symbols whose new price was refused (zero, negative, from the future), with the reason
 */
public record RefreshResult(Instant startedAt, Instant finishedAt, List<ProviderOutcome> providers,
                            List<String> accepted, List<String> held, List<String> refused) {

    public RefreshResult {
        providers = List.copyOf(providers);
        accepted = List.copyOf(accepted);
        held = List.copyOf(held);
        refused = List.copyOf(refused);
    }

    /** True when at least one provider failed (its assets kept their last prices). */
    public boolean failed() {
        return providers.stream().anyMatch(p -> p.outcome() == ProviderOutcome.Outcome.FAILED);
    }

    public Duration took() {
        return Duration.between(startedAt, finishedAt);
    }

    /** One line for a job's log: each provider's outcome, then the counts. */
    public String summary() {
        String byProvider = providers.stream().map(ProviderOutcome::summary).collect(Collectors.joining("; "));
        return byProvider + (byProvider.isEmpty() ? "" : "; ") + accepted.size() + " accepted, " + held.size()
                + " held, " + refused.size() + " refused";
    }
}
