package app.ballast.portfolio.rebalance;

import app.ballast.domain.Scales;
import app.ballast.domain.policy.Policy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Suggests the trades that bring a portfolio back to its policy (SPEC §4).
 *
 * <p>Targets: the core sleeve gets {@code coreTarget} of the portfolio, split by the core weights;
 * the satellites get the rest, equally among the eligible ones (or by the policy's satellite
 * weights), each under the satellite cap and each sector under its cap of the satellite sleeve.
 * Whatever a cap does not let a sleeve hold stays in cash. A score under the sell threshold sets
 * the target to 0; under the no-buy threshold the target is never above what is held.
 *
 * <p>Trades: a full rebalance sells what is above target and buys what is below; a buy-only one
 * spends the cash on the largest shortfalls first, keeps each sector it buys into within the sector
 * cap of the satellites as they will be after the buys, and never sells. Applied at the given prices and
 * fee rate the trades never take cash below 0, and no trade is smaller than the minimum: a small
 * difference is left as it is, unless a cap or the sell threshold needs it, in which case the sale
 * is raised to the minimum (a position counts as over its cap against the cap of the portfolio's
 * value; the cap less the worst fees only sizes buys, so that fees cannot push a buy over). Buys are rounded down and sells up to {@link #QUANTITY_SCALE} decimals,
 * both in the safe direction for cash and caps. Rules that still cannot hold are listed as
 * {@link Unmet} with the reason. Positions are taken in symbol order, so the input order does not matter.
 */
public final class Rebalancer {

    /** Decimals of a suggested quantity (a satoshi for BTC). */
    public static final int QUANTITY_SCALE = 8;
    /** Decimals of a fee, which is rounded up. */
    public static final int FEE_SCALE = 8;

    private static final MathContext MC = MathContext.DECIMAL128;
    private static final int TARGET_SCALE = Scales.AMOUNT_SCALE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /**
     * Sector caps are aimed a millionth under the cap: the cap is a share of the satellite sleeve,
     * which the rounding of other sectors' quantities moves a little.
     */
    private static final BigDecimal SECTOR_MARGIN = new BigDecimal("0.999999");
    /** Passes before giving up on the fee estimate settling (it settles in two or three). */
    private static final int MAX_PASSES = 12;

    private Rebalancer() {
    }

    enum Status { NORMAL, NO_BUY, SELL, NO_WEIGHT }

    /** One position while the suggestion is worked out. */
    static final class Asset {
        final RebalancePosition position;
        final String symbol;
        final String sector;
        final boolean core;
        final boolean capped;
        final BigDecimal quantity;
        final BigDecimal price;
        final BigDecimal value;
        final BigDecimal weight;
        final Status status;
        /** Given in {@link RebalanceRequest#noBuy()}: no new buys, whatever the score. */
        final boolean heldBack;
        /** Given in {@link RebalanceRequest#frozen()}: neither bought nor sold. */
        final boolean frozen;
        BigDecimal upper = BigDecimal.ZERO;
        BigDecimal target = BigDecimal.ZERO;
        boolean pinned;

        Asset(RebalancePosition position, Policy policy, boolean heldBack, boolean frozen) {
            this.position = position;
            this.symbol = position.symbol();
            this.sector = position.sector();
            this.core = policy.inCore(symbol, position.tier());
            this.capped = policy.capped(symbol, position.tier());
            this.quantity = position.quantity();
            this.price = position.price();
            this.value = position.value();
            if (core) {
                weight = policy.coreWeights().getOrDefault(symbol, BigDecimal.ZERO);
            } else if (policy.satelliteWeights().isEmpty()) {
                weight = BigDecimal.ONE;
            } else {
                weight = policy.satelliteWeights().getOrDefault(symbol, BigDecimal.ZERO);
            }
            if (policy.sell(position.score())) {
                status = Status.SELL;
            } else if (weight.signum() == 0) {
                status = Status.NO_WEIGHT;
            } else if (policy.noBuy(position.score()) || heldBack) {
                status = Status.NO_BUY;
            } else {
                status = Status.NORMAL;
            }
            this.heldBack = heldBack;
            this.frozen = frozen;
            // A frozen asset keeps its value: the others are shared around it.
            this.pinned = frozen;
        }
    }

    public static RebalancePlan suggest(RebalanceRequest request) {
        return new Run(request).plan();
    }

    /** One suggestion being worked out. */
    private static final class Run {
        final Policy policy;
        final RebalanceMode mode;
        final BigDecimal cash;
        final List<Asset> assets = new ArrayList<>();
        final BigDecimal total;
        /** The position cap in USD: what a capped position may be worth. */
        final BigDecimal capValue;
        /**
         * The cap measured against the portfolio after the worst possible fees, so that fees cannot
         * break it: the most a buy may take a position to. Only for sizing buys; whether a position is
         * over the cap is measured against {@link #capValue}.
         */
        final BigDecimal capAmount;
        final Map<String, Unmet> notes = new LinkedHashMap<>();
        BigDecimal investable;
        final Map<String, BigDecimal> sectorCapAmount = new TreeMap<>();

        Run(RebalanceRequest request) {
            policy = request.policy();
            mode = request.mode();
            cash = request.cash();
            request.positions().stream()
                    .sorted(Comparator.comparing(RebalancePosition::symbol))
                    .forEach(p -> assets.add(new Asset(p, policy, request.noBuy().contains(p.symbol()),
                            request.frozen().contains(p.symbol()))));
            total = assets.stream().map(a -> a.value).reduce(cash, BigDecimal::add);
            BigDecimal worstFees = total.multiply(policy.feeRate()).multiply(BigDecimal.valueOf(2));
            capValue = policy.satelliteCap().multiply(total);
            capAmount = policy.satelliteCap().multiply(total.subtract(worstFees));
            for (Asset a : assets) {
                if (a.frozen) {
                    String why = a.symbol + " has no current price to trade at: it is neither bought nor sold";
                    note("POSITION_CAP", a.symbol, why);
                    note("SELL_THRESHOLD", a.symbol, why);
                }
            }
        }

        RebalancePlan plan() {
            List<Trade> trades;
            if (total.signum() == 0) {
                trades = List.of();
            } else if (mode == RebalanceMode.FULL) {
                trades = full();
            } else {
                trades = buyOnly();
            }
            trades = fitToCash(trades);
            return assemble(trades);
        }

        // ---- targets ----

        void targets(BigDecimal investable) {
            this.investable = investable;
            notes.keySet().removeIf(k -> k.startsWith("SATELLITE_SLEEVE") || k.startsWith("SECTOR_CONCENTRATION"));
            BigDecimal coreBudget = policy.coreTarget().multiply(investable);
            List<Asset> core = new ArrayList<>();
            List<Asset> satellites = new ArrayList<>();
            for (Asset a : assets) {
                BigDecimal limit = a.capped ? capAmount.min(investable) : investable;
                switch (a.status) {
                    case SELL, NO_WEIGHT -> a.upper = BigDecimal.ZERO;
                    case NO_BUY -> a.upper = limit.min(a.value);
                    default -> a.upper = limit;
                }
                (a.core ? core : satellites).add(a);
            }
            fill(core, coreBudget);
            BigDecimal satelliteBudget = investable.subtract(coreBudget);
            fillSatellites(satellites, satelliteBudget);
            BigDecimal held = sum(satellites);
            if (!notes.containsKey("SATELLITE_SLEEVE|SATELLITES")
                    && satelliteBudget.subtract(held).compareTo(BigDecimal.ONE.movePointLeft(2)) > 0) {
                note("SATELLITE_SLEEVE", "SATELLITES", "the position and sector caps let the satellites hold "
                        + pct(held.divide(total, MC)) + " of the portfolio instead of "
                        + pct(satelliteBudget.divide(total, MC)) + "; the rest stays in cash");
            }
        }

        /**
         * Water-filling: shares the budget by weight, none above its upper limit; what a full one
         * cannot take goes to the others. Pinned assets keep their value.
         */
        static void fill(List<Asset> items, BigDecimal budget) {
            BigDecimal remaining = budget;
            List<Asset> active = new ArrayList<>();
            for (Asset a : items) {
                if (a.pinned) {
                    a.target = a.value;
                    remaining = remaining.subtract(a.value);
                } else if (a.upper.signum() <= 0 || a.weight.signum() <= 0) {
                    a.target = BigDecimal.ZERO;
                } else {
                    active.add(a);
                }
            }
            while (!active.isEmpty()) {
                if (remaining.signum() <= 0) {
                    active.forEach(a -> a.target = BigDecimal.ZERO);
                    return;
                }
                BigDecimal weights = active.stream().map(a -> a.weight).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal level = remaining.divide(weights, MC);
                List<Asset> full = active.stream().filter(a -> level.multiply(a.weight).compareTo(a.upper) >= 0).toList();
                if (full.isEmpty()) {
                    active.forEach(a -> a.target = level.multiply(a.weight).setScale(TARGET_SCALE, RoundingMode.DOWN));
                    return;
                }
                for (Asset a : full) {
                    a.target = a.upper;
                    remaining = remaining.subtract(a.upper);
                }
                active.removeAll(full);
            }
        }

        void fillSatellites(List<Asset> satellites, BigDecimal budget) {
            sectorCapAmount.clear();
            Map<String, List<Asset>> bySector = new TreeMap<>();
            Map<String, BigDecimal> capacity = new TreeMap<>();
            for (Asset a : satellites) {
                bySector.computeIfAbsent(a.sector, s -> new ArrayList<>()).add(a);
                BigDecimal room = a.pinned ? a.value : a.weight.signum() > 0 ? a.upper : BigDecimal.ZERO;
                capacity.merge(a.sector, room, BigDecimal::add);
            }
            List<BigDecimal> capacities = capacity.values().stream().filter(c -> c.signum() > 0).sorted().toList();
            if (capacities.isEmpty()) {
                fill(satellites, budget);
                if (budget.signum() > 0) {
                    note("SATELLITE_SLEEVE", "SATELLITES", "no satellite can be bought (none held or all under the "
                            + "score thresholds): the satellite share of " + pct(policy.coreTarget().negate().add(BigDecimal.ONE))
                            + " stays in cash");
                }
                return;
            }
            BigDecimal sectorsTimesCap = policy.sectorCap().multiply(BigDecimal.valueOf(capacities.size()));
            // With sectors × cap = 1 (two sectors at 50%) the sectors must be exactly equal: no margin is left.
            BigDecimal cap = sectorsTimesCap.compareTo(BigDecimal.ONE) == 0 ? policy.sectorCap()
                    : policy.sectorCap().multiply(SECTOR_MARGIN);
            if (sectorsTimesCap.compareTo(BigDecimal.ONE) < 0) {
                // The cap cannot hold with so few sectors: fill without it and say so.
                fill(satellites, budget);
                String sectors = String.join(", ", capacity.entrySet().stream()
                        .filter(e -> e.getValue().signum() > 0).map(Map.Entry::getKey).toList());
                for (Map.Entry<String, BigDecimal> e : capacity.entrySet()) {
                    if (e.getValue().signum() > 0) {
                        note("SECTOR_CONCENTRATION", e.getKey(), "the eligible satellites are in only "
                                + capacities.size() + " sector(s) (" + sectors + "): a " + pct(policy.sectorCap())
                                + " sector cap cannot hold until satellites in other sectors are added");
                    }
                }
                return;
            }
            BigDecimal sleeve = largestSleeve(budget, capacities, cap);
            BigDecimal sectorLimit = cap.multiply(sleeve);
            if (sectorsTimesCap.compareTo(BigDecimal.ONE) == 0) {
                for (Map.Entry<String, BigDecimal> e : capacity.entrySet()) {
                    note("SECTOR_CONCENTRATION", e.getKey(), "with " + capacities.size() + " sectors a "
                            + pct(policy.sectorCap()) + " sector cap holds only if they are exactly equal, which the"
                            + " minimum trade and the rounding of quantities rarely allow; add a satellite in"
                            + " another sector");
                }
            }
            List<String> free = new ArrayList<>(bySector.keySet());
            BigDecimal remaining = sleeve;
            while (true) {
                List<Asset> pool = new ArrayList<>();
                free.forEach(s -> pool.addAll(bySector.get(s)));
                fill(pool, remaining);
                List<String> over = free.stream()
                        .filter(s -> sum(bySector.get(s)).compareTo(sectorLimit) > 0).toList();
                if (over.isEmpty()) {
                    break;
                }
                for (String s : over) {
                    fill(bySector.get(s), sectorLimit);
                    remaining = remaining.subtract(sum(bySector.get(s)));
                    free.remove(s);
                }
            }
            bySector.keySet().forEach(s -> sectorCapAmount.put(s, sectorLimit));
        }

        /**
         * The largest satellite sleeve, at most {@code budget}, in which no sector is above
         * {@code cap} of the sleeve given what each sector can hold: the largest F with
         * Σ min(cap·F, capacity) ≥ F. That sum is concave in F, so the answer is the budget or the
         * one root on the segment where the sectors that are full are exactly the smaller ones.
         */
        static BigDecimal largestSleeve(BigDecimal budget, List<BigDecimal> capacities, BigDecimal cap) {
            if (holds(budget, capacities, cap)) {
                return budget;
            }
            int n = capacities.size();
            BigDecimal fullSum = BigDecimal.ZERO;
            BigDecimal best = BigDecimal.ZERO;
            for (int j = 0; j <= n; j++) {
                BigDecimal slope = BigDecimal.ONE.subtract(cap.multiply(BigDecimal.valueOf(n - j)));
                if (slope.signum() > 0 && j > 0) {
                    BigDecimal root = fullSum.divide(slope, MC).setScale(TARGET_SCALE, RoundingMode.DOWN);
                    if (root.compareTo(budget) <= 0 && holds(root, capacities, cap) && root.compareTo(best) > 0) {
                        best = root;
                    }
                }
                if (j < n) {
                    fullSum = fullSum.add(capacities.get(j));
                }
            }
            return best;
        }

        static boolean holds(BigDecimal sleeve, List<BigDecimal> capacities, BigDecimal cap) {
            BigDecimal room = BigDecimal.ZERO;
            BigDecimal perSector = cap.multiply(sleeve);
            for (BigDecimal c : capacities) {
                room = room.add(c.min(perSector));
            }
            return room.compareTo(sleeve) >= 0;
        }

        // ---- full rebalance ----

        List<Trade> full() {
            BigDecimal feeEstimate = BigDecimal.ZERO;
            List<Trade> trades = List.of();
            for (int pass = 0; pass < MAX_PASSES + assets.size(); pass++) {
                targets(total.subtract(feeEstimate));
                List<Trade> built = new ArrayList<>();
                boolean pinned = false;
                for (Asset a : assets) {
                    Trade t = fullTrade(a);
                    if (t == null && !a.pinned && a.target.compareTo(a.value) != 0) {
                        a.pinned = true;
                        pinned = true;
                    } else if (t != null) {
                        built.add(t);
                    }
                }
                trades = built;
                if (pinned) {
                    continue;
                }
                BigDecimal fees = trades.stream().map(Trade::fee).reduce(BigDecimal.ZERO, BigDecimal::add);
                if (fees.compareTo(feeEstimate) <= 0) {
                    break;
                }
                // A little above the fees just seen: the next pass trades slightly less and settles.
                feeEstimate = fees.multiply(BigDecimal.ONE.add(policy.feeRate().multiply(BigDecimal.valueOf(4))))
                        .add(BigDecimal.ONE.movePointLeft(FEE_SCALE).multiply(BigDecimal.valueOf(trades.size() + 1L)));
            }
            return order(trades);
        }

        /** The trade that takes one asset to its target, or null if none is worth making (the asset then stays). */
        Trade fullTrade(Asset a) {
            if (a.pinned) {
                return null;
            }
            int direction = a.target.compareTo(a.value);
            if (direction == 0) {
                return null;
            }
            if (direction < 0) {
                BigDecimal quantity = a.target.signum() == 0 ? a.quantity
                        : a.value.subtract(a.target).divide(a.price, QUANTITY_SCALE, RoundingMode.UP).min(a.quantity);
                String reason = reason(a, Side.SELL);
                if (quantity.multiply(a.price).compareTo(policy.minTrade()) < 0) {
                    if (!mustShrink(a)) {
                        return null;
                    }
                    quantity = policy.minTrade().divide(a.price, QUANTITY_SCALE, RoundingMode.UP).min(a.quantity);
                    if (quantity.multiply(a.price).compareTo(policy.minTrade()) < 0) {
                        note(a.status == Status.SELL ? "SELL_THRESHOLD" : "POSITION_CAP", a.symbol,
                                a.symbol + " is worth " + usd(a.value) + ", less than the minimum trade of "
                                        + usd(policy.minTrade()) + ": it cannot be sold");
                        return null;
                    }
                    reason = reason + " (raised to the minimum trade of " + usd(policy.minTrade()) + ")";
                }
                return trade(a, Side.SELL, quantity, reason);
            }
            BigDecimal quantity = a.target.subtract(a.value).divide(a.price, QUANTITY_SCALE, RoundingMode.DOWN);
            if (quantity.signum() == 0 || quantity.multiply(a.price).compareTo(policy.minTrade()) < 0) {
                return null;
            }
            return trade(a, Side.BUY, quantity, reason(a, Side.BUY));
        }

        /** Whether leaving a small excess would break a rule: the sell threshold, a cap, a sector cap. */
        boolean mustShrink(Asset a) {
            if (a.target.signum() == 0 && (a.status == Status.SELL || a.status == Status.NO_WEIGHT)) {
                return true;
            }
            if (a.capped && a.value.compareTo(capValue) > 0) {
                return true;
            }
            BigDecimal limit = sectorCapAmount.get(a.sector);
            if (limit == null || a.core) {
                return false;
            }
            BigDecimal sector = assets.stream().filter(o -> !o.core && o.sector.equals(a.sector))
                    .map(o -> o.value).reduce(BigDecimal.ZERO, BigDecimal::add);
            return sector.compareTo(limit) > 0;
        }

        // ---- buy-only ----

        List<Trade> buyOnly() {
            BigDecimal onePlusFee = BigDecimal.ONE.add(policy.feeRate());
            // Fees can take at most this much of the cash; the targets are sized for what is left.
            BigDecimal maxFees = cash.subtract(cash.divide(onePlusFee, MC));
            targets(total.subtract(maxFees));
            List<Asset> candidates = new ArrayList<>();
            for (Asset a : assets) {
                if (a.status == Status.NORMAL && a.target.compareTo(a.value) > 0) {
                    candidates.add(a);
                }
            }
            while (true) {
                BigDecimal spendable = cash
                        .subtract(BigDecimal.ONE.movePointLeft(FEE_SCALE).multiply(BigDecimal.valueOf(candidates.size())))
                        .divide(onePlusFee, TARGET_SCALE, RoundingMode.DOWN);
                Map<Asset, BigDecimal> buys = withinSectorCaps(candidates, spendable.max(BigDecimal.ZERO));
                List<Trade> trades = new ArrayList<>();
                Asset smallest = null;
                BigDecimal smallestValue = null;
                for (Asset a : candidates) {
                    BigDecimal amount = buys.getOrDefault(a, BigDecimal.ZERO);
                    BigDecimal quantity = amount.divide(a.price, QUANTITY_SCALE, RoundingMode.DOWN);
                    BigDecimal value = quantity.multiply(a.price);
                    if (quantity.signum() == 0 || value.compareTo(policy.minTrade()) < 0) {
                        if (smallest == null || value.compareTo(smallestValue) < 0) {
                            smallest = a;
                            smallestValue = value;
                        }
                    } else {
                        trades.add(trade(a, Side.BUY, quantity, reason(a, Side.BUY)));
                    }
                }
                if (smallest == null) {
                    return order(trades);
                }
                // Too small to buy: leave it out and share the cash among the others again.
                candidates.remove(smallest);
            }
        }

        /**
         * Spends {@code amount} on the largest shortfalls first: every shortfall above a level L is
         * bought down to L, with L as low as the amount allows (0 when it covers them all).
         */
        static Map<Asset, BigDecimal> level(List<Asset> candidates, BigDecimal amount) {
            List<Asset> byShortfall = new ArrayList<>(candidates);
            byShortfall.sort(Comparator.comparing((Asset a) -> a.target.subtract(a.value)).reversed()
                    .thenComparing(a -> a.symbol));
            BigDecimal totalShortfall = BigDecimal.ZERO;
            for (Asset a : byShortfall) {
                totalShortfall = totalShortfall.add(a.target.subtract(a.value));
            }
            BigDecimal floor = BigDecimal.ZERO;
            if (totalShortfall.compareTo(amount) > 0) {
                BigDecimal sum = BigDecimal.ZERO;
                for (int k = 0; k < byShortfall.size(); k++) {
                    sum = sum.add(byShortfall.get(k).target.subtract(byShortfall.get(k).value));
                    BigDecimal candidate = sum.subtract(amount).divide(BigDecimal.valueOf(k + 1L), MC);
                    BigDecimal next = k + 1 < byShortfall.size()
                            ? byShortfall.get(k + 1).target.subtract(byShortfall.get(k + 1).value) : BigDecimal.ZERO;
                    if (candidate.compareTo(next) >= 0) {
                        floor = candidate.setScale(TARGET_SCALE, RoundingMode.UP);
                        break;
                    }
                }
            }
            Map<Asset, BigDecimal> buys = new LinkedHashMap<>();
            for (Asset a : byShortfall) {
                BigDecimal buy = a.target.subtract(a.value).subtract(floor);
                if (buy.signum() > 0) {
                    buys.put(a, buy);
                }
            }
            return buys;
        }

        /**
         * The buy-only amounts: {@link #level} (the largest shortfalls first), except that no sector of
         * the satellites is bought past the sector cap of the satellite sleeve as it will be after the
         * buys. The targets keep the sectors within their caps only once every target is reached; a
         * partial spend on the largest shortfall alone could put one sector at 100% of the satellites.
         * The satellites get the most they can take so (at most what leveling gave them), spread by
         * shortfall within each sector's room; what they cannot take goes to the core's shortfalls or
         * stays in cash. A sector already over its cap gets nothing; the others dilute it.
         */
        Map<Asset, BigDecimal> withinSectorCaps(List<Asset> candidates, BigDecimal amount) {
            Map<Asset, BigDecimal> buys = level(candidates, amount);
            BigDecimal cap = buyOnlySectorCap(candidates);
            if (cap == null) {
                return buys;
            }
            Map<String, BigDecimal> held = new TreeMap<>();
            Map<String, BigDecimal> room = new TreeMap<>();
            Map<String, List<Asset>> bySector = new TreeMap<>();
            BigDecimal sleeve = BigDecimal.ZERO;
            for (Asset a : assets) {
                if (!a.core) {
                    held.merge(a.sector, a.value, BigDecimal::add);
                    sleeve = sleeve.add(a.value);
                }
            }
            List<Asset> core = new ArrayList<>();
            BigDecimal wanted = BigDecimal.ZERO;
            for (Asset a : candidates) {
                if (a.core) {
                    core.add(a);
                } else {
                    bySector.computeIfAbsent(a.sector, k -> new ArrayList<>()).add(a);
                    room.merge(a.sector, a.target.subtract(a.value), BigDecimal::add);
                    wanted = wanted.add(buys.getOrDefault(a, BigDecimal.ZERO));
                }
            }
            BigDecimal spend = largestSatelliteSpend(wanted, sleeve, held, room, cap);
            Map<String, BigDecimal> limits = new TreeMap<>();
            BigDecimal sleeveAfter = sleeve.add(spend);
            for (Map.Entry<String, BigDecimal> e : room.entrySet()) {
                BigDecimal limit = cap.multiply(sleeveAfter).subtract(held.get(e.getKey()));
                limits.put(e.getKey(), limit.max(BigDecimal.ZERO).min(e.getValue()));
            }
            if (spend.compareTo(wanted) == 0 && bySector.entrySet().stream().allMatch(e -> e.getValue().stream()
                    .map(a -> buys.getOrDefault(a, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .compareTo(limits.get(e.getKey())) <= 0)) {
                return buys;
            }
            Map<Asset, BigDecimal> bounded = new LinkedHashMap<>(level(core, amount.subtract(spend)));
            // Water-filling with a ceiling per sector: a sector over its room takes its room, the others share the rest.
            List<String> free = new ArrayList<>(bySector.keySet());
            BigDecimal remaining = spend;
            while (true) {
                List<Asset> pool = new ArrayList<>();
                free.forEach(k -> pool.addAll(bySector.get(k)));
                Map<Asset, BigDecimal> shared = level(pool, remaining);
                List<String> over = free.stream().filter(k -> bySector.get(k).stream()
                        .map(a -> shared.getOrDefault(a, BigDecimal.ZERO)).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .compareTo(limits.get(k)) > 0).toList();
                if (over.isEmpty()) {
                    bounded.putAll(shared);
                    return bounded;
                }
                for (String k : over) {
                    bounded.putAll(level(bySector.get(k), limits.get(k)));
                    remaining = remaining.subtract(limits.get(k));
                    free.remove(k);
                }
            }
        }

        /**
         * The sector cap buy-only aims at, a millionth under the cap as in the targets; null when it
         * cannot hold whatever is bought (too few sectors: the targets already say so) or is 100%.
         */
        BigDecimal buyOnlySectorCap(List<Asset> candidates) {
            if (policy.sectorCap().compareTo(BigDecimal.ONE) >= 0) {
                return null;
            }
            Set<Asset> buyable = new HashSet<>(candidates);
            long sectors = assets.stream().filter(a -> !a.core && (a.value.signum() > 0 || buyable.contains(a)))
                    .map(a -> a.sector).distinct().count();
            BigDecimal sectorsTimesCap = policy.sectorCap().multiply(BigDecimal.valueOf(sectors));
            if (sectorsTimesCap.compareTo(BigDecimal.ONE) < 0) {
                return null;
            }
            return sectorsTimesCap.compareTo(BigDecimal.ONE) == 0 ? policy.sectorCap()
                    : policy.sectorCap().multiply(SECTOR_MARGIN);
        }

        /**
         * The largest satellite spend B, at most {@code wanted}, that can be spread with no sector
         * past {@code cap} of the sleeve after it: Σ min(max(0, cap·(sleeve + B) − held), room) ≥ B.
         * Both sides are piecewise linear in B, so the answer is {@code wanted} or a root on the
         * segment between two breakpoints; 0 always qualifies.
         */
        static BigDecimal largestSatelliteSpend(BigDecimal wanted, BigDecimal sleeve, Map<String, BigDecimal> held,
                                                Map<String, BigDecimal> room, BigDecimal cap) {
            if (spreadable(wanted, sleeve, held, room, cap).signum() >= 0) {
                return wanted;
            }
            List<BigDecimal> points = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> e : room.entrySet()) {
                BigDecimal h = held.get(e.getKey());
                for (BigDecimal at : List.of(h.divide(cap, MC).subtract(sleeve),
                        h.add(e.getValue()).divide(cap, MC).subtract(sleeve))) {
                    if (at.signum() > 0 && at.compareTo(wanted) < 0) {
                        points.add(at);
                    }
                }
            }
            points.add(BigDecimal.ZERO);
            points.sort(Comparator.reverseOrder());
            BigDecimal high = wanted;
            BigDecimal atHigh = spreadable(wanted, sleeve, held, room, cap);
            for (BigDecimal low : points) {
                BigDecimal atLow = spreadable(low, sleeve, held, room, cap);
                if (atLow.signum() >= 0) {
                    BigDecimal root = low.add(atLow.multiply(high.subtract(low)).divide(atLow.subtract(atHigh), MC));
                    return root.setScale(TARGET_SCALE, RoundingMode.DOWN).max(low);
                }
                high = low;
                atHigh = atLow;
            }
            return BigDecimal.ZERO;
        }

        /** How much more than {@code spend} the sectors can take within the cap (negative: less). */
        static BigDecimal spreadable(BigDecimal spend, BigDecimal sleeve, Map<String, BigDecimal> held,
                                     Map<String, BigDecimal> room, BigDecimal cap) {
            BigDecimal perSector = cap.multiply(sleeve.add(spend));
            BigDecimal total = BigDecimal.ZERO;
            for (Map.Entry<String, BigDecimal> e : room.entrySet()) {
                total = total.add(perSector.subtract(held.get(e.getKey())).max(BigDecimal.ZERO).min(e.getValue()));
            }
            return total.subtract(spend);
        }

        // ---- shared ----

        Trade trade(Asset a, Side side, BigDecimal quantity, String reason) {
            BigDecimal value = quantity.multiply(a.price);
            BigDecimal fee = value.multiply(policy.feeRate()).setScale(FEE_SCALE, RoundingMode.UP);
            return new Trade(a.symbol, side, quantity, value, fee, reason);
        }

        /** A safety net: if fees came out above the estimate, the largest buys give way until cash is not negative. */
        List<Trade> fitToCash(List<Trade> trades) {
            List<Trade> fitted = new ArrayList<>(trades);
            BigDecimal after = cash.add(fitted.stream().map(Trade::cashChange).reduce(BigDecimal.ZERO, BigDecimal::add));
            while (after.signum() < 0) {
                Trade largest = fitted.stream().filter(t -> t.side() == Side.BUY)
                        .max(Comparator.comparing(Trade::value).thenComparing(Trade::symbol)).orElseThrow();
                Asset a = asset(largest.symbol());
                BigDecimal smaller = largest.value().add(after.divide(BigDecimal.ONE.add(policy.feeRate()), MC))
                        .subtract(BigDecimal.ONE.movePointLeft(FEE_SCALE));
                BigDecimal quantity = smaller.max(BigDecimal.ZERO).divide(a.price, QUANTITY_SCALE, RoundingMode.DOWN);
                int at = fitted.indexOf(largest);
                if (quantity.multiply(a.price).compareTo(policy.minTrade()) < 0 || quantity.signum() == 0) {
                    fitted.remove(at);
                } else {
                    fitted.set(at, trade(a, Side.BUY, quantity, largest.reason()));
                }
                after = cash.add(fitted.stream().map(Trade::cashChange).reduce(BigDecimal.ZERO, BigDecimal::add));
            }
            return fitted;
        }

        RebalancePlan assemble(List<Trade> trades) {
            Map<String, BigDecimal> quantities = new TreeMap<>();
            assets.forEach(a -> quantities.put(a.symbol, a.quantity));
            BigDecimal cashAfter = cash;
            for (Trade t : trades) {
                quantities.merge(t.symbol(), t.quantityChange(), BigDecimal::add);
                cashAfter = cashAfter.add(t.cashChange());
            }
            Map<String, BigDecimal> valuesBefore = new LinkedHashMap<>();
            Map<String, BigDecimal> valuesAfter = new LinkedHashMap<>();
            for (Asset a : assets) {
                valuesBefore.put(a.symbol, a.value);
                valuesAfter.put(a.symbol, quantities.get(a.symbol).multiply(a.price));
            }
            PortfolioWeights before = weights(valuesBefore, cash);
            PortfolioWeights after = weights(valuesAfter, cashAfter);
            Map<String, BigDecimal> targets = new LinkedHashMap<>();
            for (Asset a : assets) {
                targets.put(a.symbol, investable == null || investable.signum() == 0 ? BigDecimal.ZERO
                        : a.target.divide(investable, Scales.WEIGHT_SCALE, RoundingMode.HALF_EVEN));
            }
            return new RebalancePlan(trades, before, after, check(valuesAfter, after.value()), targets);
        }

        PortfolioWeights weights(Map<String, BigDecimal> values, BigDecimal cashAmount) {
            BigDecimal value = values.values().stream().reduce(cashAmount, BigDecimal::add);
            Map<String, BigDecimal> shares = new LinkedHashMap<>();
            BigDecimal core = BigDecimal.ZERO;
            BigDecimal satellites = BigDecimal.ZERO;
            for (Asset a : assets) {
                BigDecimal v = values.get(a.symbol);
                shares.put(a.symbol, share(v, value));
                if (a.core) {
                    core = core.add(v);
                } else {
                    satellites = satellites.add(v);
                }
            }
            return new PortfolioWeights(shares, cashAmount, value, share(core, value), share(satellites, value));
        }

        /** Every rule checked on the portfolio after the trades; what fails is explained. */
        List<Unmet> check(Map<String, BigDecimal> values, BigDecimal value) {
            List<Unmet> unmet = new ArrayList<>();
            if (value.signum() == 0) {
                return unmet;
            }
            BigDecimal cap = policy.satelliteCap().multiply(value);
            BigDecimal core = BigDecimal.ZERO;
            BigDecimal satellites = BigDecimal.ZERO;
            Map<String, BigDecimal> sectors = new TreeMap<>();
            for (Asset a : assets) {
                BigDecimal v = values.get(a.symbol);
                if (a.core) {
                    core = core.add(v);
                } else {
                    satellites = satellites.add(v);
                    sectors.merge(a.sector, v, BigDecimal::add);
                }
                if (a.capped && v.compareTo(cap) > 0) {
                    unmet.add(explained("POSITION_CAP", a.symbol, mode == RebalanceMode.BUY_ONLY
                            ? "buy-only does not sell: " + a.symbol + " stays at " + pct(v.divide(value, MC))
                                    + " of the portfolio, over the " + pct(policy.satelliteCap()) + " cap"
                            : a.symbol + " stays at " + pct(v.divide(value, MC)) + ", over the "
                                    + pct(policy.satelliteCap()) + " cap: the trim is smaller than the minimum trade"
                                    + " or the rounding"));
                }
                if (a.status == Status.SELL && v.signum() > 0) {
                    unmet.add(explained("SELL_THRESHOLD", a.symbol, mode == RebalanceMode.BUY_ONLY
                            ? "buy-only does not sell: " + a.symbol + " has a score of "
                                    + Scales.plain(a.position.score()) + ", under the sell threshold "
                                    + Scales.plain(policy.sellBelow())
                            : a.symbol + " could not be sold"));
                }
            }
            BigDecimal coreShare = core.divide(value, MC);
            if (core.compareTo(policy.coreMin().multiply(value)) < 0 || core.compareTo(policy.coreMax().multiply(value)) > 0) {
                unmet.add(explained("CORE_BAND", "CORE", coreBandReason(coreShare)));
            }
            if (satellites.signum() > 0) {
                BigDecimal sectorCap = policy.sectorCap().multiply(satellites);
                for (Map.Entry<String, BigDecimal> e : sectors.entrySet()) {
                    if (e.getValue().compareTo(sectorCap) > 0) {
                        unmet.add(explained("SECTOR_CONCENTRATION", e.getKey(), (mode == RebalanceMode.BUY_ONLY
                                ? "buy-only does not sell: " : "") + "the " + e.getKey() + " sector stays at "
                                + pct(e.getValue().divide(satellites, MC)) + " of the satellites, over the "
                                + pct(policy.sectorCap()) + " cap"));
                    }
                }
            }
            for (Unmet note : notes.values()) {
                if (unmet.stream().noneMatch(u -> u.rule().equals(note.rule()) && u.subject().equals(note.subject()))
                        && (note.rule().equals("SATELLITE_SLEEVE") || note.rule().equals("CORE_WEIGHT"))) {
                    unmet.add(note);
                }
            }
            return unmet;
        }

        String coreBandReason(BigDecimal coreShare) {
            String band = pct(policy.coreMin()) + "–" + pct(policy.coreMax());
            String where = "the core stays at " + pct(coreShare) + ", outside its " + band + " band";
            List<Asset> core = assets.stream().filter(a -> a.core).toList();
            if (core.stream().noneMatch(a -> a.weight.signum() > 0)) {
                return where + ": no core asset of the policy (" + String.join(", ", policy.coreWeights().keySet())
                        + ") was given with a price";
            }
            if (coreShare.compareTo(policy.coreMin()) < 0) {
                if (core.stream().noneMatch(a -> a.status == Status.NORMAL && !a.frozen)) {
                    return where + ": no core asset may be bought (scores under " + Scales.plain(policy.noBuyBelow())
                            + (core.stream().anyMatch(a -> a.heldBack || a.frozen) ? ", held back or without a price"
                            : "") + ")";
                }
                if (!policy.coreExemptFromCap()) {
                    return where + ": the core is not exempt from the " + pct(policy.satelliteCap())
                            + " position cap, which holds it down";
                }
                if (mode == RebalanceMode.BUY_ONLY) {
                    return where + ": the cash is not enough to lift it without selling";
                }
            } else if (mode == RebalanceMode.BUY_ONLY) {
                return where + ": buy-only does not sell, and the cash is not enough to dilute it";
            }
            return where;
        }

        Unmet explained(String rule, String subject, String fallback) {
            Unmet note = notes.get(rule + "|" + subject);
            return note != null ? note : new Unmet(rule, subject, fallback);
        }

        void note(String rule, String subject, String reason) {
            notes.put(rule + "|" + subject, new Unmet(rule, subject, reason));
        }

        String reason(Asset a, Side side) {
            String from = pct(a.value.divide(total, MC));
            String to = pct(investable.signum() == 0 ? BigDecimal.ZERO : a.target.divide(investable, MC));
            if (side == Side.SELL) {
                switch (a.status) {
                    case SELL:
                        return "score " + Scales.plain(a.position.score()) + " is under the sell threshold "
                                + Scales.plain(policy.sellBelow()) + ": sell all";
                    case NO_WEIGHT:
                        return "the policy gives " + a.symbol + " no weight in the " + (a.core ? "core" : "satellites")
                                + ": sell all";
                    default:
                        break;
                }
                if (a.capped && a.value.compareTo(capValue) > 0) {
                    return from + " of the portfolio, over the " + pct(policy.satelliteCap()) + " cap: trim to " + to;
                }
                return "above its target: " + from + " → " + to;
            }
            return (mode == RebalanceMode.BUY_ONLY ? "most underweight: " : "below its target: ") + from + " → " + to;
        }

        Asset asset(String symbol) {
            return assets.stream().filter(a -> a.symbol.equals(symbol)).findFirst().orElseThrow();
        }

        static List<Trade> order(List<Trade> trades) {
            List<Trade> ordered = new ArrayList<>(trades);
            ordered.sort(Comparator.comparing(Trade::side, Comparator.comparing(s -> s == Side.BUY))
                    .thenComparing(Trade::symbol));
            return ordered;
        }

        static BigDecimal sum(List<Asset> items) {
            return items.stream().map(a -> a.target).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        static BigDecimal share(BigDecimal part, BigDecimal whole) {
            if (whole.signum() == 0) {
                return BigDecimal.ZERO.setScale(Scales.WEIGHT_SCALE);
            }
            return part.divide(whole, Scales.WEIGHT_SCALE, RoundingMode.HALF_EVEN);
        }
    }

    /** A fraction as a percentage with one decimal: 0.175 → "17.5%". */
    static String pct(BigDecimal fraction) {
        return Scales.plain(fraction.multiply(HUNDRED).setScale(1, RoundingMode.HALF_EVEN)) + "%";
    }

    static String usd(BigDecimal amount) {
        return Scales.plain(amount.setScale(2, RoundingMode.HALF_EVEN)) + " USD";
    }
}
