package app.ballast.scoring;

import app.ballast.domain.FieldChecks;
import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.MarketDay;
import app.ballast.domain.Scales;
import app.ballast.domain.tokenomics.TokenomicsInput;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * What is known about one asset on {@code asOf}, the input of the asset warning rules. Everything but the
 * symbol and the date is optional; a rule whose inputs are missing stays silent (except STALE_SCORE, for which
 * no score at all is a reason to warn).
 *
 * @param market           daily market data, any order (kept sorted by date; one entry per date); days after
 *                         {@code asOf} are ignored by the rules, and the volume rules need the latest day up to
 *                         {@code asOf} to be {@code asOf} or the day before
 * @param fearGreed        the Fear &amp; Greed index, 0 to 100
 * @param mvrv             BTC MVRV, positive
 * @param top10HolderShare share of supply held by the 10 largest addresses, 0 to 1
 * @param latestScoreDate  date of the latest evaluation
 * @param latestEventDate  date of the latest recorded event (regulation, hack, team change, …); one dated after
 *                         {@code latestScoreDate} marks the score for review, one on the same day does not
 */
public record AssetSnapshot(String symbol, LocalDate asOf, List<MarketDay> market, TokenomicsInput tokenomics,
                            Integer fearGreed, BigDecimal mvrv, BigDecimal top10HolderShare, LocalDate latestScoreDate,
                            LocalDate latestEventDate) {

    public AssetSnapshot {
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        if (symbol == null || symbol.isBlank()) {
            problems.add("symbol", "symbol is required");
        }
        if (asOf == null) {
            problems.add("asOf", "asOf is required");
        }
        market = market == null ? List.of() : market;
        for (int i = 0; i < market.size(); i++) {
            if (market.get(i) == null) {
                problems.add("market[" + i + "]", "market[" + i + "] is empty");
            }
        }
        market = market.stream().filter(Objects::nonNull).sorted(Comparator.comparing(MarketDay::date)).toList();
        for (int i = 1; i < market.size(); i++) {
            if (market.get(i).date().equals(market.get(i - 1).date())) {
                problems.add("market", "market has two days dated " + market.get(i).date());
            }
        }
        if (fearGreed != null && (fearGreed < 0 || fearGreed > 100)) {
            problems.add("fearGreed", "fearGreed must be from 0 to 100, was " + fearGreed);
        }
        if (mvrv != null && FieldChecks.fits("mvrv", mvrv, problems) && mvrv.signum() <= 0) {
            problems.add("mvrv", "mvrv must be positive, was " + Scales.plain(mvrv));
        }
        if (top10HolderShare != null && FieldChecks.fits("top10HolderShare", top10HolderShare, problems)
                && (top10HolderShare.signum() < 0 || top10HolderShare.compareTo(BigDecimal.ONE) > 0)) {
            problems.add("top10HolderShare", "top10HolderShare must be a fraction from 0 to 1, was "
                    + Scales.plain(top10HolderShare));
        }
        problems.throwIfAny();
    }

    /** The market days up to and including {@code asOf}, oldest first. */
    public List<MarketDay> marketUpToAsOf() {
        return market.stream().filter(day -> !day.date().isAfter(asOf)).toList();
    }
}
