package app.ballast.portfolio;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.CostMethod;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.LedgerException;
import app.ballast.domain.Money;
import app.ballast.domain.Quantity;
import app.ballast.domain.Quote;
import app.ballast.domain.Scales;
import app.ballast.domain.TransactionType;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Derives a portfolio's holdings from its ledger: replays the transactions in time order,
 * keeping each asset's units per account and their cost, then values them at the latest
 * quotes. The result does not depend on the order of the given entries.
 */
public final class HoldingsCalculator {

    static final Comparator<LedgerEntry> IN_TIME_ORDER =
            Comparator.comparing(LedgerEntry::time).thenComparingLong(LedgerEntry::id);

    private static final Comparator<Holding> LARGEST_FIRST =
            Comparator.comparing((Holding h) -> h.marketValue().amount()).reversed()
                    .thenComparing(Holding::symbol);

    private static final Comparator<Allocation> LARGEST_SLICE_FIRST =
            Comparator.comparing((Allocation a) -> a.value().amount()).reversed()
                    .thenComparing(Allocation::key);

    private HoldingsCalculator() {
    }

    /**
     * @throws LedgerException for an entry whose asset is not in {@code assets}, or one that
     *                         takes more of an asset out of an account than it holds then
     */
    public static PortfolioSnapshot compute(List<LedgerEntry> entries, CostMethod method,
                                            Map<String, AssetInfo> assets, Map<String, Quote> quotes) {
        return value(replay(entries, method, assets), assets, quotes);
    }

    /**
     * Replays the ledger into positions, without prices: the expensive part of {@link #compute},
     * which a caller may keep while the ledger does not change.
     *
     * @throws LedgerException as {@link #compute}
     */
    public static ReplayedLedger replay(List<LedgerEntry> entries, CostMethod method, Map<String, AssetInfo> assets) {
        requireKnownAssets(entries, assets);
        Map<String, ReplayedLedger.PositionState> states = new HashMap<>();
        replay(entries, method).forEach((symbol, p) -> states.put(symbol,
                new ReplayedLedger.PositionState(p.quantity(), p.costBasis(), p.realized(), p.byAccount())));
        return new ReplayedLedger(method, states);
    }

    /** Values replayed positions at the quotes: holdings, totals and allocations. */
    public static PortfolioSnapshot value(ReplayedLedger ledger, Map<String, AssetInfo> assets,
                                          Map<String, Quote> quotes) {
        Money totalValue = Money.zero(Money.USD);
        for (Map.Entry<String, ReplayedLedger.PositionState> e : ledger.positions().entrySet()) {
            totalValue = totalValue.plus(marketValue(e.getValue(), quotes.get(e.getKey())));
        }
        List<Holding> holdings = new ArrayList<>();
        for (Map.Entry<String, ReplayedLedger.PositionState> e : ledger.positions().entrySet()) {
            ReplayedLedger.PositionState position = e.getValue();
            if (position.quantity().signum() != 0 || position.realized().signum() != 0) {
                AssetInfo asset = assets.get(e.getKey());
                if (asset == null) {
                    throw new LedgerException("symbol", "unknown asset " + e.getKey() + ": add it to the assets first");
                }
                holdings.add(holding(asset, position, quotes.get(e.getKey()), totalValue));
            }
        }
        holdings.sort(LARGEST_FIRST);

        return new PortfolioSnapshot(holdings, totals(holdings),
                allocate(holdings, h -> h.tier().name(), totalValue),
                allocate(holdings, Holding::sector, totalValue),
                allocate(holdings, Holding::symbol, totalValue));
    }

    /**
     * Refuses a ledger in which a SELL, WITHDRAWAL, TRANSFER, FEE or a fee paid in an asset
     * takes more of an asset out of an account than that account holds at that time.
     *
     * @throws LedgerException on field "quantity" naming the first such transaction
     */
    public static void checkNoOverdraw(List<LedgerEntry> entries) {
        replay(entries, CostMethod.MOVING_AVERAGE);
    }

    private static void requireKnownAssets(List<LedgerEntry> entries, Map<String, AssetInfo> assets) {
        for (LedgerEntry entry : entries) {
            if (!assets.containsKey(entry.symbol())) {
                throw new LedgerException("symbol", "unknown asset " + entry.symbol()
                        + " in the transaction of " + entry.time() + ": add it to the assets first");
            }
            if (!entry.feeInUsd() && entry.feeOrZero().signum() > 0 && !assets.containsKey(entry.feeAsset())) {
                throw new LedgerException("feeAsset", "unknown fee asset " + entry.feeAsset()
                        + " in the transaction of " + entry.time() + ": add it to the assets first");
            }
        }
    }

    private static Map<String, Position> replay(List<LedgerEntry> entries, CostMethod method) {
        List<LedgerEntry> ordered = new ArrayList<>(entries);
        ordered.sort(IN_TIME_ORDER);
        Map<String, Position> positions = new HashMap<>();
        for (LedgerEntry entry : ordered) {
            apply(entry, positions, method);
        }
        return positions;
    }

    /** Applies one entry to the positions (package-private: {@link ValueHistory} replays step by step). */
    static void apply(LedgerEntry entry, Map<String, Position> positions, CostMethod method) {
        Position position = positions.computeIfAbsent(entry.symbol(), s -> new Position(method));
        String account = entry.account();
        BigDecimal units = entry.quantity();
        if (entry.type() == TransactionType.BUY) {
            buy(entry, position, positions, method);
            return;
        }
        switch (entry.type()) {
            case DEPOSIT, STAKING_REWARD -> position.receive(account, units, units.multiply(entry.priceOrZero()));
            case SELL -> {
                requireHeld(position, entry, "sell");
                BigDecimal cost = position.release(account, units);
                position.realize(units.multiply(entry.price()).subtract(cost));
            }
            case WITHDRAWAL -> {
                requireHeld(position, entry, "withdraw");
                position.release(account, units);
            }
            case FEE -> {
                requireHeld(position, entry, "pay a fee of");
                position.realize(position.release(account, units).negate());
            }
            case TRANSFER -> {
                requireHeld(position, entry, "transfer");
                position.move(account, entry.toAccount(), units);
            }
            default -> throw new IllegalStateException("unhandled transaction type " + entry.type());
        }
        if (entry.feeInUsd()) {
            position.realize(entry.feeOrZero().negate());
        } else {
            payFeeInAsset(entry, positions, method);
        }
    }

    /** A USD fee is part of the cost; a fee in the coin bought leaves fewer coins for the same cost. */
    private static void buy(LedgerEntry entry, Position position, Map<String, Position> positions,
                            CostMethod method) {
        BigDecimal cost = entry.quantity().multiply(entry.price());
        if (entry.feeInUsd()) {
            position.receive(entry.account(), entry.quantity(), cost.add(entry.feeOrZero()));
        } else if (entry.feeAsset().equals(entry.symbol())) {
            position.receive(entry.account(), entry.quantity().subtract(entry.feeOrZero()), cost);
        } else {
            position.receive(entry.account(), entry.quantity(), cost);
            payFeeInAsset(entry, positions, method);
        }
    }

    /** The fee's units leave the entry's account; what they cost is a realized loss of that asset. */
    private static void payFeeInAsset(LedgerEntry entry, Map<String, Position> positions, CostMethod method) {
        BigDecimal fee = entry.feeOrZero();
        if (fee.signum() == 0) {
            return;
        }
        Position feePosition = positions.computeIfAbsent(entry.feeAsset(), s -> new Position(method));
        BigDecimal held = feePosition.held(entry.account());
        if (held.compareTo(fee) < 0) {
            throw overdraw("pay a fee of " + Scales.plain(fee) + " " + entry.feeAsset(), entry, held);
        }
        feePosition.realize(feePosition.release(entry.account(), fee).negate());
    }

    /** Checks the entry's quantity, and a fee in the same asset, are in its account before either leaves. */
    private static void requireHeld(Position position, LedgerEntry entry, String verb) {
        boolean feeInThisAsset = !entry.feeInUsd() && entry.feeAsset().equals(entry.symbol())
                && entry.feeOrZero().signum() > 0;
        BigDecimal needed = feeInThisAsset ? entry.quantity().add(entry.feeOrZero()) : entry.quantity();
        BigDecimal held = position.held(entry.account());
        if (held.compareTo(needed) >= 0) {
            return;
        }
        String what = verb + " " + Scales.plain(entry.quantity()) + " " + entry.symbol();
        if (feeInThisAsset) {
            what += " plus a fee of " + Scales.plain(entry.feeOrZero()) + " " + entry.symbol();
        }
        throw overdraw(what, entry, held);
    }

    private static LedgerException overdraw(String what, LedgerEntry entry, BigDecimal held) {
        return new LedgerException("quantity", "cannot " + what + " from " + entry.account()
                + " on " + entry.time() + ": it holds " + Scales.plain(held));
    }

    private static Money marketValue(ReplayedLedger.PositionState position, Quote quote) {
        return quote == null ? Money.zero(Money.USD) : Money.usd(position.quantity().multiply(quote.price()));
    }

    private static Holding holding(AssetInfo asset, ReplayedLedger.PositionState position, Quote quote,
                                   Money totalValue) {
        BigDecimal quantity = position.quantity();
        Money costBasis = Money.usd(position.costBasis());
        Money averageCost = quantity.signum() == 0
                ? Money.zero(Money.USD)
                : Money.usd(position.costBasis().divide(quantity, Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN));
        Money marketValue = marketValue(position, quote);
        Map<String, BigDecimal> byAccount = new TreeMap<>();
        position.byAccount().forEach((account, units) ->
                byAccount.put(account, units.setScale(Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN)));
        return new Holding(asset.symbol(), asset.name(), asset.tier(), asset.sector(),
                Quantity.of(quantity, asset.symbol()), byAccount, averageCost, costBasis,
                quote == null ? null : Money.usd(quote.price()),
                quote == null ? null : quote.time(),
                marketValue,
                quote == null ? Money.zero(Money.USD) : marketValue.minus(costBasis),
                Money.usd(position.realized()),
                Weights.share(marketValue, totalValue));
    }

    private static Totals totals(List<Holding> holdings) {
        Money value = Money.zero(Money.USD);
        Money cost = Money.zero(Money.USD);
        Money unrealized = Money.zero(Money.USD);
        Money realized = Money.zero(Money.USD);
        for (Holding h : holdings) {
            value = value.plus(h.marketValue());
            cost = cost.plus(h.costBasis());
            unrealized = unrealized.plus(h.unrealizedProfit());
            realized = realized.plus(h.realizedProfit());
        }
        return new Totals(value, cost, unrealized, realized);
    }

    /** Sums market values per key; slices worth nothing (no quote, closed) are left out. */
    private static List<Allocation> allocate(List<Holding> holdings, Function<Holding, String> key,
                                             Money totalValue) {
        Map<String, Money> values = new TreeMap<>();
        for (Holding h : holdings) {
            if (!h.marketValue().isZero()) {
                values.merge(key.apply(h), h.marketValue(), Money::plus);
            }
        }
        List<Allocation> slices = new ArrayList<>();
        values.forEach((k, v) -> slices.add(new Allocation(k, v, Weights.share(v, totalValue))));
        slices.sort(LARGEST_SLICE_FIRST);
        return slices;
    }
}
