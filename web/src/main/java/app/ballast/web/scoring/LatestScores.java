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

    /**
     * Symbol → latest evaluation, for every asset the user has evaluated, newest first. Read on every dashboard
     * and rebalance, so only the latest day's evaluations are read: the latest day per asset comes from the
     * index (user, asset, date, id) alone, and of that day's evaluations the one saved last counts.
     */
    public Map<String, LatestScore> latest(long userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = EvaluationEntity.getEntityManager().createNativeQuery("""
                        SELECT a.symbol, e.evaluated_on, e.total, e.recommendation
                        FROM (SELECT asset_id, MAX(evaluated_on) AS latest_day FROM evaluation
                              WHERE user_id = ?1 GROUP BY asset_id) d
                        JOIN evaluation e ON e.user_id = ?1 AND e.asset_id = d.asset_id AND e.evaluated_on = d.latest_day
                        JOIN asset a ON a.id = e.asset_id
                        ORDER BY e.evaluated_on DESC, e.id DESC""")
                .setParameter(1, userId)
                .getResultList();
        Map<String, LatestScore> latest = new LinkedHashMap<>();
        for (Object[] row : rows) {
            latest.putIfAbsent((String) row[0], new LatestScore((String) row[0], date(row[1]),
                    Scales.compact((BigDecimal) row[2]), Recommendation.valueOf((String) row[3])));
        }
        return latest;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) value;
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
