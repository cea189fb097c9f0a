package app.ballast.portfolio.policy;

import app.ballast.domain.AccountKind;
import app.ballast.domain.policy.Policy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the policy check needs to know about a portfolio at {@code asOf}: its policy, its positions
 * with their latest prices, the USD value held in each account and the kind of each account, the
 * cash, and how old a price may be before it counts as stale.
 */
public record PolicySnapshot(Instant asOf, Policy policy, List<PositionView> positions,
                             Map<String, BigDecimal> accountValues, Map<String, AccountKind> accountKinds,
                             BigDecimal cash, Duration staleAfter) {

    /** Daily closes plus a margin: a price older than this is stale. */
    public static final Duration DEFAULT_STALE_AFTER = Duration.ofHours(36);

    public PolicySnapshot {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(policy, "policy");
        positions = List.copyOf(positions);
        accountValues = new TreeMap<>(accountValues == null ? Map.of() : accountValues);
        accountKinds = new TreeMap<>(accountKinds == null ? Map.of() : accountKinds);
        cash = cash == null ? BigDecimal.ZERO : cash;
        staleAfter = staleAfter == null ? DEFAULT_STALE_AFTER : staleAfter;
    }
}
