package app.ballast.web.policy;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The latest score total (0–10) of each asset the user has scored, by symbol. The policy reads it
 * for eligibility: below the no-buy threshold an asset gets no new buys, below the sell threshold
 * its target is 0. An asset without a score is eligible (only a low score restricts).
 * Implemented by {@link app.ballast.web.scoring.LatestScores} from the stored evaluations.
 */
public interface ScoreLookup {

    Map<String, BigDecimal> latestTotals(long userId);
}
