package app.ballast.web.jobs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;

/** Finds the units of work of the jobs: the users and portfolios a run goes through, in id order. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class JobUnits {

    @Inject
    EntityManager em;

    /** The users whose portfolio has at least one transaction (an empty portfolio has nothing to rebalance). */
    public List<Long> usersWithTransactions() {
        return ids("""
                SELECT DISTINCT p.user_id FROM portfolio p
                WHERE EXISTS (SELECT 1 FROM ledger_transaction t WHERE t.portfolio_id = p.id)
                ORDER BY p.user_id""");
    }

    /** The portfolios with at least one transaction. */
    public List<Long> portfoliosWithTransactions() {
        return ids("""
                SELECT p.id FROM portfolio p
                WHERE EXISTS (SELECT 1 FROM ledger_transaction t WHERE t.portfolio_id = p.id)
                ORDER BY p.id""");
    }

    private List<Long> ids(String sql) {
        return em.createNativeQuery(sql).getResultList().stream().map(id -> ((Number) id).longValue()).toList();
    }
}
