package app.ballast.portfolio;

import app.ballast.domain.Money;
import app.ballast.domain.Quantity;
import app.ballast.domain.Tier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class HoldingTest {

    private static Holding withAccounts(Map<String, BigDecimal> byAccount, BigDecimal weight) {
        Money zero = Money.zero("USD");
        return new Holding("BTC", "Bitcoin", Tier.CORE, "Store of value", Quantity.of(BigDecimal.ONE, "BTC"),
                byAccount, zero, zero, null, null, zero, zero, zero, weight);
    }

    @Test
    void accountsAreSortedByNameAndCannotBeChanged() {
        Map<String, BigDecimal> byAccount = new HashMap<>();
        byAccount.put("Ledger", new BigDecimal("0.5"));
        byAccount.put("Binance", new BigDecimal("0.25"));
        byAccount.put("Kraken", new BigDecimal("0.25"));

        Holding holding = withAccounts(byAccount, BigDecimal.ZERO);
        byAccount.clear();

        assertEquals(List.of("Binance", "Kraken", "Ledger"), List.copyOf(holding.quantityByAccount().keySet()));
        assertThrows(UnsupportedOperationException.class,
                () -> holding.quantityByAccount().put("Cold", BigDecimal.ONE));
    }

    @Test
    void weightMustBeBetweenZeroAndOne() {
        assertThrows(IllegalArgumentException.class, () -> withAccounts(Map.of(), new BigDecimal("1.0000000001")));
        assertThrows(IllegalArgumentException.class, () -> withAccounts(Map.of(), new BigDecimal("-0.1")));
    }
}
