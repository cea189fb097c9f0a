package app.ballast.web.policy;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Used until the scoring module provides a {@link ScoreLookup}: no asset has a score, so none is
 * restricted. Any other ScoreLookup bean replaces this one.
 */
@ApplicationScoped
@DefaultBean
public class NoScores implements ScoreLookup {

    @Override
    public Map<String, BigDecimal> latestTotals(long userId) {
        return Map.of();
    }
}
