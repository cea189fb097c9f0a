package app.ballast.web.ledger;

import app.ballast.domain.AccountKind;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.LedgerException;
import app.ballast.domain.TransactionType;
import app.ballast.portfolio.HoldingsCalculator;
import app.ballast.portfolio.PortfolioSnapshot;
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

    @Inject
    LedgerRepository repository;

    @Inject
    PortfolioService portfolios;

    Clock clock = Clock.systemUTC();

    /** Records a transaction; an account named for the first time is created (an exchange). */
    public TransactionView record(long userId, TransactionInput input) {
        PortfolioEntity portfolio = portfolios.lockDefault(userId);
        TransactionEntity entity = new TransactionEntity();
        entity.portfolioId = portfolio.id;
        entity.createdAt = Instant.now(clock);
        Resolved resolved = resolve(userId, input);
        checkLedger(portfolio.id, resolved.entry(), null);
        resolved.applyTo(entity, userId);
        entity.persist();
        return TransactionView.of(entity);
    }

    /**
     * Records many transactions at once, all or nothing: every row is checked, errors name the row
     * ({@code rows[3].quantity}), and the ledger with all of them must never overdraw an account.
     */
    public List<Long> importAll(long userId, List<TransactionInput> inputs) {
        PortfolioEntity portfolio = portfolios.lockDefault(userId);
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
        List<LedgerEntry> entries = new ArrayList<>(repository.entries(portfolio.id));
        long provisionalId = Long.MAX_VALUE / 2; // after every stored id, in input order
        for (Resolved r : resolved) {
            entries.add(withId(r.entry(), provisionalId++));
        }
        try {
            HoldingsCalculator.checkNoOverdraw(entries);
        } catch (LedgerException e) {
            throw InvalidInputException.of(e);
        }
        Instant now = Instant.now(clock);
        List<Long> ids = new ArrayList<>(resolved.size());
        for (Resolved r : resolved) {
            TransactionEntity entity = new TransactionEntity();
            entity.portfolioId = portfolio.id;
            entity.createdAt = now;
            r.applyTo(entity, userId);
            entity.persist();
            ids.add(entity.id);
        }
        return ids;
    }

    public TransactionView update(long userId, long id, TransactionInput input) {
        PortfolioEntity portfolio = portfolios.lockDefault(userId);
        TransactionEntity entity = owned(portfolio, id);
        Resolved resolved = resolve(userId, input);
        checkLedger(portfolio.id, withId(resolved.entry(), id), id);
        resolved.applyTo(entity, userId);
        return TransactionView.of(entity);
    }

    public void delete(long userId, long id) {
        PortfolioEntity portfolio = portfolios.lockDefault(userId);
        TransactionEntity entity = owned(portfolio, id);
        List<LedgerEntry> rest = new ArrayList<>(repository.entries(portfolio.id));
        rest.removeIf(e -> e.id() == id);
        try {
            HoldingsCalculator.checkNoOverdraw(rest);
        } catch (LedgerException e) {
            throw new InvalidInputException("id", "deleting this transaction would leave the ledger short: "
                    + e.getMessage());
        }
        entity.delete();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<TransactionView> find(long userId, long id) {
        PortfolioEntity portfolio = portfolios.defaultPortfolio(userId);
        return TransactionEntity.<TransactionEntity>find("portfolioId = ?1 and id = ?2", portfolio.id, id)
                .firstResultOptional().map(TransactionView::of);
    }

    /** The newest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<TransactionView> list(long userId, String symbol) {
        PortfolioEntity portfolio = portfolios.defaultPortfolio(userId);
        List<TransactionEntity> rows = symbol == null || symbol.isBlank()
                ? TransactionEntity.list("portfolioId = ?1 order by occurredAt desc, id desc", portfolio.id)
                : TransactionEntity.list("portfolioId = ?1 and asset.symbol = ?2 order by occurredAt desc, id desc",
                portfolio.id, symbol.trim().toUpperCase(Locale.ROOT));
        return rows.stream().map(TransactionView::of).toList();
    }

    /** Holdings and totals of the user's portfolio, valued at the latest prices. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public PortfolioSnapshot snapshot(long userId) {
        PortfolioEntity portfolio = portfolios.defaultPortfolio(userId);
        return HoldingsCalculator.compute(repository.entries(portfolio.id), portfolio.costMethod,
                repository.assets(), repository.latestQuotes());
    }

    private TransactionEntity owned(PortfolioEntity portfolio, long id) {
        return TransactionEntity.<TransactionEntity>find("portfolioId = ?1 and id = ?2", portfolio.id, id)
                .firstResultOptional()
                .orElseThrow(() -> new NotFoundException("no transaction " + id));
    }

    private void checkLedger(long portfolioId, LedgerEntry changed, Long replacedId) {
        List<LedgerEntry> entries = new ArrayList<>(repository.entries(portfolioId));
        if (replacedId != null) {
            entries.removeIf(e -> e.id() == replacedId);
        }
        entries.add(changed);
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

    private static LedgerEntry withId(LedgerEntry e, long id) {
        return new LedgerEntry(id, e.time(), e.type(), e.symbol(), e.account(), e.toAccount(), e.quantity(),
                e.price(), e.fee(), e.feeAsset(), e.note());
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
