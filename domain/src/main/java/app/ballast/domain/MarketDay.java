package app.ballast.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One day of an asset's market: its USD close, 24 h volume and market cap. Volume and market cap are
 * optional (a CSV of closes has neither), and the rules that need them skip days without them.
 */
public record MarketDay(LocalDate date, BigDecimal price, BigDecimal volume, BigDecimal marketCap) {

    public MarketDay {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        if (date == null) {
            problems.add("date", "date is required");
        }
        if (price == null) {
            problems.add("price", "price is required");
        } else if (FieldChecks.fits("price", price, problems) && price.signum() <= 0) {
            problems.add("price", "price must be positive, was " + Scales.plain(price));
        }
        notNegative("volume", volume, problems);
        notNegative("marketCap", marketCap, problems);
        problems.throwIfAny();
    }

    /** Whether the day has both a volume and a positive market cap, so their ratio means something. */
    public boolean hasVolumeAndMarketCap() {
        return volume != null && marketCap != null && marketCap.signum() > 0;
    }

    private static void notNegative(String field, BigDecimal value, InvalidValuesException.Collector problems) {
        if (value != null && FieldChecks.fits(field, value, problems) && value.signum() < 0) {
            problems.add(field, field + " must not be negative, was " + Scales.plain(value));
        }
    }
}
