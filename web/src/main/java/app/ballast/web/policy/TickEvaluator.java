package app.ballast.web.policy;

import app.ballast.portfolio.plans.PriceTick;
import app.ballast.web.policy.PositionPlansService.PlanTriggerEntityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Feeds accepted live prices to every user's armed stops and take-profit ladders on those assets
 * (issue 4: stop and take-profit evaluation after each price refresh).
 */
@ApplicationScoped
public class TickEvaluator {

    @Inject
    PositionPlansService plans;

    @Inject
    EntityManager em;

    /**
     * Feeds each symbol's tick to the plans on it, stores what changed and what fired, and answers
     * what fired. One transaction: a failure writes nothing.
     */
    @Transactional
    public TickResult evaluate(Map<String, PriceTick> ticks) {
        if (ticks == null || ticks.isEmpty()) {
            return TickResult.NOTHING;
        }
        List<PlanTriggerEntityView> fired = new ArrayList<>();
        int count = 0;
        java.util.Set<Long> users = new java.util.TreeSet<>();
        for (Map.Entry<String, PriceTick> e : ticks.entrySet()) {
            List<?> rows = em.createNativeQuery("""
                            SELECT s.user_id FROM position_stop s JOIN asset a ON a.id = s.asset_id
                            WHERE a.symbol = ?1 AND s.triggered = FALSE
                            UNION SELECT l.user_id FROM take_profit_ladder l JOIN asset a ON a.id = l.asset_id
                            WHERE a.symbol = ?1 AND l.finished_on IS NULL""")
                    .setParameter(1, e.getKey()).getResultList();
            for (Object row : rows) {
                long userId = ((Number) row).longValue();
                users.add(userId);
                PositionPlansService.Evaluation evaluation = plans.onTick(userId, e.getKey(), e.getValue());
                fired.addAll(evaluation.triggers());
                count++;
            }
        }
        return new TickResult(fired, count, count, users.size());
    }
}
