package app.ballast.web.policy;

import app.ballast.domain.Scales;
import app.ballast.domain.policy.DcaMultipliers;
import app.ballast.domain.policy.DcaPlan;
import app.ballast.domain.policy.Frequency;
import app.ballast.domain.policy.MissedDates;
import app.ballast.domain.policy.Policy;
import app.ballast.portfolio.dca.DcaDecision;
import app.ballast.portfolio.dca.DcaEngine;
import app.ballast.portfolio.dca.DcaSchedule;
import app.ballast.portfolio.dca.DueDates;
import app.ballast.portfolio.rebalance.Rebalancer;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.ledger.TransactionInput;
import app.ballast.web.notify.Notice;
import app.ballast.web.notify.NotificationKind;
import app.ballast.web.notify.Notifications;
import app.ballast.web.persistence.AccountEntity;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.DcaExecutionEntity;
import app.ballast.web.persistence.DcaPlanEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import org.jboss.logging.Logger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * DCA plans (定投) and their executions. Running the due plans produces exactly one execution per
 * plan and date: the insert relies on the unique key (plan, date), so a second run, or a run on
 * another instance at the same moment, inserts nothing and buys nothing. An auto-recorded buy is a
 * BUY through the ledger in the same database transaction as its execution.
 */
@ApplicationScoped
@Transactional
public class DcaService {

    private static final Logger LOG = Logger.getLogger(DcaService.class);

    @Inject
    PortfolioService portfolios;

    @Inject
    LedgerService ledger;

    @Inject
    CurrentPositions current;

    @Inject
    StoredPrices prices;

    @Inject
    PolicySettings settings;

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    public DcaPlanView create(long userId, DcaPlanInput input) {
        DcaPlanEntity plan = new DcaPlanEntity();
        plan.userId = userId;
        plan.createdAt = Instant.now(clock);
        DcaPlan checked = apply(userId, plan, input);
        // Buying starts today or at the start: the dates before the plan existed are neither bought nor missed.
        LocalDate today = today();
        plan.lastRunOn = (checked.start().isAfter(today) ? checked.start() : today).minusDays(1);
        plan.persist();
        return view(plan, today);
    }

    /** Replaces the plan's settings; its executions so far stay as they are. */
    public DcaPlanView update(long userId, long id, DcaPlanInput input) {
        DcaPlanEntity plan = owned(userId, id);
        apply(userId, plan, input);
        return view(plan, today());
    }

    public void delete(long userId, long id) {
        DcaPlanEntity plan = owned(userId, id);
        DcaExecutionEntity.delete("planId", plan.id);
        plan.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DcaPlanView> list(long userId) {
        LocalDate today = today();
        Map<Long, Totals> totals = totals(userId);
        return DcaPlanEntity.listOwned(userId).stream()
                .map(p -> view(p, today, totals.getOrDefault(p.id, Totals.NONE).spent())).toList();
    }

    /** A plan with its latest executions (the latest date first) and how many it has in all. */
    public record PlanExecutions(DcaPlanView plan, List<ExecutionView> recent, long count) {
    }

    /**
     * The user's plans, each with its {@code recent} latest executions: one query for the plans, one
     * for every plan's count and amount spent, two for the latest executions, however many there are.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PlanExecutions> plansWithRecent(long userId, int recent) {
        LocalDate today = today();
        List<DcaPlanEntity> plans = DcaPlanEntity.listOwned(userId);
        Map<Long, Totals> totals = totals(userId);
        List<?> ids = em.createNativeQuery("""
                        SELECT id FROM (
                            SELECT e.id, ROW_NUMBER() OVER (PARTITION BY e.plan_id ORDER BY e.due_date DESC) AS n
                            FROM dca_execution e JOIN dca_plan p ON p.id = e.plan_id
                            WHERE p.user_id = ?1) ranked
                        WHERE n <= ?2""")
                .setParameter(1, userId).setParameter(2, recent).getResultList();
        Map<Long, List<DcaExecutionEntity>> latest = ids.isEmpty() ? Map.of()
                : DcaExecutionEntity.<DcaExecutionEntity>list("id in ?1 order by planId, dueDate desc",
                        ids.stream().map(id -> ((Number) id).longValue()).toList())
                .stream().collect(java.util.stream.Collectors.groupingBy(e -> e.planId));
        return plans.stream().map(p -> {
            Totals t = totals.getOrDefault(p.id, Totals.NONE);
            return new PlanExecutions(view(p, today, t.spent()),
                    latest.getOrDefault(p.id, List.of()).stream().map(e -> view(p, e)).toList(), t.count());
        }).toList();
    }

    /** A plan's executions counted, and the amount of those bought or waiting (what the budget has spent). */
    private record Totals(long count, BigDecimal spent) {
        static final Totals NONE = new Totals(0, BigDecimal.ZERO);
    }

    /** Every plan's totals in one grouped query. */
    private Map<Long, Totals> totals(long userId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT e.plan_id, COUNT(*),
                            COALESCE(SUM(CASE WHEN e.status IN ('EXECUTED', 'PENDING') THEN e.amount END), 0)
                        FROM dca_execution e JOIN dca_plan p ON p.id = e.plan_id
                        WHERE p.user_id = ?1
                        GROUP BY e.plan_id""")
                .setParameter(1, userId).getResultList();
        Map<Long, Totals> totals = new java.util.HashMap<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            totals.put(((Number) r[0]).longValue(), new Totals(((Number) r[1]).longValue(), decimal(r[2])));
        }
        return totals;
    }

    private static BigDecimal decimal(Object sum) {
        return sum instanceof BigDecimal d ? d : new BigDecimal(sum.toString());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DcaPlanView get(long userId, long id) {
        return view(owned(userId, id), today());
    }

    /** The plan's executions, the latest date first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ExecutionView> executions(long userId, long id) {
        DcaPlanEntity plan = owned(userId, id);
        return DcaExecutionEntity.listFor(plan.id).stream().map(e -> view(plan, e)).toList();
    }

    /**
     * What a DCA day did across the users: how many users' plans were run, the executions added, and
     * the users whose run failed, with the error.
     */
    public record DcaDay(int users, int added, Map<Long, String> failed) {
    }

    /**
     * Runs every user's due plans up to {@code today} (the daily DCA job, and at start-up for the dates
     * passed while Ballast was down). One transaction per user, each atomic: one user's failure is
     * rolled back whole and neither undoes nor holds up the others; it is answered for the job to
     * record, and the next run retries it (each date once, by the unique key plan + date).
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public DcaDay runDueForAll(LocalDate today) {
        List<Long> users = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                        "SELECT DISTINCT user_id FROM dca_plan WHERE last_run_on IS NULL OR last_run_on < ?1 ORDER BY user_id")
                .setParameter(1, today).getResultList().stream().map(r -> ((Number) r).longValue()).toList());
        int added = 0;
        Map<Long, String> failed = new java.util.LinkedHashMap<>();
        // What every user's run reads alike, read once: the assets, their latest quotes, the closes.
        Run run = users.isEmpty() ? null : QuarkusTransaction.requiringNew().call(() -> new Run(current.shared()));
        for (long user : users) {
            try {
                added += QuarkusTransaction.requiringNew().call(() -> runDue(user, today, run)).size();
            } catch (RuntimeException e) {
                LOG.errorf(e, "DCA run of user %d on %s failed; the next run retries it", user, today);
                failed.put(user, e.toString());
            }
        }
        return new DcaDay(users.size(), added, failed);
    }

    /** Runs the caller's due plans up to today. */
    public List<ExecutionView> runDue(long userId) {
        return runDue(userId, today());
    }

    /**
     * Runs every plan of the user up to {@code today}: the dates since the plan's last check that
     * passed while Ballast was not running are recorded as MISSED, or with the plan's BUY_LATE bought
     * late at this run's price; today's date is bought (auto-record), left PENDING, or SKIPPED with
     * the reason. Each date once (the unique key plan + date). Returns what this run added.
     */
    public List<ExecutionView> runDue(long userId, LocalDate today) {
        return runDue(userId, today, null);
    }

    /**
     * What one day's run of every user reads once for all of them: the assets and their latest
     * quotes (for the holdings: a DCA buy uses them only to pick the account), and the closes asked
     * for so far: every user of a run buys at the same close (one stored during the run counts from
     * the next run, as one stored after it).
     */
    private static final class Run {
        final CurrentPositions.Shared shared;
        final Map<String, java.util.Optional<StoredPrices.Close>> closes = new java.util.HashMap<>();

        Run(CurrentPositions.Shared shared) {
            this.shared = shared;
        }
    }

    private List<ExecutionView> runDue(long userId, LocalDate today, Run run) {
        portfolios.lock(userId); // runs of one user wait for each other; the unique key holds regardless
        CurrentPositions.Portfolio portfolio = run == null ? current.read(userId) : current.read(userId, run.shared);
        Policy policy = portfolio.policy();
        Map<String, BigDecimal> scores = portfolio.scores();
        List<AccountEntity> accounts = AccountEntity.listOwned(userId);
        Instant now = Instant.now(clock);
        List<ExecutionView> added = new ArrayList<>();
        List<TransactionInput> buys = new ArrayList<>();
        List<DcaExecutionEntity> bought = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        List<DcaPlanEntity> plans = DcaPlanEntity.listOwned(userId);
        Map<Long, DueDates> datesOf = new java.util.HashMap<>();
        for (DcaPlanEntity plan : plans) {
            em.refresh(plan); // last_run_on as committed, read under the lock
            DcaPlan domain = domain(plan);
            datesOf.put(plan.id, DcaSchedule.sinceLastCheck(domain, plan.lastRunOn, today,
                    domain.missedDates() == MissedDates.BUY_LATE));
        }
        // Each date once: the rows there already (read under the lock every writer of them takes) are
        // left out, the others inserted in one batch, where the unique key still refuses a second one.
        java.util.Set<String> done = existing(datesOf);
        Map<Long, BigDecimal> spentByPlan = spent(plans);
        List<NewExecution> fresh = new ArrayList<>();
        for (DcaPlanEntity plan : plans) {
            DcaPlan domain = domain(plan);
            DueDates dates = datesOf.get(plan.id);
            for (LocalDate date : dates.missed()) {
                if (!done.contains(key(plan.id, date))) {
                    fresh.add(new NewExecution(plan, date, ExecutionStatus.MISSED, null, null, null,
                            "missed: Ballast did not run on " + date + "; not bought late", false));
                }
            }
            BigDecimal spent = spentByPlan.getOrDefault(plan.id, BigDecimal.ZERO);
            for (LocalDate date : dates.due()) {
                if (done.contains(key(plan.id, date))) {
                    continue; // done already, by another run
                }
                // A date passed while Ballast was down is bought late at this run's price: no one buys at a past close.
                boolean late = date.isBefore(today);
                LocalDate pricedOn = late ? today : date;
                StoredPrices.Close close = run == null ? price(plan.asset.symbol, pricedOn)
                        : run.closes.computeIfAbsent(plan.asset.symbol + "@" + pricedOn,
                        k -> java.util.Optional.ofNullable(price(plan.asset.symbol, pricedOn))).orElse(null);
                DcaDecision decision = DcaEngine.decide(domain, date, close == null ? null : close.price(),
                        scores.get(plan.asset.symbol), policy.noBuyBelow(), null, null, spent);
                ExecutionStatus status = ExecutionStatus.valueOf(decision.status().name());
                String reason = (late ? "bought late on " + today + " (Ballast did not run on " + date + "): " : "")
                        + decision.reason() + (close != null && !close.date().equals(pricedOn)
                        ? " (the close of " + close.date() + ")" : "");
                fresh.add(new NewExecution(plan, date, status, decision.amount(), decision.quantity(),
                        decision.price(), reason, late));
                if (status == ExecutionStatus.EXECUTED || status == ExecutionStatus.PENDING) {
                    spent = spent.add(decision.amount());
                }
            }
            if (plan.lastRunOn == null || plan.lastRunOn.isBefore(today)) {
                plan.lastRunOn = today;
            }
        }
        Map<String, DcaExecutionEntity> inserted = insertAll(fresh);
        for (NewExecution x : fresh) {
            DcaExecutionEntity execution = inserted.get(key(x.plan().id, x.date()));
            if (x.status() == ExecutionStatus.EXECUTED) {
                buys.add(buy(x.plan(), x.date(), x.late(), x.quantity(), x.price(), portfolio, accounts, now));
                bought.add(execution);
            }
            added.add(view(x.plan(), execution));
            notices.add(notice(userId, x.plan(), execution));
        }
        if (!buys.isEmpty()) {
            List<Long> ids = ledger.importAll(userId, buys);
            for (int i = 0; i < ids.size(); i++) {
                bought.get(i).transactionId = ids.get(i);
            }
            for (int i = 0; i < added.size(); i++) {
                ExecutionView v = added.get(i);
                int at = indexOf(bought, v.planId(), v.date());
                if (at >= 0) {
                    added.set(i, new ExecutionView(v.planId(), v.symbol(), v.date(), v.status(), v.amount(),
                            v.quantity(), v.price(), v.reason(), ids.get(at)));
                }
            }
        }
        notifications.notifyAll(notices);
        return added;
    }

    /** The notice of an execution the run added: once per execution ("dca:<id>"), with its figures. */
    private static Notice notice(long userId, DcaPlanEntity plan, DcaExecutionEntity e) {
        String symbol = plan.asset.symbol;
        String title = switch (e.status) {
            case EXECUTED -> "DCA: bought " + Scales.plain(Scales.compact(e.quantity)) + " " + symbol + " for "
                    + Scales.plain(Scales.compact(e.amount)) + " USD at " + PlanFirings.price(e.price);
            case PENDING -> "DCA: buy " + Scales.plain(Scales.compact(e.amount)) + " USD of " + symbol + " at "
                    + PlanFirings.price(e.price) + " is waiting for you";
            case MISSED -> "DCA: the " + symbol + " buy due " + e.dueDate + " was missed";
            case SKIPPED -> "DCA: the " + symbol + " buy due " + e.dueDate + " was skipped";
        };
        NotificationKind kind = switch (e.status) {
            case EXECUTED -> NotificationKind.DCA_EXECUTED;
            case PENDING -> NotificationKind.DCA_SUGGESTED;
            case MISSED -> NotificationKind.DCA_MISSED;
            case SKIPPED -> NotificationKind.DCA_SKIPPED;
        };
        return new Notice(userId, "dca:" + e.id, kind, title, "Plan " + plan.id + " (" + Scales.plain(
                Scales.compact(plan.amount)) + " USD of " + symbol + "), due " + e.dueDate + ": " + e.reason, "/plans");
    }

    /** Records a pending execution as a buy, at its price or the investor's fill price. */
    public ExecutionView recordPending(long userId, long planId, LocalDate date, BigDecimal fillPrice) {
        portfolios.lock(userId);
        DcaPlanEntity plan = owned(userId, planId);
        DcaExecutionEntity execution = pending(plan, date);
        BigDecimal price = fillPrice == null ? execution.price : fillPrice;
        if (price.signum() <= 0) {
            throw new InvalidInputException("price", "price must be greater than 0, was " + Scales.plain(price));
        }
        Scales.requireFits("price", price); // before dividing by it
        BigDecimal quantity = fillPrice == null ? execution.quantity
                : execution.amount.divide(price, DcaEngine.QUANTITY_SCALE, RoundingMode.DOWN);
        if (quantity.signum() == 0 || !RebalanceService.storable(quantity)) {
            throw new InvalidInputException("price", "at " + Scales.plain(price) + " the " + Scales.plain(execution.amount)
                    + " USD of this execution buy " + Scales.plain(quantity) + " " + plan.asset.symbol
                    + ": give the price the buy was made at");
        }
        List<Long> ids = ledger.importAll(userId, List.of(buy(plan, date, false, quantity, price, current.read(userId),
                AccountEntity.listOwned(userId), Instant.now(clock))));
        execution.status = ExecutionStatus.EXECUTED;
        execution.price = price;
        execution.quantity = quantity;
        execution.transactionId = ids.get(0);
        execution.reason = limit(execution.reason + "; recorded by the investor");
        return view(plan, execution);
    }

    /** Sets a pending execution aside: nothing is bought for that date. */
    public ExecutionView skipPending(long userId, long planId, LocalDate date) {
        portfolios.lock(userId);
        DcaPlanEntity plan = owned(userId, planId);
        DcaExecutionEntity execution = pending(plan, date);
        execution.status = ExecutionStatus.SKIPPED;
        execution.reason = limit(execution.reason + "; skipped by the investor");
        return view(plan, execution);
    }

    private static DcaExecutionEntity pending(DcaPlanEntity plan, LocalDate date) {
        DcaExecutionEntity execution = DcaExecutionEntity.<DcaExecutionEntity>find("planId = ?1 and dueDate = ?2",
                plan.id, date).firstResultOptional()
                .orElseThrow(() -> new NotFoundException("plan " + plan.id + " has no execution on " + date));
        if (execution.status != ExecutionStatus.PENDING) {
            throw new InvalidInputException("date", "the execution of " + date + " is " + execution.status
                    + ", not PENDING");
        }
        return execution;
    }

    /** An execution a run adds, before it is inserted. */
    private record NewExecution(DcaPlanEntity plan, LocalDate date, ExecutionStatus status, BigDecimal amount,
                                BigDecimal quantity, BigDecimal price, String reason, boolean late) {
    }

    private static String key(long planId, LocalDate date) {
        return planId + "@" + date;
    }

    /** The plan-and-date pairs among {@code dates} that have an execution already. */
    private java.util.Set<String> existing(Map<Long, DueDates> dates) {
        java.util.Set<String> done = new java.util.HashSet<>();
        java.util.Set<LocalDate> days = new java.util.TreeSet<>();
        dates.values().forEach(d -> {
            days.addAll(d.missed());
            days.addAll(d.due());
        });
        if (days.isEmpty()) {
            return done;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT plan_id, due_date FROM dca_execution WHERE plan_id IN (?1) AND due_date IN (?2)""")
                .setParameter(1, List.copyOf(dates.keySet())).setParameter(2, List.copyOf(days)).getResultList();
        for (Object[] r : rows) {
            LocalDate day = r[1] instanceof java.sql.Date sql ? sql.toLocalDate() : (LocalDate) r[1];
            done.add(key(((Number) r[0]).longValue(), day));
        }
        return done;
    }

    /**
     * Inserts the executions in one batch (rewritten by the driver into multi-row INSERTs) and reads
     * them back, by plan and date. A duplicate of the unique key fails the batch and with it the run
     * (rolled back whole, the next run retries it): every writer of these rows holds the portfolio
     * lock this run holds, so a duplicate means something wrote one without it.
     */
    private Map<String, DcaExecutionEntity> insertAll(List<NewExecution> fresh) {
        Map<String, DcaExecutionEntity> rows = new java.util.HashMap<>();
        if (fresh.isEmpty()) {
            return rows;
        }
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        session.flush();
        Instant now = Instant.now(clock);
        session.doWork(c -> {
            try (java.sql.PreparedStatement s = c.prepareStatement("""
                    INSERT INTO dca_execution (plan_id, due_date, status, amount, quantity, price, reason, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (NewExecution x : fresh) {
                    s.setLong(1, x.plan().id);
                    s.setObject(2, x.date());
                    s.setString(3, x.status().name());
                    BulkUpdate.bind(s, 4, x.amount());
                    BulkUpdate.bind(s, 5, x.quantity());
                    BulkUpdate.bind(s, 6, x.price());
                    s.setString(7, limit(x.reason()));
                    BulkUpdate.bind(s, 8, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
        });
        List<Long> planIds = fresh.stream().map(x -> x.plan().id).distinct().toList();
        List<LocalDate> days = fresh.stream().map(NewExecution::date).distinct().toList();
        for (DcaExecutionEntity e : DcaExecutionEntity.<DcaExecutionEntity>list("planId in ?1 and dueDate in ?2",
                planIds, days)) {
            rows.put(key(e.planId, e.dueDate), e);
        }
        return rows;
    }

    /** What each plan has spent so far (executed or pending), in one query for the user's plans. */
    private Map<Long, BigDecimal> spent(List<DcaPlanEntity> plans) {
        Map<Long, BigDecimal> spent = new java.util.HashMap<>();
        if (plans.isEmpty()) {
            return spent;
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT plan_id, COALESCE(SUM(amount), 0) FROM dca_execution
                        WHERE plan_id IN (?1) AND status IN ('EXECUTED', 'PENDING') GROUP BY plan_id""")
                .setParameter(1, plans.stream().map(p -> p.id).toList()).getResultList();
        for (Object[] r : rows) {
            spent.put(((Number) r[0]).longValue(), decimal(r[1]));
        }
        return spent;
    }

    private BigDecimal spent(long planId) {
        Object sum = em.createNativeQuery("""
                        SELECT COALESCE(SUM(amount), 0) FROM dca_execution
                        WHERE plan_id = ?1 AND status IN ('EXECUTED', 'PENDING')""")
                .setParameter(1, planId).getSingleResult();
        return decimal(sum);
    }

    /** The close of the date, or the latest before it within the setting's age; null when none. */
    private StoredPrices.Close price(String symbol, LocalDate date) {
        StoredPrices.Close close = prices.onOrBefore(symbol, date).orElse(null);
        if (close == null) {
            return null;
        }
        long maxDays = Math.max(0, settings.dcaPriceMaxAge().toDays());
        return close.date().isBefore(date.minusDays(maxDays)) ? null : close;
    }

    /** The buy of a due date: at noon of it (or now, if earlier); a date bought late is bought now. */
    private static TransactionInput buy(DcaPlanEntity plan, LocalDate date, boolean late, BigDecimal quantity,
                                        BigDecimal price, CurrentPositions.Portfolio portfolio,
                                        List<AccountEntity> accounts, Instant now) {
        String account = TradeAccounts.forBuy(plan.account, portfolio.holding(plan.asset.symbol), accounts);
        BigDecimal fee = quantity.multiply(price).multiply(portfolio.policy().feeRate())
                .setScale(Rebalancer.FEE_SCALE, RoundingMode.UP);
        Instant noon = date.atTime(12, 0).toInstant(ZoneOffset.UTC);
        Instant time = late || noon.isAfter(now) ? now : noon;
        return new TransactionInput("BUY", plan.asset.symbol, account, null, quantity, price, fee, "USD",
                time.toString(), "DCA plan " + plan.id + ": " + Scales.plain(plan.amount) + " USD of "
                + plan.asset.symbol + " due " + date + (late ? ", bought late" : ""));
    }

    private static int indexOf(List<DcaExecutionEntity> list, long planId, LocalDate date) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).planId == planId && list.get(i).dueDate.equals(date)) {
                return i;
            }
        }
        return -1;
    }

    /** Checks the input (every problem at once, named by its field) and copies it to the entity. */
    private DcaPlan apply(long userId, DcaPlanEntity entity, DcaPlanInput in) {
        if (in == null) {
            throw new InvalidInputException("body", "a JSON body is required");
        }
        FieldProblems problems = new FieldProblems();
        String symbol = in.normalizedSymbol();
        AssetEntity asset = null;
        if (symbol != null) {
            asset = AssetEntity.findBySymbol(symbol).orElse(null);
            if (asset == null) {
                problems.add("symbol", "unknown asset \"" + in.symbol() + "\"");
            }
        }
        AccountEntity account = null;
        if (in.account() != null && !in.account().isBlank()) {
            account = AccountEntity.findByName(userId, in.account().strip()).orElse(null);
            if (account == null) {
                problems.add("account", "you have no account named \"" + in.account().strip() + "\"");
            }
        }
        DcaPlan plan = problems.check(() -> in.toPlan(""));
        problems.throwIfAny();
        entity.asset = asset;
        entity.account = account;
        entity.amount = plan.amount();
        entity.frequency = plan.frequency();
        entity.dayOfWeek = plan.frequency() == Frequency.WEEKLY || plan.frequency() == Frequency.BIWEEKLY
                ? plan.dayOfWeek() : null;
        entity.dayOfMonth = plan.frequency() == Frequency.MONTHLY ? plan.dayOfMonth() : null;
        entity.startDate = plan.start();
        entity.endDate = plan.end();
        entity.budget = plan.budget();
        entity.autoRecord = plan.autoRecord();
        entity.missedDates = plan.missedDates();
        DcaMultipliers m = in.multipliers() == null ? null : plan.multipliers();
        entity.mvrvBelow = m == null ? null : m.mvrvBelow();
        entity.mvrvBelowFactor = m == null ? null : m.mvrvBelowFactor();
        entity.mvrvAbove = m == null ? null : m.mvrvAbove();
        entity.mvrvAboveFactor = m == null ? null : m.mvrvAboveFactor();
        entity.fearGreedBelow = m == null ? null : m.fearGreedBelow();
        entity.fearGreedBelowFactor = m == null ? null : m.fearGreedBelowFactor();
        entity.fearGreedAbove = m == null ? null : m.fearGreedAbove();
        entity.fearGreedAboveFactor = m == null ? null : m.fearGreedAboveFactor();
        return plan;
    }

    static DcaPlan domain(DcaPlanEntity p) {
        DcaMultipliers m = p.mvrvBelow == null ? null : new DcaMultipliers(p.mvrvBelow, p.mvrvBelowFactor, p.mvrvAbove,
                p.mvrvAboveFactor, p.fearGreedBelow, p.fearGreedBelowFactor, p.fearGreedAbove, p.fearGreedAboveFactor);
        return new DcaPlan(p.asset.symbol, Scales.compact(p.amount), p.frequency, p.dayOfWeek, p.dayOfMonth,
                p.startDate, p.endDate, Scales.compact(p.budget), p.autoRecord, m, p.missedDates);
    }

    private DcaPlanView view(DcaPlanEntity p, LocalDate today) {
        return view(p, today, spent(p.id));
    }

    private static DcaPlanView view(DcaPlanEntity p, LocalDate today, BigDecimal spent) {
        DcaPlan plan = domain(p);
        LocalDate from = p.lastRunOn != null && !p.lastRunOn.isBefore(today) ? p.lastRunOn.plusDays(1) : today;
        return new DcaPlanView(p.id, p.asset.symbol, plan.amount(), plan.frequency(), plan.dayOfWeek(),
                plan.dayOfMonth(), plan.start(), plan.end(), plan.budget(), plan.autoRecord(),
                p.mvrvBelow == null ? null : plan.multipliers(), p.account == null ? null : p.account.name,
                DcaSchedule.nextDue(plan, from), Scales.compact(spent), p.lastRunOn, plan.missedDates());
    }

    private static ExecutionView view(DcaPlanEntity plan, DcaExecutionEntity e) {
        return new ExecutionView(plan.id, plan.asset.symbol, e.dueDate, e.status, Scales.compact(e.amount),
                Scales.compact(e.quantity), Scales.compact(e.price), e.reason, e.transactionId);
    }

    private static DcaPlanEntity owned(long userId, long id) {
        return DcaPlanEntity.findOwned(userId, id).orElseThrow(() -> new NotFoundException("no DCA plan " + id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String limit(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 499) + "…";
    }
}
