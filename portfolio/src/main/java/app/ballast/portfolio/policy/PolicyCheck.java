package app.ballast.portfolio.policy;

import app.ballast.domain.AccountKind;
import app.ballast.domain.Scales;
import app.ballast.domain.Severity;
import app.ballast.domain.Warning;
import app.ballast.domain.WarningRule;
import app.ballast.domain.policy.Policy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where a portfolio breaks its policy (SPEC §4, issue 6): a position over its cap, the core
 * outside its band, a sector over its share of the satellites, too much on one exchange, a stale
 * price, a stablecoin off its peg. Each warning carries the figures behind it.
 */
public final class PolicyCheck {

    /** More than half of the portfolio on one exchange account is a venue risk. */
    public static final BigDecimal VENUE_LIMIT = new BigDecimal("0.5");
    /** A stablecoin under 0.97 USD has lost its peg. */
    public static final BigDecimal DEPEG_BELOW = new BigDecimal("0.97");

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_HOUR = BigDecimal.valueOf(3600);

    private PolicyCheck() {
    }

    /** The warnings in rule order, then by subject. */
    public static List<Warning> evaluate(PolicySnapshot snapshot) {
        Policy policy = snapshot.policy();
        LocalDate date = LocalDate.ofInstant(snapshot.asOf(), ZoneOffset.UTC);
        List<PositionView> positions = new ArrayList<>(snapshot.positions());
        positions.sort(Comparator.comparing(PositionView::symbol));
        BigDecimal total = positions.stream().map(PositionView::value).reduce(snapshot.cash(), BigDecimal::add);
        List<Warning> warnings = new ArrayList<>();
        if (total.signum() > 0) {
            positionCaps(policy, positions, total, date, warnings);
            coreBand(policy, positions, total, date, warnings);
            sectors(policy, positions, date, warnings);
            venues(snapshot, total, date, warnings);
        }
        stalePrices(snapshot, positions, date, warnings);
        depegs(positions, date, warnings);
        return warnings;
    }

    private static void positionCaps(Policy policy, List<PositionView> positions, BigDecimal total, LocalDate date,
                                     List<Warning> warnings) {
        for (PositionView p : positions) {
            BigDecimal weight = p.value().divide(total, MC);
            if (policy.capped(p.symbol(), p.tier()) && weight.compareTo(policy.satelliteCap()) > 0) {
                warnings.add(new Warning(WarningRule.POSITION_CAP, Severity.WARNING, p.symbol(), date,
                        p.symbol() + " is " + pct(weight) + " of the portfolio, over the " + pct(policy.satelliteCap())
                                + " cap for a single position.",
                        figures("weight", weight, "cap", policy.satelliteCap(), "value", p.value(), "total", total)));
            }
        }
    }

    private static void coreBand(Policy policy, List<PositionView> positions, BigDecimal total, LocalDate date,
                                 List<Warning> warnings) {
        BigDecimal core = positions.stream().filter(p -> policy.inCore(p.symbol(), p.tier()))
                .map(PositionView::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal weight = core.divide(total, MC);
        boolean below = weight.compareTo(policy.coreMin()) < 0;
        if (below || weight.compareTo(policy.coreMax()) > 0) {
            warnings.add(new Warning(WarningRule.CORE_BAND, Severity.CAUTION, "CORE", date,
                    "The core is " + pct(weight) + " of the portfolio, " + (below ? "below" : "above") + " its "
                            + pct(policy.coreMin()) + "–" + pct(policy.coreMax()) + " band (target "
                            + pct(policy.coreTarget()) + ").",
                    figures("weight", weight, "min", policy.coreMin(), "max", policy.coreMax(),
                            "target", policy.coreTarget(), "value", core, "total", total)));
        }
    }

    private static void sectors(Policy policy, List<PositionView> positions, LocalDate date, List<Warning> warnings) {
        Map<String, BigDecimal> bySector = new TreeMap<>();
        BigDecimal sleeve = BigDecimal.ZERO;
        for (PositionView p : positions) {
            if (!policy.inCore(p.symbol(), p.tier())) {
                bySector.merge(p.sector(), p.value(), BigDecimal::add);
                sleeve = sleeve.add(p.value());
            }
        }
        if (sleeve.signum() == 0) {
            return;
        }
        for (Map.Entry<String, BigDecimal> e : bySector.entrySet()) {
            BigDecimal share = e.getValue().divide(sleeve, MC);
            if (share.compareTo(policy.sectorCap()) > 0) {
                warnings.add(new Warning(WarningRule.SECTOR_CONCENTRATION, Severity.CAUTION, e.getKey(), date,
                        "The " + e.getKey() + " sector is " + pct(share) + " of the satellites, over the "
                                + pct(policy.sectorCap()) + " sector cap.",
                        figures("share", share, "cap", policy.sectorCap(), "value", e.getValue(), "satellites", sleeve)));
            }
        }
    }

    private static void venues(PolicySnapshot snapshot, BigDecimal total, LocalDate date, List<Warning> warnings) {
        for (Map.Entry<String, BigDecimal> e : snapshot.accountValues().entrySet()) {
            if (snapshot.accountKinds().get(e.getKey()) != AccountKind.EXCHANGE) {
                continue;
            }
            BigDecimal share = e.getValue().divide(total, MC);
            if (share.compareTo(VENUE_LIMIT) > 0) {
                warnings.add(new Warning(WarningRule.VENUE_CONCENTRATION, Severity.CAUTION, e.getKey(), date,
                        pct(share) + " of the portfolio is on the exchange " + e.getKey() + ", more than "
                                + pct(VENUE_LIMIT) + " on one exchange.",
                        figures("share", share, "limit", VENUE_LIMIT, "value", e.getValue(), "total", total)));
            }
        }
    }

    private static void stalePrices(PolicySnapshot snapshot, List<PositionView> positions, LocalDate date,
                                    List<Warning> warnings) {
        BigDecimal limitHours = hours(snapshot.staleAfter());
        for (PositionView p : positions) {
            if (p.quantity().signum() <= 0) {
                continue;
            }
            if (p.price() == null || p.priceTime() == null) {
                warnings.add(new Warning(WarningRule.STALE_PRICE, Severity.CAUTION, p.symbol(), date,
                        "There is no price for " + p.symbol() + ": it counts as worth nothing.",
                        figures("limitHours", limitHours)));
                continue;
            }
            Duration age = Duration.between(p.priceTime(), snapshot.asOf());
            if (age.compareTo(snapshot.staleAfter()) > 0) {
                BigDecimal ageHours = hours(age);
                warnings.add(new Warning(WarningRule.STALE_PRICE, Severity.CAUTION, p.symbol(), date,
                        "The latest price of " + p.symbol() + " is " + Scales.plain(ageHours) + " hours old, older than "
                                + Scales.plain(limitHours) + " hours.",
                        figures("ageHours", ageHours, "limitHours", limitHours, "price", p.price())));
            }
        }
    }

    private static void depegs(List<PositionView> positions, LocalDate date, List<Warning> warnings) {
        for (PositionView p : positions) {
            if (p.stablecoin() && p.quantity().signum() > 0 && p.price() != null
                    && p.price().compareTo(DEPEG_BELOW) < 0) {
                warnings.add(new Warning(WarningRule.DEPEG, Severity.WARNING, p.symbol(), date,
                        "The stablecoin " + p.symbol() + " trades at " + Scales.plain(p.price()) + " USD, under "
                                + Scales.plain(DEPEG_BELOW) + ": it has lost its peg.",
                        figures("price", p.price(), "threshold", DEPEG_BELOW, "value", p.value())));
            }
        }
    }

    private static BigDecimal hours(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).divide(SECONDS_PER_HOUR, 1, RoundingMode.HALF_EVEN);
    }

    private static Map<String, BigDecimal> figures(Object... pairs) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            BigDecimal value = (BigDecimal) pairs[i + 1];
            figures.put((String) pairs[i], Scales.compact(value.scale() > Scales.WEIGHT_SCALE
                    ? value.setScale(Scales.WEIGHT_SCALE, RoundingMode.HALF_EVEN) : value));
        }
        return figures;
    }

    private static String pct(BigDecimal fraction) {
        return Scales.plain(fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN)) + "%";
    }
}
