package app.ballast.web.policy;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.CostMethod;
import app.ballast.domain.Scales;
import app.ballast.domain.policy.Policy;
import app.ballast.portfolio.ReplayedLedger;
import app.ballast.portfolio.plans.PlanEvent;
import app.ballast.portfolio.plans.PlanEventType;
import app.ballast.portfolio.rebalance.Rebalancer;
import app.ballast.web.ledger.LedgerCache;
import app.ballast.web.ledger.LedgerRepository;
import app.ballast.web.notify.Notice;
import app.ballast.web.notify.NotificationKind;
import app.ballast.web.notify.Notifications;
import app.ballast.web.policy.PositionPlansService.PlanTriggerEntityView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.text.DecimalFormat;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * The one path by which a stop or a ladder step fires, whether the page's evaluation of one user
 * ({@link PositionPlansService}) or the live tick of every user ({@link TickEvaluator}) found it:
 * the firings are inserted into {@code plan_trigger} in one batch, the unique key (plan kind, plan,
 * trigger kind, step) keeping each to one row whatever evaluates the same prices again (a retry,
 * another instance); each new firing gets a sell suggestion for what is still held, at most the
 * event's quantity, and a notice ("trigger:<id>", so that it too is told once). Runs in the caller's
 * transaction, which holds the users' portfolio locks: a firing, its sell and its notice commit together.
 */
@ApplicationScoped
public class PlanFirings {

    static final String STOP = "STOP";
    static final String LADDER = "LADDER";

    private static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    private static final String INSERT = """
            INSERT INTO plan_trigger (user_id, plan_kind, plan_id, trigger_kind, step, asset_id, triggered_on, price,
                stop_price, quantity, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /** One firing to record: the plan, its position (asset, account or all accounts) and what it did. */
    public record Firing(long userId, String planKind, long planId, long assetId, String symbol, Long accountId,
                         String accountName, PlanEvent event, String reason) {

        int step() {
            return event.step() == null ? 0 : event.step();
        }
    }

    @Inject
    LedgerRepository repository;

    @Inject
    LedgerCache cache;

    @Inject
    RebalanceService rebalance;

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    Clock clock = Clock.systemUTC();

    /** Records the firings once each; answers those this call recorded (a firing recorded before is left out). */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<PlanTriggerEntityView> record(List<Firing> firings) {
        if (firings.isEmpty()) {
            return List.of();
        }
        Session session = em.unwrap(Session.class);
        session.flush(); // the rows the triggers refer to are written first, as for any query
        Instant now = Instant.now(clock);
        long[] ids = session.doReturningWork(c -> insert(c, firings, now));
        List<PlanTriggerEntityView> recorded = new ArrayList<>();
        List<Notice> notices = new ArrayList<>();
        List<Integer> fresh = new ArrayList<>();
        for (int i = 0; i < firings.size(); i++) {
            if (ids[i] != 0) {
                fresh.add(i); // recorded before: no second suggestion, no second notice
            }
        }
        Map<Long, Position> positions = positions(fresh.stream().map(i -> firings.get(i).userId()).distinct().toList());
        List<RebalanceService.Sell> sells = new ArrayList<>();
        List<Integer> sold = new ArrayList<>();
        BigDecimal[] quantities = new BigDecimal[firings.size()];
        for (int i : fresh) {
            Firing f = firings.get(i);
            PlanEvent event = f.event();
            Position position = positions.get(f.userId());
            BigDecimal quantity = event.quantity().min(position.held(f.symbol(), f.accountName()))
                    .setScale(Rebalancer.QUANTITY_SCALE, RoundingMode.DOWN);
            if (quantity.signum() > 0) {
                quantities[i] = quantity;
                sold.add(i);
                sells.add(new RebalanceService.Sell(position.portfolioId(), f.planKind().equals(STOP)
                        ? SuggestionKind.STOP : SuggestionKind.TAKE_PROFIT, f.assetId(), f.symbol(), f.accountId(),
                        quantity, event.price(), position.feeRate(), f.reason()));
            }
        }
        long[] suggestions = rebalance.createSells(sells);
        Long[] suggestionOf = new Long[firings.size()];
        List<long[]> suggestionOfTrigger = new ArrayList<>();
        for (int k = 0; k < sold.size(); k++) {
            suggestionOf[sold.get(k)] = suggestions[k];
            suggestionOfTrigger.add(new long[]{ids[sold.get(k)], suggestions[k]});
        }
        for (int i : fresh) {
            Firing f = firings.get(i);
            PlanEvent event = f.event();
            recorded.add(new PlanTriggerEntityView(ids[i], f.planKind(), f.planId(), event.type().name(), f.step(),
                    f.symbol(), dayOf(event.time()), Scales.compact(stored(event.price())),
                    Scales.compact(stored(event.level())), Scales.compact(stored(event.quantity())), suggestionOf[i]));
            notices.add(notice(f, recorded.get(recorded.size() - 1), quantities[i]));
        }
        notifications.notifyAll(notices);
        if (!suggestionOfTrigger.isEmpty()) {
            session.flush();
            List<Object[]> rows = suggestionOfTrigger.stream().map(pair -> new Object[]{pair[1], pair[0]}).toList();
            session.doWork(c -> BulkUpdate.apply(c, "plan_trigger", List.of("suggestion_id"), rows));
        }
        return recorded;
    }

    /**
     * Inserts the firings in one batch and answers each one's new id, 0 for one recorded before. A
     * duplicate of the unique key fails the batch: it is undone to a savepoint and the rows are
     * inserted one by one, a duplicate then meaning "done already" (see {@link OnceOnlyInsert}).
     */
    private static long[] insert(Connection c, List<Firing> firings, Instant now) throws SQLException {
        long[] ids = new long[firings.size()];
        Savepoint before = c.setSavepoint();
        try (PreparedStatement insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            for (Firing f : firings) {
                bind(insert, f, now);
                insert.addBatch();
            }
            insert.executeBatch();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                for (int i = 0; i < ids.length && keys.next(); i++) {
                    ids[i] = keys.getLong(1);
                }
            }
            c.releaseSavepoint(before);
            return ids;
        } catch (SQLException e) {
            if (!duplicate(e)) {
                throw e;
            }
            c.rollback(before);
        }
        try (PreparedStatement insert = c.prepareStatement(INSERT, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < ids.length; i++) {
                bind(insert, firings.get(i), now);
                try {
                    insert.executeUpdate();
                    try (ResultSet keys = insert.getGeneratedKeys()) {
                        ids[i] = keys.next() ? keys.getLong(1) : 0;
                    }
                } catch (SQLException e) {
                    if (!duplicate(e)) {
                        throw e;
                    }
                }
            }
        }
        return ids;
    }

    private static boolean duplicate(SQLException e) {
        for (SQLException x = e; x != null; x = x.getNextException()) {
            if (x.getErrorCode() == OnceOnlyInsert.DUPLICATE_KEY) {
                return true;
            }
        }
        return e.getCause() instanceof SQLException cause && cause.getErrorCode() == OnceOnlyInsert.DUPLICATE_KEY;
    }

    private static void bind(PreparedStatement s, Firing f, Instant now) throws SQLException {
        PlanEvent e = f.event();
        s.setLong(1, f.userId());
        s.setString(2, f.planKind());
        s.setLong(3, f.planId());
        s.setString(4, e.type().name());
        s.setInt(5, f.step());
        s.setLong(6, f.assetId());
        s.setObject(7, dayOf(e.time()));
        s.setBigDecimal(8, stored(e.price()));
        if (e.level() == null) {
            s.setNull(9, Types.DECIMAL);
        } else {
            s.setBigDecimal(9, stored(e.level()));
        }
        s.setBigDecimal(10, stored(e.quantity()));
        timestamp(s, 11, now);
    }

    /** As Hibernate writes an Instant here (quarkus.hibernate-orm.jdbc.timezone=UTC): UTC wall time. */
    static void timestamp(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.TIMESTAMP);
        } else {
            s.setTimestamp(index, Timestamp.from(value), Calendar.getInstance(UTC));
        }
    }

    /** An Instant as {@link #timestamp} wrote it. */
    static Instant instant(ResultSet r, int index) throws SQLException {
        Timestamp t = r.getTimestamp(index, Calendar.getInstance(UTC));
        return t == null ? null : t.toInstant();
    }

    /** A user's portfolio, fee rate and replayed ledger (what each asset and account holds). */
    private record Position(long portfolioId, BigDecimal feeRate, ReplayedLedger ledger) {

        BigDecimal held(String symbol, String accountName) {
            ReplayedLedger.PositionState p = ledger.positions().get(symbol);
            if (p == null) {
                return BigDecimal.ZERO;
            }
            return accountName == null ? p.quantity() : p.byAccount().getOrDefault(accountName, BigDecimal.ZERO);
        }
    }

    /**
     * The users' portfolios and fee rates in one query, and their ledgers replayed (kept by the ledger
     * cache per ledger version, read under the portfolio lock the caller holds, so current). Not
     * valued at prices: a firing needs quantities only.
     */
    private Map<Long, Position> positions(List<Long> users) {
        Map<Long, Position> positions = new HashMap<>();
        if (users.isEmpty()) {
            return positions;
        }
        Map<String, AssetInfo> assets = repository.assets();
        BigDecimal defaultFee = Policy.DEFAULT.feeRate();
        for (int from = 0; from < users.size(); from += 1000) {
            List<Long> batch = users.subList(from, Math.min(users.size(), from + 1000));
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                            SELECT p.user_id, p.id, p.ledger_version, p.cost_method, pp.fee_rate FROM portfolio p
                            LEFT JOIN portfolio_policy pp ON pp.portfolio_id = p.id
                            WHERE p.user_id IN (?1) ORDER BY p.user_id, p.id""")
                    .setParameter(1, batch).getResultList();
            for (Object[] r : rows) {
                long userId = ((Number) r[0]).longValue();
                if (positions.containsKey(userId)) {
                    continue; // the user's first portfolio is the default one
                }
                long portfolioId = ((Number) r[1]).longValue();
                ReplayedLedger ledger = cache.replayed(portfolioId, ((Number) r[2]).longValue(),
                        CostMethod.valueOf((String) r[3]), assets, () -> repository.entries(portfolioId));
                positions.put(userId, new Position(portfolioId, r[4] == null ? defaultFee : (BigDecimal) r[4], ledger));
            }
        }
        return positions;
    }

    // ---- what the investor reads ------------------------------------------------------------

    /** The notice of a recorded firing: once per trigger ("trigger:<id>"), with its figures and the reason. */
    static Notice notice(Firing f, PlanTriggerEntityView t, BigDecimal sold) {
        boolean stop = t.triggerKind().equals(PlanEventType.STOP_TRIGGERED.name());
        String what = stop ? "Stop triggered on " + t.symbol()
                : t.triggerKind().equals(PlanEventType.TAKE_PROFIT_STEP.name())
                ? "Take-profit step " + (t.step() + 1) + " reached on " + t.symbol()
                : "Trailing take-profit on " + t.symbol();
        String title = what + " at " + price(t.price()) + (stop ? " (stop price " + price(t.stopPrice()) + ")" : "");
        String sale = sold == null
                ? " Nothing is suggested for sale: the position is no longer held."
                : " Suggested sale: " + Scales.plain(Scales.compact(sold)) + " " + t.symbol()
                + (f.accountName() == null ? "" : " from " + f.accountName()) + " (see Rebalance).";
        return new Notice(f.userId(), "trigger:" + t.id(), stop ? NotificationKind.STOP_TRIGGERED
                : NotificationKind.TAKE_PROFIT, title, f.reason() + sale, "/plans");
    }

    /** Why a stop fired, with its figures. {@code mark}: the high-water mark of a trailing stop. */
    static String describeStop(StopKind kind, String symbol, BigDecimal trail, BigDecimal sellFraction, PlanEvent event,
                               BigDecimal mark) {
        String what = kind == StopKind.TRAILING && mark != null
                ? "Trailing stop (" + pct(trail) + " below the high of " + price(mark) + ")"
                : kind == StopKind.TRAILING ? "Trailing stop" : "Fixed stop";
        return what + " on " + symbol + " triggered on " + dayOf(event.time()) + ": " + price(event.price())
                + " is at or below the stop price " + price(event.level())
                + "; sell " + pct(sellFraction) + " of the position.";
    }

    /** Why a ladder step or the trailing take-profit after it fired, with its figures. */
    static String describeLadder(String symbol, BigDecimal targetGain, BigDecimal averageCost, PlanEvent event) {
        if (event.type() == PlanEventType.TAKE_PROFIT_STEP) {
            return "Take-profit step " + (event.step() + 1) + " on " + symbol + " reached on "
                    + dayOf(event.time()) + ": " + price(event.price()) + " is at or above "
                    + price(event.level()) + " (target gain "
                    + pct(targetGain) + " over " + price(averageCost) + ").";
        }
        return "Trailing take-profit on " + symbol + " on " + dayOf(event.time()) + ": "
                + price(event.price()) + " fell to " + price(event.level())
                + " after every step fired; sell the rest.";
    }

    /** A price in a sentence: eight significant digits, enough for any coin, without a tail of digits. */
    static String price(BigDecimal price) {
        return Scales.plain(price.round(new MathContext(8, RoundingMode.HALF_EVEN)));
    }

    static String pct(BigDecimal fraction) {
        return new DecimalFormat("0.##").format(fraction.movePointRight(2)) + "%";
    }

    /** The day a close belongs to: a close of day D is stamped at the end of D. */
    static LocalDate dayOf(Instant time) {
        return LocalDate.ofInstant(time.minusNanos(1), ZoneOffset.UTC);
    }

    static BigDecimal stored(BigDecimal value) {
        return RebalanceService.stored(value);
    }
}
