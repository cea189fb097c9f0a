package app.ballast.web.ledger;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.CostMethod;
import app.ballast.domain.LedgerEntry;
import app.ballast.portfolio.HoldingsCalculator;
import app.ballast.portfolio.ReplayedLedger;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The ledgers this instance has read, each labelled with the portfolio's {@code ledger_version}.
 *
 * <p>Reading 100,000 transactions from the database and replaying them takes far longer than a
 * page may; the version, read with the portfolio row, says whether what is kept is still the
 * ledger in the database, so several instances can share one database and each keep its own. A
 * write puts its new ledger here only once its transaction has committed, so a rolled-back write
 * never leaves a ledger under a version the database does not have.
 *
 * <p>Bounded by the number of transactions kept ({@code ballast.ledger-cache.max-transactions}).
 */
@ApplicationScoped
public class LedgerCache {

    /** A ledger as of one version, and its replays per cost method, made when first asked for. */
    static final class Cached {
        final long version;
        final List<LedgerEntry> entries;
        final Map<CostMethod, ReplayedLedger> replays = new ConcurrentHashMap<>();

        Cached(long version, List<LedgerEntry> entries) {
            this.version = version;
            this.entries = List.copyOf(entries);
        }
    }

    @ConfigProperty(name = "ballast.ledger-cache.max-transactions", defaultValue = "1000000")
    long maxTransactions;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private Cache<Long, Cached> cache;

    private final Object[] loading = new Object[64];

    {
        for (int i = 0; i < loading.length; i++) {
            loading[i] = new Object();
        }
    }

    @PostConstruct
    void init() {
        cache = Caffeine.newBuilder()
                .maximumWeight(maxTransactions)
                .<Long, Cached>weigher((portfolio, ledger) -> Math.max(1, ledger.entries.size()))
                .build();
    }

    /** The portfolio's entries at {@code version}, read with {@code loader} unless kept already. */
    public List<LedgerEntry> entries(long portfolioId, long version, Supplier<List<LedgerEntry>> loader) {
        return cached(portfolioId, version, loader).entries;
    }

    /** The replayed positions at {@code version} under the cost method. */
    public ReplayedLedger replayed(long portfolioId, long version, CostMethod method, Map<String, AssetInfo> assets,
                                   Supplier<List<LedgerEntry>> loader) {
        Cached ledger = cached(portfolioId, version, loader);
        return ledger.replays.computeIfAbsent(method, m -> HoldingsCalculator.replay(ledger.entries, m, assets));
    }

    /** Keeps the ledger a write produced, once (and only if) the current transaction commits. */
    public void putAfterCommit(long portfolioId, long version, List<LedgerEntry> entries) {
        Cached ledger = new Cached(version, entries);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    cache.asMap().merge(portfolioId, ledger, (old, now) -> now.version >= old.version ? now : old);
                }
            }
        });
    }

    private Cached cached(long portfolioId, long version, Supplier<List<LedgerEntry>> loader) {
        Cached kept = cache.getIfPresent(portfolioId);
        if (kept != null && kept.version == version) {
            return kept;
        }
        // Ten requests arriving after a change read the ledger once, not ten times.
        synchronized (loading[Math.floorMod(Long.hashCode(portfolioId), loading.length)]) {
            kept = cache.getIfPresent(portfolioId);
            if (kept != null && kept.version == version) {
                return kept;
            }
            Cached loaded = new Cached(version, loader.get());
            cache.asMap().merge(portfolioId, loaded, (old, now) -> now.version >= old.version ? now : old);
            return loaded;
        }
    }
}
