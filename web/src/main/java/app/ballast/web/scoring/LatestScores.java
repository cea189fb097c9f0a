package app.ballast.web.scoring;

import app.ballast.web.policy.ScoreLookup;
import app.ballast.domain.Scales;
import app.ballast.domain.scoring.Recommendation;
import app.ballast.web.persistence.EvaluationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each asset's latest evaluation of a user (latest date, then latest saved): what the portfolio policy
 * reads for eligibility (no new buys under 5.5, sell under 4.0) and the stale-score rule for its date.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LatestScores implements ScoreLookup {

    /** An asset's latest evaluation: its date, total (exact to 18 decimals, never rounded up) and band. */
    public record LatestScore(String symbol, LocalDate date, BigDecimal total, Recommendation recommendation) {
    }

    /** Symbol → latest evaluation, for every asset the user has evaluated. */
    public Map<String, LatestScore> latest(long userId) {
        List<Object[]> rows = EvaluationEntity.getEntityManager().createQuery("""
                        select e.asset.symbol, e.evaluatedOn, e.total, e.recommendation from EvaluationEntity e
                        where e.userId = ?1 order by e.evaluatedOn desc, e.id desc""", Object[].class)
                .setParameter(1, userId)
                .getResultList();
        Map<String, LatestScore> latest = new LinkedHashMap<>();
        for (Object[] row : rows) {
            latest.putIfAbsent((String) row[0], new LatestScore((String) row[0], (LocalDate) row[1],
                    Scales.compact((BigDecimal) row[2]), Recommendation.valueOf((String) row[3])));
        }
        return latest;
    }

    /** Symbol → latest evaluation total: what the policy reads for no-buy and sell eligibility. */
    @Override
    public Map<String, BigDecimal> latestTotals(long userId) {
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        latest(userId).forEach((symbol, score) -> totals.put(symbol, score.total()));
        return totals;
    }

    /** Symbol → date of the latest evaluation. */
    public Map<String, LocalDate> latestDates(long userId) {
        Map<String, LocalDate> dates = new LinkedHashMap<>();
        latest(userId).forEach((symbol, score) -> dates.put(symbol, score.date()));
        return dates;
    }
}
