package app.ballast.scoring;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One month of an unlock schedule: the tokens each bucket unlocks at its end (every bucket, in input order,
 * 0 when it unlocks nothing that month), their total, and that total as a percentage of the circulating
 * supply today.
 */
public record UnlockMonth(int month, Map<String, BigDecimal> unlocks, BigDecimal total, BigDecimal percentOfCirculating) {

    public UnlockMonth {
        unlocks = Collections.unmodifiableMap(new LinkedHashMap<>(unlocks));
    }
}
