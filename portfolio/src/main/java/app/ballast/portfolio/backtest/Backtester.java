package app.ballast.portfolio.backtest;

import app.ballast.domain.Tier;
import app.ballast.domain.policy.DcaPlan;
import app.ballast.domain.policy.Policy;
import app.ballast.domain.policy.PriceGuard;
import app.ballast.portfolio.dca.DcaDecision;
import app.ballast.portfolio.dca.DcaEngine;
import app.ballast.portfolio.dca.DcaSchedule;
import app.ballast.portfolio.plans.PlanEvaluator;
import app.ballast.portfolio.plans.PlanEvent;
import app.ballast.portfolio.plans.PlanEventType;
import app.ballast.portfolio.plans.PlanState;
import app.ballast.portfolio.plans.PlanStep;
import app.ballast.portfolio.plans.PositionPlan;
import app.ballast.portfolio.plans.PriceTick;
import app.ballast.portfolio.rebalance.RebalanceMode;
import app.ballast.portfolio.rebalance.RebalancePlan;
import app.ballast.portfolio.rebalance.RebalancePosition;
import app.ballast.portfolio.rebalance.RebalanceRequest;
import app.ballast.portfolio.rebalance.Rebalancer;
import app.ballast.portfolio.rebalance.Side;
import app.ballast.portfolio.rebalance.Trade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replays a policy over daily closes with the same engines the live portfolio uses: the
 * {@link Rebalancer} invests the initial cash and rebalances on schedule, {@link DcaSchedule} and
 * {@link DcaEngine} add and invest new money on due dates, and {@link PlanEvaluator} runs the
 * trailing stop and take-profit ladder on every position. Each day, in this order: the plans see
 * the close (selling at it when they fire), DCA buys, the rebalance trades, and the portfolio is
 * valued. All trades happen at the day's close with the fee rate; a position whose plans have
 * sold it all is armed afresh when it is bought again. The same money buys and holds BTC alongside
 * as the benchmark.
 *
 * <p>A stop's sale is not undone by the rebalancing: for {@link BacktestRequest#stopCooldownDays()}
 * days from the stop the rebalancer may not buy the asset (its share goes to the others in its
 * sleeve, or stays in cash); DCA plans, the investor's own standing orders, go on buying it.
 *
 * <p>A missing close is carried over from the last one for at most {@link #MAX_PRICE_GAP_DAYS}
 * days (a missed day in the data). Past that the asset has no price (its series has ended, as
 * MATIC's does on 2025-02-10, or has a long hole): it is valued at its last close, but neither
 * bought (DCA is skipped) nor sold, its plans see nothing, and the rebalancer counts it at that
 * close without giving it a target, until closes come again.
 */
public final class Backtester {

    private static final MathContext MC = MathContext.DECIMAL64;
    private static final int QUANTITY_SCALE = 8;
    private static final int FEE_SCALE = 8;
    private static final int MONEY_SCALE = 2;
    private static final int FRACTION_SCALE = 10;
    private static final BigDecimal DAYS_PER_YEAR = BigDecimal.valueOf(365);
    private static final String BTC = "BTC";
    /** A broken band or cap rebalances at most this often (the rebalancer may be unable to mend it). */
    private static final int THRESHOLD_COOLDOWN_DAYS = 7;
    /** How many days a close is carried over before the asset counts as without a price. */
    public static final int MAX_PRICE_GAP_DAYS = 3;

    private Backtester() {
    }

    public static BacktestResult run(BacktestRequest request, PriceHistory history) {
        return new Replay(request, history).run();
    }

    /** One backtest in progress. */
    private static final class Replay {
        final BacktestRequest request;
        final Policy policy;
        final BigDecimal feeRate;
        final List<String> symbols = new ArrayList<>();
        final List<Tier> tiers = new ArrayList<>();
        final List<String> sectors = new ArrayList<>();
        final int days;
        final LocalDate from;
        /** Closes carried forward over days without one; null before an asset's first close. */
        final BigDecimal[][] prices;
        /** Whether the asset can be traded that day: a close at most {@link #MAX_PRICE_GAP_DAYS} old. */
        final boolean[][] priced;
        /** The day a stop last sold the asset; held back from rebalance buys for the cooldown after it. */
        final int[] stoppedOn;
        final BigDecimal[] btcPrices;
        final List<String> notes = new ArrayList<>();

        final BigDecimal[] quantity;
        final BigDecimal[] costBasis;
        final PlanState[] planStates;
        BigDecimal cash = BigDecimal.ZERO;
        BigDecimal invested = BigDecimal.ZERO;
        BigDecimal fees = BigDecimal.ZERO;
        int trades;

        BigDecimal btcQuantity = BigDecimal.ZERO;
        BigDecimal btcFees = BigDecimal.ZERO;
        int btcTrades;

        Replay(BacktestRequest request, PriceHistory history) {
            this.request = request;
            this.feeRate = request.feeRate() != null ? request.feeRate() : request.policy().feeRate();
            this.policy = request.policy().withFeeRate(feeRate);
            this.from = request.from();
            this.days = (int) ChronoUnit.DAYS.between(from, request.to()) + 1;
            request.assets().stream().sorted(Comparator.comparing(BacktestAsset::symbol)).forEach(a -> {
                symbols.add(a.symbol());
                tiers.add(a.tier());
                sectors.add(a.sector());
            });
            prices = new BigDecimal[symbols.size()][];
            priced = new boolean[symbols.size()][];
            for (int a = 0; a < symbols.size(); a++) {
                priced[a] = new boolean[days];
                prices[a] = carried(history, symbols.get(a), priced[a], notes);
                LocalDate first = history.first(symbols.get(a));
                if (first == null || first.isAfter(request.to())) {
                    notes.add(symbols.get(a) + " has no price in the period: it is never bought");
                } else if (first.isAfter(from)) {
                    notes.add(symbols.get(a) + " has prices only from " + first + ": it is bought from then on");
                }
            }
            btcPrices = carried(history, BTC, new boolean[days], null);
            if (btcPrices[0] == null) {
                notes.add("BTC has no price on " + from + ": there is no buy-and-hold BTC comparison");
            }
            quantity = new BigDecimal[symbols.size()];
            costBasis = new BigDecimal[symbols.size()];
            planStates = new PlanState[symbols.size()];
            stoppedOn = new int[symbols.size()];
            Arrays.fill(stoppedOn, Integer.MIN_VALUE);
            for (int a = 0; a < symbols.size(); a++) {
                quantity[a] = BigDecimal.ZERO;
                costBasis[a] = BigDecimal.ZERO;
                planStates[a] = PlanState.UNARMED;
            }
        }

        /**
         * The closes, each day's or the last one before it; {@code fresh} says which days that one is
         * recent enough to trade at. A stretch without a price is noted in {@code gaps} (null: not noted).
         */
        BigDecimal[] carried(PriceHistory history, String symbol, boolean[] fresh, List<String> gaps) {
            BigDecimal[] series = new BigDecimal[days];
            BigDecimal last = history.latest(symbol, from);
            LocalDate lastDate = history.latestDate(symbol, from);
            Map<LocalDate, BigDecimal> closes = history.between(symbol, from, request.to());
            boolean noted = false;
            for (int i = 0; i < days; i++) {
                LocalDate date = from.plusDays(i);
                BigDecimal close = closes.get(date);
                if (close != null && close.signum() > 0) {
                    last = close;
                    lastDate = date;
                }
                series[i] = last;
                fresh[i] = last != null && ChronoUnit.DAYS.between(lastDate, date) <= MAX_PRICE_GAP_DAYS;
                if (last != null && !fresh[i] && !noted && gaps != null) {
                    gaps.add(symbol + " has no price after " + lastDate + ": from " + date + " it is valued at its"
                            + " last close and neither bought nor sold until closes come again");
                }
                noted = last != null && !fresh[i];
            }
            return series;
        }

        BacktestResult run() {
            List<Set<LocalDate>> dueDates = new ArrayList<>();
            for (DcaPlan plan : request.dca()) {
                dueDates.add(new HashSet<>(DcaSchedule.dueDates(plan, from, request.to())));
            }
            BigDecimal[] spent = new BigDecimal[request.dca().size()];
            Arrays.fill(spent, BigDecimal.ZERO);
            boolean plans = request.trailingStop() != null || request.takeProfit() != null;
            BigDecimal[] values = new BigDecimal[days];
            BigDecimal[] flows = new BigDecimal[days];
            BigDecimal[] btcValues = new BigDecimal[days];
            List<SeriesPoint> series = new ArrayList<>(days);
            int lastThresholdRebalance = -THRESHOLD_COOLDOWN_DAYS;
            for (int i = 0; i < days; i++) {
                LocalDate date = from.plusDays(i);
                BigDecimal flow = BigDecimal.ZERO;
                if (plans) {
                    runPlans(i, date);
                }
                if (i == 0 && request.initialCash().signum() > 0) {
                    cash = cash.add(request.initialCash());
                    flow = flow.add(request.initialCash());
                    buyBtc(request.initialCash(), i);
                }
                for (int p = 0; p < request.dca().size(); p++) {
                    if (dueDates.get(p).contains(date)) {
                        BigDecimal amount = dca(request.dca().get(p), date, i, spent[p]);
                        spent[p] = spent[p].add(amount);
                        flow = flow.add(amount);
                    }
                }
                boolean rebalance = i == 0;
                if (request.rebalance() != RebalanceSchedule.NONE && i > 0
                        && date.get(IsoFields.QUARTER_OF_YEAR) != date.minusDays(1).get(IsoFields.QUARTER_OF_YEAR)) {
                    rebalance = true;
                }
                if (!rebalance && request.rebalance() == RebalanceSchedule.THRESHOLD
                        && i - lastThresholdRebalance >= THRESHOLD_COOLDOWN_DAYS && broken(i)) {
                    rebalance = true;
                    lastThresholdRebalance = i;
                }
                if (rebalance) {
                    rebalance(i);
                }
                invested = invested.add(flow);
                flows[i] = flow;
                values[i] = value(i);
                btcValues[i] = btcPrices[i] == null ? null : btcQuantity.multiply(btcPrices[i]);
                series.add(new SeriesPoint(date, money(values[i]), money(invested),
                        btcValues[i] == null ? null : money(btcValues[i])));
            }
            BacktestFigures own = figures(values, flows, trades, fees);
            BacktestFigures btc = btcPrices[0] == null ? null : figures(btcValues, flows, btcTrades, btcFees);
            return new BacktestResult(own.finalValue(), own.invested(), own.returnFraction(), own.maxDrawdown(),
                    own.volatility(), own.trades(), own.fees(), series, btc, notes);
        }

        void runPlans(int day, LocalDate date) {
            Instant time = date.atStartOfDay().toInstant(ZoneOffset.UTC);
            for (int a = 0; a < symbols.size(); a++) {
                if (quantity[a].signum() == 0 || !priced[a][day]) {
                    continue;
                }
                PlanState state = planStates[a];
                BigDecimal averageCost = costBasis[a].divide(quantity[a], MC);
                PositionPlan plan = new PositionPlan(symbols.get(a), quantity[a].add(state.soldQuantity()),
                        averageCost.signum() > 0 ? averageCost : prices[a][day], request.trailingStop(), null,
                        request.takeProfit());
                PlanStep step = PlanEvaluator.onPrice(plan, state, new PriceTick(time, prices[a][day]),
                        PriceGuard.HISTORY, null);
                planStates[a] = step.state();
                for (PlanEvent event : step.events()) {
                    BigDecimal sold = event.quantity().min(quantity[a]);
                    if (sold.signum() > 0) {
                        sell(a, sold, prices[a][day]);
                        if (event.type() == PlanEventType.STOP_TRIGGERED) {
                            stoppedOn[a] = day;
                        }
                    }
                }
                if (quantity[a].signum() == 0) {
                    planStates[a] = PlanState.UNARMED;
                }
            }
        }

        /** Buys the plan's amount of new money into its asset; returns the money put in. */
        BigDecimal dca(DcaPlan plan, LocalDate date, int day, BigDecimal spentSoFar) {
            int a = symbols.indexOf(plan.symbol());
            DcaDecision decision = DcaEngine.decide(plan, date, priced[a][day] ? prices[a][day] : null, null,
                    policy.noBuyBelow(), null, null, spentSoFar);
            if (decision.status() == DcaDecision.Status.SKIPPED) {
                // A day in a stretch without a price is already explained by that stretch's note.
                if (decision.price() == null && prices[a][day] == null && notes.size() < 50) {
                    notes.add("DCA " + plan.symbol() + " on " + date + " skipped: " + decision.reason());
                }
                return BigDecimal.ZERO;
            }
            BigDecimal amount = decision.amount();
            BigDecimal fee = fee(amount);
            BigDecimal bought = amount.subtract(fee).divide(prices[a][day], QUANTITY_SCALE, RoundingMode.DOWN);
            quantity[a] = quantity[a].add(bought);
            costBasis[a] = costBasis[a].add(amount);
            fees = fees.add(fee);
            trades++;
            buyBtc(amount, day);
            return amount;
        }

        void buyBtc(BigDecimal amount, int day) {
            if (btcPrices[day] == null || btcPrices[0] == null) {
                return;
            }
            BigDecimal fee = fee(amount);
            btcQuantity = btcQuantity.add(amount.subtract(fee).divide(btcPrices[day], QUANTITY_SCALE, RoundingMode.DOWN));
            btcFees = btcFees.add(fee);
            btcTrades++;
        }

        /** Whether the core has left its band or a capped position that can be traded is over its cap. */
        boolean broken(int day) {
            BigDecimal total = value(day);
            if (total.signum() == 0) {
                return false;
            }
            BigDecimal core = BigDecimal.ZERO;
            BigDecimal cap = policy.satelliteCap().multiply(total);
            for (int a = 0; a < symbols.size(); a++) {
                if (prices[a][day] == null) {
                    continue;
                }
                BigDecimal v = quantity[a].multiply(prices[a][day]);
                if (policy.inCore(symbols.get(a), tiers.get(a))) {
                    core = core.add(v);
                }
                if (priced[a][day] && policy.capped(symbols.get(a), tiers.get(a)) && v.compareTo(cap) > 0) {
                    return true;
                }
            }
            return core.compareTo(policy.coreMin().multiply(total)) < 0
                    || core.compareTo(policy.coreMax().multiply(total)) > 0;
        }

        void rebalance(int day) {
            List<RebalancePosition> positions = new ArrayList<>();
            Set<String> heldBack = new HashSet<>();
            Set<String> frozen = new HashSet<>();
            for (int a = 0; a < symbols.size(); a++) {
                if (prices[a][day] != null) {
                    positions.add(new RebalancePosition(symbols.get(a), tiers.get(a), sectors.get(a), quantity[a],
                            prices[a][day], null));
                    if (!priced[a][day]) {
                        frozen.add(symbols.get(a));
                    }
                    if ((long) day - stoppedOn[a] < request.stopCooldownDays()) {
                        heldBack.add(symbols.get(a));
                    }
                }
            }
            RebalancePlan plan = Rebalancer.suggest(new RebalanceRequest(positions, cash, policy, RebalanceMode.FULL,
                    heldBack, frozen));
            for (Trade t : plan.trades()) {
                int a = symbols.indexOf(t.symbol());
                if (t.side() == Side.SELL) {
                    sell(a, t.quantity(), prices[a][day]);
                } else {
                    quantity[a] = quantity[a].add(t.quantity());
                    costBasis[a] = costBasis[a].add(t.value()).add(t.fee());
                    cash = cash.add(t.cashChange());
                    fees = fees.add(t.fee());
                    trades++;
                }
            }
        }

        void sell(int a, BigDecimal sold, BigDecimal price) {
            BigDecimal value = sold.multiply(price);
            BigDecimal fee = fee(value);
            BigDecimal before = quantity[a];
            quantity[a] = before.subtract(sold);
            costBasis[a] = quantity[a].signum() == 0 ? BigDecimal.ZERO
                    : costBasis[a].multiply(quantity[a]).divide(before, MC);
            cash = cash.add(value).subtract(fee);
            fees = fees.add(fee);
            trades++;
        }

        BigDecimal value(int day) {
            BigDecimal total = cash;
            for (int a = 0; a < symbols.size(); a++) {
                if (prices[a][day] != null && quantity[a].signum() > 0) {
                    total = total.add(quantity[a].multiply(prices[a][day]));
                }
            }
            return total;
        }

        BigDecimal fee(BigDecimal value) {
            return value.multiply(feeRate).setScale(FEE_SCALE, RoundingMode.UP);
        }

        BacktestFigures figures(BigDecimal[] values, BigDecimal[] flows, int tradeCount, BigDecimal feeTotal) {
            BigDecimal finalValue = values[days - 1];
            BigDecimal returnFraction = invested.signum() == 0 ? BigDecimal.ZERO
                    : finalValue.divide(invested, MC).subtract(BigDecimal.ONE);
            // Time-weighted: each day's return without the money that came in that day.
            List<BigDecimal> returns = new ArrayList<>(days);
            BigDecimal index = BigDecimal.ONE;
            BigDecimal peak = BigDecimal.ONE;
            BigDecimal maxDrawdown = BigDecimal.ZERO;
            for (int i = 1; i < days; i++) {
                if (values[i - 1] == null || values[i - 1].signum() == 0 || values[i] == null) {
                    continue;
                }
                BigDecimal r = values[i].subtract(flows[i]).divide(values[i - 1], MC).subtract(BigDecimal.ONE);
                returns.add(r);
                index = index.multiply(BigDecimal.ONE.add(r), MC);
                if (index.compareTo(peak) > 0) {
                    peak = index;
                } else {
                    BigDecimal drawdown = BigDecimal.ONE.subtract(index.divide(peak, MC));
                    if (drawdown.compareTo(maxDrawdown) > 0) {
                        maxDrawdown = drawdown;
                    }
                }
            }
            return new BacktestFigures(money(finalValue), money(invested), fraction(returnFraction),
                    fraction(maxDrawdown), fraction(volatility(returns)), tradeCount, money(feeTotal));
        }

        static BigDecimal volatility(List<BigDecimal> returns) {
            int n = returns.size();
            if (n < 2) {
                return BigDecimal.ZERO;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (BigDecimal r : returns) {
                sum = sum.add(r);
            }
            BigDecimal mean = sum.divide(BigDecimal.valueOf(n), MC);
            BigDecimal squares = BigDecimal.ZERO;
            for (BigDecimal r : returns) {
                BigDecimal d = r.subtract(mean);
                squares = squares.add(d.multiply(d, MC));
            }
            BigDecimal variance = squares.divide(BigDecimal.valueOf(n - 1L), MC);
            return variance.multiply(DAYS_PER_YEAR).sqrt(MC);
        }

        static BigDecimal money(BigDecimal value) {
            return value.setScale(MONEY_SCALE, RoundingMode.HALF_EVEN);
        }

        static BigDecimal fraction(BigDecimal value) {
            return value.setScale(FRACTION_SCALE, RoundingMode.HALF_EVEN);
        }
    }
}
