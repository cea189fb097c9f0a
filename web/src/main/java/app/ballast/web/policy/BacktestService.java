package app.ballast.web.policy;

import app.ballast.domain.Tier;
import app.ballast.domain.policy.DcaPlan;
import app.ballast.domain.policy.FieldPath;
import app.ballast.domain.policy.Policy;
import app.ballast.domain.policy.TakeProfitLadder;
import app.ballast.domain.policy.TrailingStop;
import app.ballast.portfolio.backtest.BacktestAsset;
import app.ballast.portfolio.backtest.BacktestRequest;
import app.ballast.portfolio.backtest.BacktestResult;
import app.ballast.portfolio.backtest.Backtester;
import app.ballast.portfolio.backtest.PriceHistory;
import app.ballast.portfolio.backtest.RebalanceSchedule;
import app.ballast.web.demo.BundledPrices;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.LedgerRepository;
import app.ballast.domain.AssetInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Replays a policy over the bundled daily history (18 assets, 2018–2025); stateless. */
@ApplicationScoped
public class BacktestService {

    @Inject
    LedgerRepository repository;

    private volatile PriceHistory history;

    /** The first and last dates of the bundled history. */
    public record Range(LocalDate first, LocalDate last) {
    }

    @Transactional
    public BacktestResult run(BacktestInput input) {
        BacktestRequest request = request(input, repository.assets());
        return Backtester.run(request, history());
    }

    public Range range() {
        List<BundledPrices.Row> rows = bundled().rows();
        LocalDate first = rows.stream().map(BundledPrices.Row::date).min(LocalDate::compareTo).orElse(null);
        LocalDate last = rows.stream().map(BundledPrices.Row::date).max(LocalDate::compareTo).orElse(null);
        return new Range(first, last);
    }

    /** Read once, then kept: the bundled history does not change while Ballast runs. */
    PriceHistory history() {
        PriceHistory kept = history;
        if (kept == null) {
            synchronized (this) {
                if (history == null) {
                    history = PriceHistory.of(bundled().rows().stream()
                            .map(r -> new PriceHistory.DailyClose(r.symbol(), r.date(), r.close())).toList());
                }
                kept = history;
            }
        }
        return kept;
    }

    private volatile BundledPrices bundled;

    private BundledPrices bundled() {
        BundledPrices kept = bundled;
        if (kept == null) {
            kept = BundledPrices.load();
            bundled = kept;
        }
        return kept;
    }

    /** The engine's request; every refused field is named by its JSON path. */
    static BacktestRequest request(BacktestInput in, Map<String, AssetInfo> known) {
        if (in == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        FieldProblems problems = new FieldProblems();
        LocalDate from = problems.date("from", in.from());
        LocalDate to = problems.date("to", in.to());
        List<BacktestAsset> assets = new ArrayList<>();
        if (in.assets() != null) {
            for (int i = 0; i < in.assets().size(); i++) {
                BacktestInput.Asset a = in.assets().get(i);
                String path = "assets[" + i + "]";
                if (a == null) {
                    problems.add(path, path + " is required");
                    continue;
                }
                String symbol = a.symbol() == null ? null : a.symbol().strip().toUpperCase(Locale.ROOT);
                AssetInfo info = symbol == null ? null : known.get(symbol);
                if (symbol != null && info == null) {
                    problems.add(path + ".symbol", "unknown asset \"" + a.symbol() + "\"");
                    continue;
                }
                Tier tier = a.tier() == null || a.tier().isBlank() ? (info == null ? null : info.tier())
                        : problems.choice(path + ".tier", a.tier(), Tier.class, "CORE or SATELLITE");
                String sector = a.sector() == null || a.sector().isBlank() ? (info == null ? null : info.sector())
                        : a.sector().strip();
                BacktestAsset asset = problems.check(() -> FieldPath.within(path,
                        () -> new BacktestAsset(symbol, tier, sector)));
                if (asset != null) {
                    assets.add(asset);
                }
            }
        }
        Policy policy = in.policy() == null ? Policy.DEFAULT : problems.check(() -> in.policy().toPolicy("policy"));
        List<DcaPlan> dca = new ArrayList<>();
        if (in.dca() != null) {
            for (int i = 0; i < in.dca().size(); i++) {
                DcaPlanInput plan = in.dca().get(i);
                String path = "dca[" + i + "]";
                if (plan == null) {
                    problems.add(path, path + " is required");
                    continue;
                }
                // A backtest's plan starts with the backtest unless it says otherwise.
                DcaPlanInput dated = plan.start() == null || plan.start().isBlank()
                        ? new DcaPlanInput(plan.symbol(), plan.amount(), plan.frequency(), plan.dayOfWeek(),
                        plan.dayOfMonth(), in.from(), plan.end(), plan.budget(), true, plan.multipliers(), null)
                        : plan;
                DcaPlan parsed = problems.check(() -> dated.toPlan(path));
                if (parsed != null) {
                    dca.add(parsed);
                }
            }
        }
        RebalanceSchedule schedule = problems.choice("rebalance", in.rebalance(), RebalanceSchedule.class,
                "QUARTERLY, THRESHOLD or NONE");
        TrailingStop stop = in.trailingStop() == null ? null : problems.check(() -> FieldPath.within("trailingStop",
                () -> new TrailingStop(in.trailingStop().trail(), in.trailingStop().sellFraction())));
        TakeProfitLadder ladder = in.takeProfit() == null ? null : problems.check(() -> LadderInput.rules("takeProfit",
                in.takeProfit().targetGain(), in.takeProfit().steps(), in.takeProfit().trail()));
        // The request's own checks too, so that every problem is reported at once: a refused policy or
        // asset list stands in as the default or what was understood of it.
        boolean assetsRefused = !problems.isEmpty() && assets.size() < (in.assets() == null ? 0 : in.assets().size());
        boolean dcaRefused = dca.size() < (in.dca() == null ? 0 : in.dca().size());
        BacktestRequest request = problems.check(
                () -> new BacktestRequest(from, to, in.initialCash(), in.assets() == null ? null : assets,
                        policy == null ? Policy.DEFAULT : policy, dcaRefused ? List.of() : dca, schedule, stop, ladder,
                        in.feeRate()),
                assetsRefused ? java.util.Set.of("assets") : java.util.Set.of());
        problems.throwIfAny();
        return request;
    }
}
