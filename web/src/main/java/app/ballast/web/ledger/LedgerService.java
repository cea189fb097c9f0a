package app.ballast.web.ledger;

import app.ballast.domain.AccountKind;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.LedgerException;
import app.ballast.domain.TransactionType;
import app.ballast.portfolio.HoldingsCalculator;
import app.ballast.portfolio.PortfolioSnapshot;
import app.ballast.portfolio.ReplayedLedger;
import app.ballast.domain.AssetInfo;
import app.ballast.web.persistence.AccountEntity;
import app.ballast.web.persistence.AssetEntity;
import app.ballast.web.persistence.PortfolioEntity;
import app.ballast.web.persistence.TransactionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Records, edits and deletes a user's transactions. Every change is checked against the whole
 * ledger (no account may go below zero at any point in time) before it is written, and the
 * portfolio row is locked meanwhile so that two concurrent sells cannot both pass the check.
 */
@ApplicationScoped
@Transactional
public class LedgerService {

    static final int NOTE_MAX = 10_000;
    /** No crypto asset traded before Bitcoin's genesis block. */
    static final Instant EARLIEST = Instant.parse("2009-01-03T00:00:00Z");

    @Inject
    LedgerRepository repository;

    @Inject
    PortfolioService portfolios;

    @Inject
    LedgerCache cache;

    Clock clock = Clock.systemUTC();

    /** Records a transaction; an account named for the first time is created (an exchange). */
    public TransactionView record(long userId, TransactionInput input) {
        PortfolioService.Locked portfolio = portfolios.lock(userId);
        Resolved resolved = resolve(userId, input);
        List<LedgerEntry> entries = new ArrayList<>(ledger(portfolio));
        entries.add(resolved.entry());
        check(entries);
        TransactionEntity entity = newTransaction(portfolio);
        resolved.applyTo(entity, userId);
        entity.persist();
        entries.set(entries.size() - 1, withId(resolved.entry(), entity.id));
        changed(portfolio, entries);
        return TransactionView.of(entity);
    }

    /**
     * Records many transactions at once, all or nothing: every row is checked, errors name the row
     * ({@code rows[3].quantity}), and the ledger with all of them must never overdraw an account.
     */
    public List<Long> importAll(long userId, List<TransactionInput> inputs) {
        PortfolioService.Locked portfolio = portfolios.lock(userId);
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        List<Resolved> resolved = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            try {
                resolved.add(resolve(userId, inputs.get(i)));
            } catch (InvalidInputException e) {
                for (FieldError error : e.errors()) {
                    errors.add("rows[" + i + "]." + error.field(), "row " + (i + 1) + ": " + error.message());
                }
            }
        }
        errors.throwIfAny();
        List<LedgerEntry> entries = new ArrayList<>(ledger(portfolio));
        int first = entries.size();
        long provisionalId = Long.MAX_VALUE / 2; // after every stored id, in input order
        for (Resolved r : resolved) {
            entries.add(withId(r.entry(), provisionalId++));
        }
        check(entries);
        List<Long> ids = new ArrayList<>(resolved.size());
        for (int i = 0; i < resolved.size(); i++) {
            TransactionEntity entity = newTransaction(portfolio);
            resolved.get(i).applyTo(entity, userId);
            entity.persist();
            ids.add(entity.id);
            entries.set(first + i, withId(resolved.get(i).entry(), entity.id));
        }
        changed(portfolio, entries);
        return ids;
    }

    public TransactionView update(long userId, long id, TransactionInput input) {
        PortfolioService.Locked portfolio = portfolios.lock(userId);
        TransactionEntity entity = owned(portfolio.id(), id);
        Resolved resolved = resolve(userId, input);
        List<LedgerEntry> entries = new ArrayList<>(ledger(portfolio));
        entries.removeIf(e -> e.id() == id);
        entries.add(withId(resolved.entry(), id));
        check(entries);
        resolved.applyTo(entity, userId);
        changed(portfolio, entries);
        return TransactionView.of(entity);
    }

    public void delete(long userId, long id) {
        PortfolioService.Locked portfolio = portfolios.lock(userId);
        TransactionEntity entity = owned(portfolio.id(), id);
        List<LedgerEntry> rest = new ArrayList<>(ledger(portfolio));
        rest.removeIf(e -> e.id() == id);
        try {
            HoldingsCalculator.checkNoOverdraw(rest);
        } catch (LedgerException e) {
            throw new InvalidInputException("id", "deleting this transaction would leave the ledger short: "
                    + e.getMessage());
        }
        entity.delete();
        changed(portfolio, rest);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TransactionView> find(long userId, long id) {
        PortfolioEntity portfolio = portfolios.defaultPortfolio(userId);
        return TransactionEntity.<TransactionEntity>find("portfolioId = ?1 and id = ?2", portfolio.id, id)
                .firstResultOptional().map(TransactionView::of);
    }

    /** The newest first; {@code limit} 0 means all. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TransactionView> list(long userId, String symbol, int offset, int limit) {
        var query = query(userId, symbol);
        if (limit > 0) {
            query.range(offset, offset + limit - 1);
        }
        return query.list().stream().map(TransactionView::of).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long count(long userId, String symbol) {
        return query(userId, symbol).count();
    }

    private io.quarkus.hibernate.orm.panache.PanacheQuery<TransactionEntity> query(long userId, String symbol) {
        PortfolioEntity portfolio = portfolios.defaultPortfolio(userId);
        return symbol == null || symbol.isBlank()
                ? TransactionEntity.find("portfolioId = ?1 order by occurredAt desc, id desc", portfolio.id)
                : TransactionEntity.find("portfolioId = ?1 and asset.symbol = ?2 order by occurredAt desc, id desc",
                portfolio.id, symbol.trim().toUpperCase(Locale.ROOT));
    }

    /**
     * Holdings and totals of the user's portfolio, valued at the latest prices. The ledger version
     * and the ledger are read in one transaction, so that they belong together.
     */
    @Transactional
    public PortfolioSnapshot snapshot(long userId) {
        PortfolioEntity portfolio = portfolios.defaultPortfolio(userId);
        Map<String, AssetInfo> assets = repository.assets();
        ReplayedLedger replayed = cache.replayed(portfolio.id, portfolio.ledgerVersion, portfolio.costMethod, assets,
                () -> repository.entries(portfolio.id));
        return HoldingsCalculator.value(replayed, assets, repository.latestQuotes());
    }

    private List<LedgerEntry> ledger(PortfolioService.Locked portfolio) {
        return cache.entries(portfolio.id(), portfolio.version(), () -> repository.entries(portfolio.id()));
    }

    /** Marks the ledger changed (a new version) and keeps the new ledger once the write commits. */
    private void changed(PortfolioService.Locked portfolio, List<LedgerEntry> entries) {
        long version = portfolios.bumpLedgerVersion(portfolio);
        cache.putAfterCommit(portfolio.id(), version, entries);
    }

    private TransactionEntity newTransaction(PortfolioService.Locked portfolio) {
        TransactionEntity entity = new TransactionEntity();
        entity.portfolioId = portfolio.id();
        entity.createdAt = Instant.now(clock);
        return entity;
    }

    private static TransactionEntity owned(long portfolioId, long id) {
        return TransactionEntity.<TransactionEntity>find("portfolioId = ?1 and id = ?2", portfolioId, id)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("no transaction " + id));
    }

    private static void check(List<LedgerEntry> entries) {
        try {
            HoldingsCalculator.checkNoOverdraw(entries);
        } catch (LedgerException e) {
            throw InvalidInputException.of(e);
        }
    }

    /** Checks every field, collecting all problems, and resolves the asset and accounts. */
    private Resolved resolve(long userId, TransactionInput in) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        TransactionType type = null;
        if (in.type() == null || in.type().isBlank()) {
            errors.add("type", "type is required: one of " + List.of(TransactionType.values()));
        } else {
            try {
                type = TransactionType.valueOf(in.type().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("type", "type must be one of " + List.of(TransactionType.values()) + ", was \"" + in.type() + "\"");
            }
        }
        String symbol = in.symbol() == null ? null : in.symbol().trim().toUpperCase(Locale.ROOT);
        AssetEntity asset = null;
        if (symbol == null || symbol.isEmpty()) {
            errors.add("symbol", "symbol is required");
        } else {
            asset = AssetEntity.findBySymbol(symbol).orElse(null);
            if (asset == null) {
                errors.add("symbol", "unknown asset \"" + in.symbol() + "\"");
            }
        }
        String account = storedName(userId, trimToNull(in.account()));
        if (account == null) {
            errors.add("account", "account is required");
        } else if (account.length() > 80) {
            errors.add("account", "account must be at most 80 characters");
        }
        String toAccount = storedName(userId, trimToNull(in.toAccount()));
        if (toAccount != null && toAccount.length() > 80) {
            errors.add("toAccount", "toAccount must be at most 80 characters");
        }
        String feeAsset = in.feeAsset() == null || in.feeAsset().isBlank() ? null
                : in.feeAsset().trim().toUpperCase(Locale.ROOT);
        if (feeAsset != null && !"USD".equals(feeAsset) && AssetEntity.findBySymbol(feeAsset).isEmpty()) {
            errors.add("feeAsset", "unknown fee asset \"" + in.feeAsset() + "\": USD or an asset's symbol");
        }
        if (in.quantity() == null) {
            errors.add("quantity", "quantity is required");
        }
        Instant time = parseTime(in.time(), errors);
        if (time != null && time.isAfter(Instant.now(clock).plus(Duration.ofDays(1)))) {
            errors.add("time", "time must not be more than a day in the future, was " + time);
        } else if (time != null && time.isBefore(EARLIEST)) {
            errors.add("time", "time must not be before Bitcoin's first block (2009-01-03), was " + time);
        }
        String note = in.note() == null || in.note().isBlank() ? null : in.note().strip();
        if (note != null && note.length() > NOTE_MAX) {
            errors.add("note", "note must be at most " + NOTE_MAX + " characters, was " + note.length());
        }
        errors.throwIfAny();
        final TransactionType t = type;
        LedgerEntry entry = errors.check(() -> new LedgerEntry(0L, time, t, symbol, account, toAccount,
                in.quantity(), in.price(), in.fee(), feeAsset, note));
        errors.throwIfAny();
        return new Resolved(entry, asset);
    }

    private Instant parseTime(String text, InvalidInputException.Collector errors) {
        if (text == null || text.isBlank()) {
            return Instant.now(clock);
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException ignored) {
            // try the shorter forms a form or a person sends
        }
        try {
            return LocalDateTime.parse(value).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            errors.add("time", "time must be an ISO-8601 date or time such as 2024-03-01T10:00:00Z, was \"" + text + "\"");
            return null;
        }
    }

    /** The entry under its stored id, without its note: the maths never reads notes, the cache keeps less. */
    private static LedgerEntry withId(LedgerEntry e, long id) {
        return new LedgerEntry(id, e.time(), e.type(), e.symbol(), e.account(), e.toAccount(), e.quantity(),
                e.price(), e.fee(), e.feeAsset(), null);
    }

    /**
     * The name as stored when the user has that account: names are unique regardless of letter case
     * (the column's collation), so "kraken" is the account "Kraken".
     */
    private static String storedName(long userId, String name) {
        return name == null ? null : AccountEntity.findByName(userId, name).map(a -> a.name).orElse(name);
    }

    private static String trimToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record Resolved(LedgerEntry entry, AssetEntity asset) {

        void applyTo(TransactionEntity entity, long userId) {
            entity.type = entry.type();
            entity.asset = asset;
            entity.account = accountNamed(userId, entry.account());
            entity.toAccount = entry.toAccount() == null ? null : accountNamed(userId, entry.toAccount());
            entity.quantity = entry.quantity();
            entity.price = entry.price();
            entity.fee = entry.fee();
            entity.feeAsset = entry.feeAsset();
            entity.occurredAt = entry.time();
            entity.note = entry.note();
        }

        private static AccountEntity accountNamed(long userId, String name) {
            return AccountEntity.findByName(userId, name).orElseGet(() -> {
                AccountEntity created = new AccountEntity();
                created.userId = userId;
                created.name = name;
                created.kind = AccountKind.EXCHANGE;
                created.persist();
                return created;
            });
        }
    }
}
