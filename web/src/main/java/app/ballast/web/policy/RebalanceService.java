package app.ballast.web.policy;

import app.ballast.domain.InvalidValuesException;
import app.ballast.domain.Scales;
import app.ballast.domain.policy.FieldPath;
import app.ballast.portfolio.Holding;
import app.ballast.portfolio.rebalance.RebalanceMode;
import app.ballast.portfolio.rebalance.RebalancePlan;
import app.ballast.portfolio.rebalance.RebalanceRequest;
import app.ballast.portfolio.rebalance.Rebalancer;
import app.ballast.portfolio.rebalance.Side;
import app.ballast.portfolio.rebalance.Trade;
import app.ballast.portfolio.rebalance.Unmet;
import app.ballast.web.ledger.FieldError;
import app.ballast.web.ledger.InvalidInputException;
import app.ballast.web.ledger.LedgerService;
import app.ballast.web.ledger.PortfolioService;
import app.ballast.web.ledger.TransactionInput;
import app.ballast.web.notify.Notice;
import app.ballast.web.notify.NotificationKind;
import app.ballast.web.notify.Notifications;
import app.ballast.web.persistence.AccountEntity;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.RebalanceSuggestionEntity;
import app.ballast.web.persistence.RebalanceTradeEntity;
import app.ballast.web.persistence.RebalanceUnmetEntity;
import app.ballast.web.persistence.RebalanceWeightEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Rebalancing suggestions: worked out by the engine from the current holdings, stored, then
 * accepted (every trade recorded as a transaction, all in one database transaction) or dismissed.
 */
@ApplicationScoped
@Transactional
public class RebalanceService {

    /** Suggestions viewed per round of queries: keeps the IN lists short. */
    private static final int VIEW_BATCH = 500;

    @Inject
    CurrentPositions current;

    @Inject
    PortfolioService portfolios;

    @Inject
    LedgerService ledger;

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    /** The engine's answer for a portfolio given in full (stateless). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public RebalancePlan preview(RebalanceRequest request) {
        return Rebalancer.suggest(request);
    }

    /** What the engine suggests for the user's holdings now, without storing it. */
    public RebalancePlan planFor(long userId, RebalanceMode mode, BigDecimal cash) {
        CurrentPositions.Portfolio portfolio = current.read(userId);
        return Rebalancer.suggest(request(portfolio, mode, cash));
    }

    /** Works out and stores a suggestion for the user's holdings; {@code cash}: new money to invest. */
    public SuggestionView create(long userId, String mode, BigDecimal cash) {
        RebalanceMode parsed = mode(mode);
        // The size first: an amount no column holds is refused before the engine divides it.
        BigDecimal money = cash == null ? BigDecimal.ZERO : Scales.requireFits("cash", cash);
        CurrentPositions.Portfolio portfolio = current.read(userId);
        RebalancePlan plan = Rebalancer.suggest(request(portfolio, parsed, money));
        requireStorable(plan, money);
        long portfolioId = portfolios.lock(userId).id();
        RebalanceSuggestionEntity entity = store(portfolioId, SuggestionKind.MANUAL, null, parsed, plan, null);
        return view(entity);
    }

    /**
     * The quarterly suggestion (for the jobs issue): made once per portfolio and quarter such as
     * "2026-Q4"; empty when that quarter's suggestion exists already.
     */
    public Optional<SuggestionView> createQuarterly(long userId, String quarter) {
        if (quarter == null || !quarter.matches("\\d{4}-Q[1-4]")) {
            throw new InvalidInputException("quarter", "quarter must look like 2026-Q4, was \"" + quarter + "\"");
        }
        // The lock comes before any read: under REPEATABLE READ a read before it would fix a snapshot without a
        // suggestion another instance has just committed, and the insert would then hit the unique key.
        long portfolioId = portfolios.lock(userId).id();
        if (RebalanceSuggestionEntity.count("portfolioId = ?1 and quarter = ?2", portfolioId, quarter) > 0) {
            return Optional.empty();
        }
        CurrentPositions.Portfolio portfolio = current.read(userId);
        RebalancePlan plan = Rebalancer.suggest(request(portfolio, RebalanceMode.FULL, BigDecimal.ZERO));
        SuggestionView suggestion = view(store(portfolioId, SuggestionKind.QUARTERLY, quarter, RebalanceMode.FULL, plan,
                null));
        notifications.notify(notice(userId, suggestion));
        return Optional.of(suggestion);
    }

    /** The notice of a quarterly suggestion: once per suggestion ("rebalance:<id>"), with its trades. */
    private static Notice notice(long userId, SuggestionView s) {
        StringBuilder body = new StringBuilder(s.trades().isEmpty()
                ? "Every cap and band holds: nothing to trade this quarter."
                : "Suggested trades at the latest prices:");
        for (SuggestionView.TradeView t : s.trades()) {
            body.append("\n").append(t.side()).append(' ').append(Scales.plain(t.quantity())).append(' ')
                    .append(t.symbol()).append(" (").append(Scales.plain(t.value().setScale(2, RoundingMode.HALF_EVEN)))
                    .append(" USD)");
        }
        if (!s.unmet().isEmpty()) {
            body.append("\n").append(s.unmet().size()).append(" rule(s) cannot be met by trades; see the suggestion.");
        }
        return new Notice(userId, "rebalance:" + s.id(), NotificationKind.REBALANCE_SUGGESTED,
                "Quarterly rebalance " + s.quarter() + ": " + s.trades().size() + " trade(s) suggested",
                limit(body.toString(), Notice.BODY_MAX), "/rebalance#suggestion-" + s.id());
    }

    /** One sell a stop or a take-profit step suggests; {@code accountId}: where the plan watches the position. */
    public record Sell(long portfolioId, SuggestionKind kind, long assetId, String symbol, Long accountId,
                       BigDecimal quantity, BigDecimal price, BigDecimal feeRate, String reason) {
    }

    /**
     * Stores the sells suggested by stops and take-profit steps (in the caller's transaction), each a
     * suggestion of one trade, in two batched INSERTs however many there are; answers their ids in
     * order. The figures are those of {@link #store} for a one-trade plan without weights.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long[] createSells(List<Sell> sells) {
        long[] ids = new long[sells.size()];
        if (sells.isEmpty()) {
            return ids;
        }
        List<Trade> trades = sells.stream().map(sell -> {
            BigDecimal value = sell.quantity().multiply(sell.price());
            BigDecimal fee = value.multiply(sell.feeRate()).setScale(Rebalancer.FEE_SCALE, RoundingMode.UP);
            return new Trade(sell.symbol(), Side.SELL, sell.quantity(), value, fee, sell.reason());
        }).toList();
        org.hibernate.Session session = em.unwrap(org.hibernate.Session.class);
        session.flush();
        java.sql.Timestamp now = java.sql.Timestamp.valueOf(java.time.LocalDateTime.ofInstant(Instant.now(),
                java.time.ZoneOffset.UTC));
        session.doWork(c -> {
            try (java.sql.PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO rebalance_suggestion (portfolio_id, created_at, mode, status, kind, cash, cash_after,
                        value_before, value_after, core_before, core_after, satellites_before, satellites_after)
                    VALUES (?, ?, 'FULL', 'OPEN', ?, 0, 0, 0, 0, 0, 0, 0, 0)""",
                    java.sql.Statement.RETURN_GENERATED_KEYS)) {
                for (Sell sell : sells) {
                    insert.setLong(1, sell.portfolioId());
                    insert.setTimestamp(2, now);
                    insert.setString(3, sell.kind().name());
                    insert.addBatch();
                }
                insert.executeBatch();
                try (java.sql.ResultSet keys = insert.getGeneratedKeys()) {
                    for (int i = 0; i < ids.length && keys.next(); i++) {
                        ids[i] = keys.getLong(1);
                    }
                }
            }
            try (java.sql.PreparedStatement insert = c.prepareStatement("""
                    INSERT INTO rebalance_trade (suggestion_id, position, asset_id, account_id, side, quantity, price,
                        value, fee, reason) VALUES (?, 0, ?, ?, 'SELL', ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < ids.length; i++) {
                    Sell sell = sells.get(i);
                    Trade t = trades.get(i);
                    insert.setLong(1, ids[i]);
                    insert.setLong(2, sell.assetId());
                    insert.setObject(3, sell.accountId());
                    insert.setBigDecimal(4, stored(t.quantity()));
                    insert.setBigDecimal(5, stored(t.value().divide(t.quantity(), Scales.AMOUNT_SCALE,
                            RoundingMode.HALF_EVEN)));
                    insert.setBigDecimal(6, stored(t.value()));
                    insert.setBigDecimal(7, stored(t.fee()));
                    insert.setString(8, limit(t.reason(), 500));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        return ids;
    }

    /** Every suggestion of the user, the newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SuggestionView> list(long userId) {
        long portfolioId = portfolios.defaultPortfolio(userId).id;
        return views(RebalanceSuggestionEntity.<RebalanceSuggestionEntity>list(
                "portfolioId = ?1 order by createdAt desc, id desc", portfolioId));
    }

    /** The newest {@code limit} open suggestions ({@code open}) or decided ones, for a page. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SuggestionView> latest(long userId, boolean open, int limit) {
        long portfolioId = portfolios.defaultPortfolio(userId).id;
        return views(RebalanceSuggestionEntity.<RebalanceSuggestionEntity>find(
                        "portfolioId = ?1 and status " + (open ? "=" : "<>") + " ?2 order by createdAt desc, id desc",
                        portfolioId, SuggestionStatus.OPEN)
                .page(0, limit).list());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long countOpen(long userId) {
        return RebalanceSuggestionEntity.count("portfolioId = ?1 and status = ?2",
                portfolios.defaultPortfolio(userId).id, SuggestionStatus.OPEN);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SuggestionView get(long userId, long id) {
        return view(owned(portfolios.defaultPortfolio(userId).id, id));
    }

    /**
     * Records every trade as a transaction at the suggested price, or the investor's fill price for
     * that asset, all in this one database transaction; a suggestion accepted already is left as it
     * is. Nothing is written when any trade is refused (for example a sell of more than is held now).
     */
    public SuggestionView accept(long userId, long id, Map<String, BigDecimal> fillPrices) {
        long portfolioId = portfolios.lock(userId).id();
        RebalanceSuggestionEntity suggestion = lockOwned(portfolioId, id);
        if (suggestion.status == SuggestionStatus.ACCEPTED) {
            return view(suggestion);
        }
        if (suggestion.status == SuggestionStatus.DISMISSED) {
            throw new SuggestionClosedException("suggestion " + id + " was dismissed; ask for a new one");
        }
        List<RebalanceTradeEntity> trades = RebalanceTradeEntity.listFor(id);
        Map<String, BigDecimal> fills = fillPrices(fillPrices, trades);
        CurrentPositions.Portfolio portfolio = current.read(userId);
        List<AccountEntity> accounts = AccountEntity.listOwned(userId);
        Instant now = Instant.now();
        List<TransactionInput> inputs = new ArrayList<>();
        List<Integer> tradeOfRow = new ArrayList<>();
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        for (int i = 0; i < trades.size(); i++) {
            RebalanceTradeEntity trade = trades.get(i);
            String symbol = trade.asset.symbol;
            BigDecimal price = fills.getOrDefault(symbol, trade.price);
            BigDecimal fee = fills.containsKey(symbol)
                    ? trade.quantity.multiply(price).multiply(portfolio.policy().feeRate())
                    .setScale(Rebalancer.FEE_SCALE, RoundingMode.UP)
                    : trade.fee;
            List<TradeAccounts.Leg> legs = "SELL".equals(trade.side)
                    ? sellLegs(trade, portfolio.holding(symbol), accounts, i, errors)
                    : List.of(new TradeAccounts.Leg(TradeAccounts.forBuy(trade.account, portfolio.holding(symbol),
                    accounts), trade.quantity));
            BigDecimal feeLeft = fee;
            for (int leg = 0; leg < legs.size(); leg++) {
                TradeAccounts.Leg l = legs.get(leg);
                BigDecimal legFee = leg == legs.size() - 1 ? feeLeft
                        : fee.multiply(l.quantity()).divide(trade.quantity, Rebalancer.FEE_SCALE, RoundingMode.DOWN);
                feeLeft = feeLeft.subtract(legFee);
                inputs.add(new TransactionInput(trade.side, symbol, l.account(), null, l.quantity(), price,
                        legFee, "USD", now.toString(), note(suggestion, trade)));
                tradeOfRow.add(i);
            }
        }
        errors.throwIfAny();
        List<Long> ids;
        try {
            ids = ledger.importAll(userId, inputs);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream().map(err -> renameRow(err, tradeOfRow)).toList());
        }
        for (int row = ids.size() - 1; row >= 0; row--) {
            trades.get(tradeOfRow.get(row)).transactionId = ids.get(row);
        }
        suggestion.status = SuggestionStatus.ACCEPTED;
        suggestion.decidedAt = now;
        return view(suggestion);
    }

    /** Sets an open suggestion aside; dismissing it again changes nothing. */
    public SuggestionView dismiss(long userId, long id) {
        long portfolioId = portfolios.lock(userId).id();
        RebalanceSuggestionEntity suggestion = lockOwned(portfolioId, id);
        if (suggestion.status == SuggestionStatus.ACCEPTED) {
            throw new SuggestionClosedException("suggestion " + id + " was accepted: its trades are in the ledger");
        }
        if (suggestion.status == SuggestionStatus.OPEN) {
            suggestion.status = SuggestionStatus.DISMISSED;
            suggestion.decidedAt = Instant.now();
        }
        return view(suggestion);
    }

    /**
     * Dismisses those of the given suggestions that are still open (the sells of a stop or ladder that
     * is re-armed or deleted), in the caller's transaction; decided ones stay as they are.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int dismissOpen(long portfolioId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return RebalanceSuggestionEntity.update("status = ?1, decidedAt = ?2 where portfolioId = ?3 and status = ?4"
                + " and id in ?5", SuggestionStatus.DISMISSED, Instant.now(), portfolioId, SuggestionStatus.OPEN, ids);
    }

    static RebalanceMode mode(String mode) {
        if (mode == null || mode.isBlank()) {
            return RebalanceMode.FULL;
        }
        try {
            return RebalanceMode.valueOf(mode.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("mode", "mode must be FULL or BUY_ONLY, was \"" + mode + "\"");
        }
    }

    static RebalanceRequest request(CurrentPositions.Portfolio portfolio, RebalanceMode mode, BigDecimal cash) {
        return FieldPath.within("", () -> new RebalanceRequest(portfolio.positions(), cash, portfolio.policy(), mode));
    }

    private RebalanceSuggestionEntity store(long portfolioId, SuggestionKind kind, String quarter, RebalanceMode mode,
                                            RebalancePlan plan, AccountEntity account) {
        RebalanceSuggestionEntity s = new RebalanceSuggestionEntity();
        s.portfolioId = portfolioId;
        s.createdAt = Instant.now();
        s.mode = mode.name();
        s.status = SuggestionStatus.OPEN;
        s.kind = kind;
        s.quarter = quarter;
        s.cash = stored(plan.before().cash());
        s.cashAfter = stored(plan.after().cash());
        s.valueBefore = stored(plan.before().value());
        s.valueAfter = stored(plan.after().value());
        s.coreBefore = stored(plan.before().core());
        s.coreAfter = stored(plan.after().core());
        s.satellitesBefore = stored(plan.before().satellites());
        s.satellitesAfter = stored(plan.after().satellites());
        s.persist();
        Map<String, BigDecimal> prices = new HashMap<>();
        int position = 0;
        for (Trade t : plan.trades()) {
            RebalanceTradeEntity trade = new RebalanceTradeEntity();
            trade.suggestionId = s.id;
            trade.position = position++;
            trade.asset = asset(t.symbol());
            trade.account = account;
            trade.side = t.side().name();
            trade.quantity = stored(t.quantity());
            trade.price = stored(t.value().divide(t.quantity(), Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN));
            trade.value = stored(t.value());
            trade.fee = stored(t.fee());
            trade.reason = limit(t.reason(), 500);
            trade.persist();
            prices.put(t.symbol(), trade.price);
        }
        java.util.Set<String> symbols = new java.util.TreeSet<>(plan.before().weights().keySet());
        symbols.addAll(plan.after().weights().keySet());
        symbols.addAll(plan.targets().keySet());
        for (String symbol : symbols) {
            RebalanceWeightEntity w = new RebalanceWeightEntity();
            w.suggestionId = s.id;
            w.symbol = symbol;
            w.weightBefore = stored(plan.before().weights().getOrDefault(symbol, BigDecimal.ZERO));
            w.weightAfter = stored(plan.after().weights().getOrDefault(symbol, BigDecimal.ZERO));
            w.weightTarget = stored(plan.targets().getOrDefault(symbol, BigDecimal.ZERO));
            w.persist();
        }
        position = 0;
        for (Unmet u : plan.unmet()) {
            RebalanceUnmetEntity row = new RebalanceUnmetEntity();
            row.suggestionId = s.id;
            row.position = position++;
            row.rule = limit(u.rule(), 40);
            row.subject = limit(u.subject(), 80);
            row.reason = limit(u.reason(), 1000);
            row.persist();
        }
        return s;
    }

    /** The legs of a sell; a shortfall is reported against the trade rather than left to the ledger check. */
    private static List<TradeAccounts.Leg> sellLegs(RebalanceTradeEntity trade, Holding holding,
                                                    List<AccountEntity> accounts, int index,
                                                    InvalidInputException.Collector errors) {
        List<TradeAccounts.Leg> legs = TradeAccounts.forSell(trade.account, holding, accounts, trade.quantity);
        BigDecimal covered = legs.stream().map(TradeAccounts.Leg::quantity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (covered.compareTo(trade.quantity) < 0) {
            BigDecimal total = holding == null ? BigDecimal.ZERO : holding.quantity().amount();
            errors.add("trades[" + index + "].quantity", "cannot sell " + Scales.plain(trade.quantity) + " "
                    + trade.asset.symbol + (trade.account == null ? "" : " from " + trade.account.name)
                    + ": the portfolio holds " + Scales.plain(total) + " now");
        }
        return legs;
    }

    private static Map<String, BigDecimal> fillPrices(Map<String, BigDecimal> fillPrices,
                                                      List<RebalanceTradeEntity> trades) {
        if (fillPrices == null || fillPrices.isEmpty()) {
            return Map.of();
        }
        InvalidValuesException.Collector problems = new InvalidValuesException.Collector();
        Map<String, BigDecimal> fills = new HashMap<>();
        for (Map.Entry<String, BigDecimal> e : fillPrices.entrySet()) {
            String field = "fillPrices." + e.getKey();
            String symbol = e.getKey() == null ? "" : e.getKey().strip().toUpperCase(Locale.ROOT);
            if (trades.stream().noneMatch(t -> t.asset.symbol.equals(symbol))) {
                problems.add(field, "the suggestion has no trade of \"" + e.getKey() + "\"");
            } else if (e.getValue() == null) {
                continue; // the suggested price
            } else if (e.getValue().signum() <= 0) {
                problems.add(field, field + " must be greater than 0, was " + Scales.plain(e.getValue()));
            } else {
                try {
                    Scales.requireFits(field, e.getValue());
                    fills.put(symbol, e.getValue());
                } catch (app.ballast.domain.LedgerException ex) {
                    problems.add(field, ex.getMessage());
                }
            }
        }
        problems.throwIfAny();
        return fills;
    }

    private static FieldError renameRow(FieldError error, List<Integer> tradeOfRow) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^rows\\[(\\d+)]").matcher(error.field());
        if (m.find()) {
            int row = Integer.parseInt(m.group(1));
            if (row < tradeOfRow.size()) {
                return new FieldError("trades[" + tradeOfRow.get(row) + "]" + error.field().substring(m.end()),
                        error.message());
            }
        }
        return error;
    }

    private static String note(RebalanceSuggestionEntity suggestion, RebalanceTradeEntity trade) {
        String what = switch (suggestion.kind) {
            case STOP -> "Stop triggered";
            case TAKE_PROFIT -> "Take-profit step";
            case QUARTERLY -> "Quarterly rebalance " + suggestion.quarter;
            case MANUAL -> "Rebalance";
        };
        return limit(what + " (suggestion " + suggestion.id + "): " + trade.reason, 10_000);
    }

    private RebalanceSuggestionEntity lockOwned(long portfolioId, long id) {
        List<?> rows = em.createNativeQuery(
                        "SELECT id FROM rebalance_suggestion WHERE id = ?1 AND portfolio_id = ?2 FOR UPDATE")
                .setParameter(1, id).setParameter(2, portfolioId).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("no suggestion " + id);
        }
        RebalanceSuggestionEntity entity = owned(portfolioId, id);
        em.refresh(entity); // the status as committed, read under the lock
        return entity;
    }

    private static RebalanceSuggestionEntity owned(long portfolioId, long id) {
        return RebalanceSuggestionEntity.findOwned(portfolioId, id)
                .orElseThrow(() -> new NotFoundException("no suggestion " + id));
    }

    SuggestionView view(RebalanceSuggestionEntity s) {
        return views(List.of(s)).get(0);
    }

    /**
     * The suggestions as shown, in their order: their trades, weights and unmet rules are read with
     * one query each (per 500 suggestions), not three per suggestion.
     */
    private static List<SuggestionView> views(List<RebalanceSuggestionEntity> suggestions) {
        List<SuggestionView> views = new ArrayList<>(suggestions.size());
        for (int from = 0; from < suggestions.size(); from += VIEW_BATCH) {
            List<RebalanceSuggestionEntity> batch = suggestions.subList(from,
                    Math.min(suggestions.size(), from + VIEW_BATCH));
            List<Long> ids = batch.stream().map(x -> x.id).toList();
            Map<Long, List<SuggestionView.TradeView>> trades = RebalanceTradeEntity.<RebalanceTradeEntity>find(
                            "from RebalanceTradeEntity t join fetch t.asset left join fetch t.account"
                                    + " where t.suggestionId in ?1 order by t.suggestionId, t.position", ids)
                    .stream().collect(Collectors.groupingBy(t -> t.suggestionId, Collectors.mapping(
                            t -> new SuggestionView.TradeView(t.id, t.asset.symbol,
                                    t.account == null ? null : t.account.name, t.side, Scales.compact(t.quantity),
                                    Scales.compact(t.price), Scales.compact(t.value), Scales.compact(t.fee), t.reason,
                                    t.transactionId), Collectors.toList())));
            Map<Long, List<SuggestionView.WeightView>> weights = RebalanceWeightEntity.<RebalanceWeightEntity>list(
                            "suggestionId in ?1 order by suggestionId, symbol", ids)
                    .stream().collect(Collectors.groupingBy(w -> w.suggestionId, Collectors.mapping(
                            w -> new SuggestionView.WeightView(w.symbol, Scales.compact(w.weightBefore),
                                    Scales.compact(w.weightAfter), Scales.compact(w.weightTarget)),
                            Collectors.toList())));
            Map<Long, List<SuggestionView.UnmetView>> unmet = RebalanceUnmetEntity.<RebalanceUnmetEntity>list(
                            "suggestionId in ?1 order by suggestionId, position", ids)
                    .stream().collect(Collectors.groupingBy(u -> u.suggestionId, Collectors.mapping(
                            u -> new SuggestionView.UnmetView(u.rule, u.subject, u.reason), Collectors.toList())));
            for (RebalanceSuggestionEntity s : batch) {
                views.add(new SuggestionView(s.id, s.createdAt, s.kind, s.mode, s.status, s.quarter,
                        Scales.compact(s.cash), Scales.compact(s.cashAfter), Scales.compact(s.valueBefore),
                        Scales.compact(s.valueAfter), Scales.compact(s.coreBefore), Scales.compact(s.coreAfter),
                        Scales.compact(s.satellitesBefore), Scales.compact(s.satellitesAfter), s.decidedAt,
                        trades.getOrDefault(s.id, List.of()), weights.getOrDefault(s.id, List.of()),
                        unmet.getOrDefault(s.id, List.of())));
            }
        }
        return views;
    }

    private static AssetEntity asset(String symbol) {
        return AssetEntity.findBySymbol(symbol)
                .orElseThrow(() -> new InvalidInputException("symbol", "unknown asset \"" + symbol + "\""));
    }

    /**
     * Refuses, on {@code cash}, a suggestion whose figures no column holds: cash that fits may still
     * buy more than 20 digits' worth of a coin priced in fractions of a cent.
     */
    private static void requireStorable(RebalancePlan plan, BigDecimal cash) {
        List<BigDecimal> figures = new ArrayList<>(List.of(plan.before().cash(), plan.before().value(),
                plan.after().cash(), plan.after().value()));
        for (Trade t : plan.trades()) {
            figures.addAll(List.of(t.quantity(), t.value(), t.fee()));
        }
        if (figures.stream().anyMatch(f -> !storable(f))) {
            throw new InvalidInputException("cash", "cash of " + Scales.plain(cash) + " is too large for this "
                    + "portfolio: its trades would need more than " + Scales.AMOUNT_INTEGER_DIGITS
                    + " digits before the decimal point");
        }
    }

    /** Whether a computed figure, rounded to the columns' 18 decimals, fits DECIMAL(38,18). */
    static boolean storable(BigDecimal value) {
        if (value == null || value.signum() == 0) {
            return true;
        }
        BigDecimal rounded = stored(value);
        return rounded.precision() - rounded.scale() <= Scales.AMOUNT_INTEGER_DIGITS;
    }

    static BigDecimal stored(BigDecimal value) {
        return value.setScale(Scales.AMOUNT_SCALE, RoundingMode.HALF_EVEN);
    }

    private static String limit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
