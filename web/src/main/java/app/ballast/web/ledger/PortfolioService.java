package app.ballast.web.ledger;

import app.ballast.domain.CostMethod;
import app.ballast.web.persistence.PortfolioEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/** A user's portfolio. Every user has one, made when they sign up, named "Main". */
@ApplicationScoped
@Transactional
public class PortfolioService {

    public static final String DEFAULT_NAME = "Main";

    public PortfolioEntity create(long userId, CostMethod method) {
        PortfolioEntity portfolio = new PortfolioEntity();
        portfolio.userId = userId;
        portfolio.name = DEFAULT_NAME;
        portfolio.costMethod = method;
        portfolio.baseCurrency = "USD";
        portfolio.createdAt = Instant.now();
        portfolio.persist();
        return portfolio;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PortfolioEntity defaultPortfolio(long userId) {
        return PortfolioEntity.<PortfolioEntity>find("userId = ?1 order by id", userId).firstResultOptional()
                .orElseThrow(() -> new IllegalStateException("user " + userId + " has no portfolio"));
    }

    /** A portfolio locked for a ledger write: its id and the ledger version read under the lock. */
    public record Locked(long id, long version) {
    }

    /**
     * Locks the user's portfolio until the transaction ends (ledger writes are serialized per
     * portfolio) and reads its ledger version under the lock, so that it is the latest committed one.
     * A plain {@code FOR UPDATE}: Hibernate's MySQL dialect writes "FOR UPDATE OF alias", which
     * MariaDB refuses.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Locked lock(long userId) {
        List<?> rows = PortfolioEntity.getEntityManager()
                .createNativeQuery("SELECT id, ledger_version FROM portfolio WHERE user_id = ?1 ORDER BY id LIMIT 1 FOR UPDATE")
                .setParameter(1, userId)
                .getResultList();
        if (rows.isEmpty()) {
            throw new IllegalStateException("user " + userId + " has no portfolio");
        }
        Object[] row = (Object[]) rows.get(0);
        return new Locked(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Records that the locked portfolio's ledger changed; returns the new version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public long bumpLedgerVersion(Locked portfolio) {
        long next = portfolio.version() + 1;
        PortfolioEntity.getEntityManager()
                .createNativeQuery("UPDATE portfolio SET ledger_version = ?2 WHERE id = ?1")
                .setParameter(1, portfolio.id())
                .setParameter(2, next)
                .executeUpdate();
        return next;
    }

    /** Sets how cost is assigned to sells: MOVING_AVERAGE (the default) or FIFO. */
    public void setCostMethod(long userId, String method) {
        CostMethod parsed;
        try {
            parsed = CostMethod.valueOf(method == null ? "" : method.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("costMethod",
                    "costMethod must be MOVING_AVERAGE or FIFO, was \"" + method + "\"");
        }
        Locked portfolio = lock(userId);
        PortfolioEntity.getEntityManager()
                .createNativeQuery("UPDATE portfolio SET cost_method = ?2 WHERE id = ?1")
                .setParameter(1, portfolio.id())
                .setParameter(2, parsed.name())
                .executeUpdate();
    }
}
