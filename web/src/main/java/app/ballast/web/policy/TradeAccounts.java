package app.ballast.web.policy;

import app.ballast.domain.AccountKind;
import app.ballast.domain.Scales;
import app.ballast.portfolio.Holding;
import app.ballast.web.persistence.AccountEntity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which of the investor's accounts a suggested trade goes through when they did not say: a buy
 * goes to the exchange account holding most of the asset (else their first exchange account); a
 * sell takes from exchange accounts before wallets, largest holding first.
 */
final class TradeAccounts {

    /** A part of a sell: the units one account gives. */
    record Leg(String account, BigDecimal quantity) {
    }

    private TradeAccounts() {
    }

    static String forBuy(AccountEntity preferred, Holding holding, List<AccountEntity> accounts) {
        if (preferred != null) {
            return preferred.name;
        }
        Map<String, AccountKind> kinds = kinds(accounts);
        if (holding != null) {
            Optional<String> best = holding.quantityByAccount().entrySet().stream()
                    .filter(e -> kinds.get(e.getKey()) != AccountKind.WALLET)
                    .max(Map.Entry.<String, BigDecimal>comparingByValue()
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey);
            if (best.isPresent()) {
                return best.get();
            }
        }
        return accounts.stream().filter(a -> a.kind == AccountKind.EXCHANGE).map(a -> a.name).findFirst()
                .orElse(accounts.isEmpty() ? "Exchange" : accounts.get(0).name);
    }

    /** The legs of a sell; their quantities add up to less than asked when not enough is held. */
    static List<Leg> forSell(AccountEntity preferred, Holding holding, List<AccountEntity> accounts,
                             BigDecimal quantity) {
        Map<String, BigDecimal> held = holding == null ? Map.of() : holding.quantityByAccount();
        Map<String, AccountKind> kinds = kinds(accounts);
        List<Map.Entry<String, BigDecimal>> sources = new ArrayList<>(held.entrySet());
        if (preferred != null) {
            sources.removeIf(e -> !e.getKey().equals(preferred.name));
        }
        sources.sort(Comparator.comparing((Map.Entry<String, BigDecimal> e) -> kinds.get(e.getKey()) == AccountKind.WALLET)
                .thenComparing(Map.Entry::getValue, Comparator.reverseOrder())
                .thenComparing(Map.Entry::getKey));
        List<Leg> legs = new ArrayList<>();
        BigDecimal left = quantity;
        for (Map.Entry<String, BigDecimal> source : sources) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = source.getValue().min(left);
            if (take.signum() > 0) {
                legs.add(new Leg(source.getKey(), Scales.compact(take)));
                left = left.subtract(take);
            }
        }
        return legs;
    }

    private static Map<String, AccountKind> kinds(List<AccountEntity> accounts) {
        Map<String, AccountKind> kinds = new HashMap<>();
        accounts.forEach(a -> kinds.put(a.name, a.kind));
        return kinds;
    }
}
