package app.ballast.web.ledger;

import app.ballast.domain.AccountKind;
import app.ballast.web.persistence.AccountEntity;
import app.ballast.web.persistence.TransactionEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import java.util.List;
import java.util.Locale;

/** A user's exchange accounts and wallets. */
@ApplicationScoped
@Transactional
public class AccountService {

    @jakarta.inject.Inject
    PortfolioService portfolios;

    /** An account with the number of transactions that use it. */
    public record AccountView(long id, String name, AccountKind kind, long transactions) {
        /** Only an account no transaction uses can be deleted. */
        public boolean deletable() {
            return transactions == 0;
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AccountView> list(long userId) {
        return AccountEntity.listOwned(userId).stream().map(this::view).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public AccountView get(long userId, long id) {
        return view(owned(userId, id));
    }

    public AccountView create(long userId, String name, String kind) {
        portfolios.lock(userId); // account writes are serialized with ledger writes: checks hold, no deadlock
        AccountEntity account = new AccountEntity();
        account.userId = userId;
        apply(userId, account, name, kind);
        account.persist();
        return view(account);
    }

    public AccountView update(long userId, long id, String name, String kind) {
        PortfolioService.Locked portfolio = portfolios.lock(userId);
        AccountEntity account = owned(userId, id);
        String before = account.name;
        apply(userId, account, name, kind);
        if (!before.equals(account.name)) {
            // The ledger names its accounts: a renamed account is a changed ledger.
            portfolios.bumpLedgerVersion(portfolio);
        }
        return view(account);
    }

    public void delete(long userId, long id) {
        portfolios.lock(userId);
        AccountEntity account = owned(userId, id);
        long used = uses(account);
        if (used > 0) {
            throw new InvalidInputException("id", "account \"" + account.name + "\" is used by " + used
                    + " transaction(s); delete or move them first");
        }
        account.delete();
    }

    private void apply(long userId, AccountEntity account, String name, String kind) {
        InvalidInputException.Collector errors = new InvalidInputException.Collector();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            errors.add("name", "name is required");
        } else if (trimmed.length() > 80) {
            errors.add("name", "name must be at most 80 characters");
        } else {
            AccountEntity.findByName(userId, trimmed)
                    .filter(other -> !other.id.equals(account.id))
                    .ifPresent(other -> errors.add("name", "you already have an account named \"" + trimmed + "\""));
        }
        AccountKind parsed = null;
        if (kind == null || kind.isBlank()) {
            errors.add("kind", "kind is required: EXCHANGE or WALLET");
        } else {
            try {
                parsed = AccountKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add("kind", "kind must be EXCHANGE or WALLET, was \"" + kind + "\"");
            }
        }
        errors.throwIfAny();
        account.name = trimmed;
        account.kind = parsed;
    }

    private static AccountEntity owned(long userId, long id) {
        return AccountEntity.findOwned(userId, id).orElseThrow(() -> new NotFoundException("no account " + id));
    }

    private AccountView view(AccountEntity account) {
        return new AccountView(account.id, account.name, account.kind, account.id == null ? 0 : uses(account));
    }

    private static long uses(AccountEntity account) {
        return TransactionEntity.count("account = ?1 or toAccount = ?1", account);
    }
}
