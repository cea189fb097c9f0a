package app.ballast.web.ledger;

import app.ballast.domain.CostMethod;
import app.ballast.web.persistence.PortfolioEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;

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

    /** The user's portfolio, locked until the transaction ends: ledger writes are serialized per portfolio. */
    @Transactional(Transactional.TxType.MANDATORY)
    public PortfolioEntity lockDefault(long userId) {
        PortfolioEntity portfolio = defaultPortfolio(userId);
        // Plain FOR UPDATE: Hibernate's MySQL dialect writes "FOR UPDATE OF alias", which MariaDB refuses.
        PortfolioEntity.getEntityManager()
                .createNativeQuery("SELECT id FROM portfolio WHERE id = ?1 FOR UPDATE")
                .setParameter(1, portfolio.id)
                .getSingleResult();
        return portfolio;
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
        defaultPortfolio(userId).costMethod = parsed;
    }
}
