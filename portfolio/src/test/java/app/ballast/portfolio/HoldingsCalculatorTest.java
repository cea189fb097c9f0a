package app.ballast.portfolio;

import app.ballast.domain.CostMethod;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.LedgerException;
import app.ballast.domain.Money;
import app.ballast.domain.Quantity;
import app.ballast.domain.Quote;
import app.ballast.domain.TransactionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static app.ballast.domain.CostMethod.FIFO;
import static app.ballast.domain.CostMethod.MOVING_AVERAGE;
import static app.ballast.portfolio.TestLedger.ASSETS;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HoldingsCalculatorTest {

    private static final Instant QUOTE_TIME = Instant.parse("2024-06-01T00:00:00Z");

    // --- helpers -------------------------------------------------------------------------

    private static PortfolioSnapshot compute(TestLedger ledger, CostMethod method, Quote... quotes) {
        Map<String, Quote> bySymbol = new HashMap<>();
        for (Quote quote : quotes) {
            bySymbol.put(quote.symbol(), quote);
        }
        return HoldingsCalculator.compute(ledger.entries(), method, ASSETS, bySymbol);
    }

    private static Holding holding(PortfolioSnapshot snapshot, String symbol) {
        return snapshot.holdings().stream().filter(h -> h.symbol().equals(symbol)).findFirst()
                .orElseThrow(() -> new AssertionError("no holding of " + symbol));
    }

    private static Quote quote(String symbol, String price) {
        return new Quote(symbol, new BigDecimal(price), QUOTE_TIME);
    }

    private static Money usd(String amount) {
        return Money.usd(new BigDecimal(amount));
    }

    private static BigDecimal units(String amount) {
        return new BigDecimal(amount).setScale(18);
    }

    private static BigDecimal weight(String value) {
        return new BigDecimal(value).setScale(10);
    }

    private static void assertRefused(String field, String message, Executable computation) {
        LedgerException e = assertThrows(LedgerException.class, computation);
        assertAll(() -> assertEquals(field, e.field()), () -> assertEquals(message, e.getMessage()));
    }

    // --- cost basis ------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(CostMethod.class)
    void sellingEverythingLeavesCostBasisExactlyZero(CostMethod method) {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "1", "408")
                .buy("BTC", "Binance", "2", "400")
                .sell("BTC", "Binance", "3", "410");

        Holding btc = holding(compute(ledger, method, quote("BTC", "420")), "BTC");

        assertEquals(0, btc.costBasis().amount().compareTo(BigDecimal.ZERO));
        assertEquals(Money.usd(BigDecimal.ZERO), btc.costBasis());
        assertEquals(Quantity.zero("BTC"), btc.quantity());
        assertEquals(usd("0"), btc.averageCost());
        assertEquals(usd("22"), btc.realizedProfit());
    }

    @Test
    void partialSellsRemoveTheAverageCostRoundedHalfEven() {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "1", "408")
                .buy("BTC", "Binance", "2", "400")
                .sell("BTC", "Binance", "1", "410");

        Holding btc = holding(compute(ledger, MOVING_AVERAGE), "BTC");

        // 1208 / 3 = 402.666...; the sold unit takes 402.666666666666666667.
        assertEquals(usd("805.333333333333333333"), btc.costBasis());
        assertEquals(usd("7.333333333333333333"), btc.realizedProfit());
        assertEquals(usd("402.666666666666666666"), btc.averageCost());

        ledger.sell("BTC", "Binance", "2", "410");
        Holding closed = holding(compute(ledger, MOVING_AVERAGE), "BTC");
        assertEquals(usd("22"), closed.realizedProfit());
        assertEquals(usd("0"), closed.costBasis());
    }

    @Test
    void fifoAndMovingAverageRealizeDifferentProfitOnTheSameLedger() {
        TestLedger ledger = new TestLedger()
                .buy("ETH", "Binance", "1", "100")
                .buy("ETH", "Binance", "2", "130")
                .sell("ETH", "Binance", "1.5", "200");

        // Moving average: 360 for 3 units, the 1.5 sold carry 180.
        Holding average = holding(compute(ledger, MOVING_AVERAGE), "ETH");
        assertEquals(usd("120"), average.realizedProfit());
        assertEquals(usd("180"), average.costBasis());
        assertEquals(usd("120"), average.averageCost());

        // FIFO: the first lot (100) and half of the second (65) are sold.
        Holding fifo = holding(compute(ledger, FIFO), "ETH");
        assertEquals(usd("135"), fifo.realizedProfit());
        assertEquals(usd("195"), fifo.costBasis());
        assertEquals(usd("130"), fifo.averageCost());

        assertEquals(average.quantity(), fifo.quantity());
    }

    @Test
    void fifoConsumesTheOldestLotsAcrossSeveralSells() {
        TestLedger ledger = new TestLedger()
                .buy("SOL", "Binance", "10", "10")
                .buy("SOL", "Binance", "10", "20")
                .buy("SOL", "Binance", "10", "30")
                .sell("SOL", "Binance", "5", "25")
                .sell("SOL", "Binance", "10", "25");

        Holding sol = holding(compute(ledger, FIFO), "SOL");

        // Sold: 5 @ 10 for 125, then 5 @ 10 and 5 @ 20 for 250. Left: 5 @ 20 and 10 @ 30.
        assertEquals(usd("175"), sol.realizedProfit());
        assertEquals(usd("400"), sol.costBasis());
        assertEquals(Quantity.of(new BigDecimal("15"), "SOL"), sol.quantity());
    }

    @ParameterizedTest
    @EnumSource(CostMethod.class)
    void realizedPlusUnrealizedIsWhatCameBackPlusWhatIsLeftMinusWhatWasPaid(CostMethod method) {
        TestLedger ledger = new TestLedger()
                .buy("ETH", "Binance", "1", "100")
                .buy("ETH", "Binance", "2", "130")
                .sell("ETH", "Binance", "1.5", "200");

        Holding eth = holding(compute(ledger, method, quote("ETH", "210")), "ETH");

        // Paid 360, got 300 back, 1.5 left worth 315: 255 either way, split differently.
        assertEquals(usd("315"), eth.marketValue());
        assertEquals(usd("255"), eth.realizedProfit().plus(eth.unrealizedProfit()));
        assertEquals(eth.marketValue().minus(eth.costBasis()), eth.unrealizedProfit());
    }

    // --- fees ------------------------------------------------------------------------------

    @Test
    void usdFeesAddToTheCostOfABuyAndReduceTheProceedsOfASell() {
        TestLedger ledger = new TestLedger()
                .buy("ETH", "Binance", "2", "1500", "10", "USD")
                .sell("ETH", "Binance", "1", "1600", "5", null);

        Holding eth = holding(compute(ledger, MOVING_AVERAGE), "ETH");

        // Cost 3010 for 2: 1505 each. Realized 1600 - 5 - 1505.
        assertEquals(usd("1505"), eth.costBasis());
        assertEquals(usd("1505"), eth.averageCost());
        assertEquals(usd("90"), eth.realizedProfit());
    }

    @Test
    void aFeeInTheBoughtCoinLeavesFewerCoinsForTheSameCost() {
        TestLedger ledger = new TestLedger().buy("BTC", "Binance", "1", "40000", "0.001", "BTC");

        Holding btc = holding(compute(ledger, MOVING_AVERAGE), "BTC");

        assertEquals(Quantity.of(new BigDecimal("0.999"), "BTC"), btc.quantity());
        assertEquals(usd("40000"), btc.costBasis());
        assertEquals(usd("40040.040040040040040040"), btc.averageCost());
        assertEquals(usd("0"), btc.realizedProfit());
    }

    @ParameterizedTest
    @EnumSource(CostMethod.class)
    void aFeeInTheSoldCoinAlsoLeavesAndItsCostIsALoss(CostMethod method) {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "2", "100")
                .sell("BTC", "Binance", "1", "150", "0.1", "BTC");

        Holding btc = holding(compute(ledger, method), "BTC");

        // 150 - 100 for the unit sold, minus the 10 the fee's 0.1 BTC had cost.
        assertEquals(Quantity.of(new BigDecimal("0.9"), "BTC"), btc.quantity());
        assertEquals(usd("90"), btc.costBasis());
        assertEquals(usd("40"), btc.realizedProfit());
    }

    @ParameterizedTest
    @EnumSource(CostMethod.class)
    void aFeeInAThirdCoinComesOutOfThatCoinAsARealizedLoss(CostMethod method) {
        TestLedger ledger = new TestLedger()
                .deposit("BNB", "Binance", "1", "300")
                .buy("BTC", "Binance", "1", "100", "0.01", "BNB")
                .sell("BTC", "Binance", "0.5", "200", "0.01", "BNB");

        PortfolioSnapshot snapshot = compute(ledger, method);

        Holding btc = holding(snapshot, "BTC");
        assertEquals(usd("50"), btc.costBasis());
        assertEquals(usd("50"), btc.realizedProfit());
        Holding bnb = holding(snapshot, "BNB");
        assertEquals(Quantity.of(new BigDecimal("0.98"), "BNB"), bnb.quantity());
        assertEquals(usd("294"), bnb.costBasis());
        assertEquals(usd("-6"), bnb.realizedProfit());
    }

    @Test
    void aFeeInACoinTheAccountDoesNotHoldIsRefused() {
        TestLedger ledger = new TestLedger()
                .deposit("BNB", "Binance", "1", "300")
                .buy("BTC", "Kraken", "1", "100", "0.01", "BNB");

        assertRefused("quantity", "cannot pay a fee of 0.01 BNB from Kraken on 2024-03-01T10:01:00Z: it holds 0",
                () -> compute(ledger, MOVING_AVERAGE));
    }

    @Test
    void aSellWhoseFeeInTheSoldCoinWouldOverdrawIsRefused() {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "1", "100")
                .sell("BTC", "Binance", "1", "150", "0.1", "BTC");

        assertRefused("quantity",
                "cannot sell 1 BTC plus a fee of 0.1 BTC from Binance on 2024-03-01T10:01:00Z: it holds 1",
                () -> HoldingsCalculator.checkNoOverdraw(ledger.entries()));
    }

    // --- other transaction types -----------------------------------------------------------

    @Test
    void depositsAndStakingRewardsComeInAtTheirPriceOrForFree() {
        TestLedger ledger = new TestLedger()
                .deposit("ETH", "Ledger", "2", "1000")
                .stakingReward("ETH", "Ledger", "0.1", null)
                .stakingReward("ETH", "Ledger", "0.1", "2000");

        Holding eth = holding(compute(ledger, MOVING_AVERAGE), "ETH");

        assertEquals(Quantity.of(new BigDecimal("2.2"), "ETH"), eth.quantity());
        assertEquals(usd("2200"), eth.costBasis());
        assertEquals(usd("1000"), eth.averageCost());
        assertEquals(usd("0"), eth.realizedProfit());
    }

    @Test
    void aWithdrawalLeavesAtCostAndOnlyItsFeeIsALoss() {
        TestLedger ledger = new TestLedger()
                .buy("SOL", "Binance", "4", "25")
                .withdraw("SOL", "Binance", "1", "0.5", "USD");

        Holding sol = holding(compute(ledger, MOVING_AVERAGE), "SOL");

        assertEquals(Quantity.of(new BigDecimal("3"), "SOL"), sol.quantity());
        assertEquals(usd("75"), sol.costBasis());
        assertEquals(usd("-0.5"), sol.realizedProfit());
    }

    @Test
    void aFeeTransactionIsARealizedLossAtCost() {
        TestLedger ledger = new TestLedger()
                .buy("ETH", "Binance", "2", "1500")
                .fee("ETH", "Binance", "0.01");

        Holding eth = holding(compute(ledger, MOVING_AVERAGE), "ETH");

        assertEquals(Quantity.of(new BigDecimal("1.99"), "ETH"), eth.quantity());
        assertEquals(usd("2985"), eth.costBasis());
        assertEquals(usd("-15"), eth.realizedProfit());
    }

    @Test
    void aTransferMovesCoinsButKeepsTheirCost() {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "1", "40000")
                .transfer("BTC", "Binance", "Ledger", "0.25")
                .transfer("BTC", "Ledger", "Cold", "0.05", "2", "USD");

        Holding btc = holding(compute(ledger, MOVING_AVERAGE), "BTC");

        assertEquals(Quantity.of(BigDecimal.ONE, "BTC"), btc.quantity());
        assertEquals(List.of("Binance", "Cold", "Ledger"), List.copyOf(btc.quantityByAccount().keySet()));
        assertEquals(units("0.75"), btc.quantityByAccount().get("Binance"));
        assertEquals(units("0.2"), btc.quantityByAccount().get("Ledger"));
        assertEquals(units("0.05"), btc.quantityByAccount().get("Cold"));
        assertEquals(usd("40000"), btc.costBasis());
        assertEquals(usd("-2"), btc.realizedProfit());
    }

    @ParameterizedTest
    @EnumSource(CostMethod.class)
    void aTransferFeeInTheMovedCoinLeavesTheSourceAccountAsALoss(CostMethod method) {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "1", "40000")
                .transfer("BTC", "Binance", "Ledger", "0.5", "0.0001", "BTC");

        Holding btc = holding(compute(ledger, method), "BTC");

        assertEquals(units("0.4999"), btc.quantityByAccount().get("Binance"));
        assertEquals(units("0.5"), btc.quantityByAccount().get("Ledger"));
        assertEquals(usd("39996"), btc.costBasis());
        assertEquals(usd("-4"), btc.realizedProfit());
    }

    @Test
    void accountsEmptiedByATransferAreNotListed() {
        TestLedger ledger = new TestLedger()
                .buy("ETH", "Binance", "3", "1000")
                .transfer("ETH", "Binance", "Ledger", "3");

        Holding eth = holding(compute(ledger, MOVING_AVERAGE), "ETH");

        assertEquals(Map.of("Ledger", units("3")), eth.quantityByAccount());
    }

    // --- exactness -------------------------------------------------------------------------

    @Test
    void tenThousandTransfersOfATenThousandthAddUpToExactlyOne() {
        TestLedger ledger = new TestLedger().deposit("BTC", "Binance", "2", "100");
        for (int i = 0; i < 10_000; i++) {
            ledger.transfer("BTC", "Binance", "Ledger", "0.0001");
        }

        Holding btc = holding(compute(ledger, MOVING_AVERAGE), "BTC");

        assertEquals(units("1"), btc.quantityByAccount().get("Ledger"));
        assertEquals(units("1"), btc.quantityByAccount().get("Binance"));
        assertEquals(Quantity.of(new BigDecimal("2"), "BTC"), btc.quantity());
        assertEquals(usd("200"), btc.costBasis());
    }

    @Test
    void tenThousandDepositsOfATenThousandthAddUpToExactlyOne() {
        TestLedger ledger = new TestLedger();
        for (int i = 0; i < 10_000; i++) {
            ledger.deposit("ETH", "Ledger", "0.0001", "3");
        }

        Holding eth = holding(compute(ledger, FIFO), "ETH");

        assertEquals(Quantity.of(BigDecimal.ONE, "ETH"), eth.quantity());
        assertEquals(0, eth.quantity().amount().compareTo(BigDecimal.ONE));
        assertEquals(usd("3"), eth.costBasis());
    }

    // --- closed positions and order --------------------------------------------------------

    @Test
    void aClosedPositionIsListedWithItsRealizedProfitAndNothingElse() {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "1", "408")
                .buy("BTC", "Binance", "2", "400")
                .sell("BTC", "Binance", "3", "410")
                .buy("ETH", "Binance", "1", "2000");

        PortfolioSnapshot snapshot = compute(ledger, MOVING_AVERAGE, quote("BTC", "420"), quote("ETH", "2000"));

        Holding btc = holding(snapshot, "BTC");
        assertEquals(Map.of(), btc.quantityByAccount());
        assertEquals(usd("0"), btc.marketValue());
        assertEquals(usd("0"), btc.unrealizedProfit());
        assertEquals(weight("0"), btc.weight());
        assertEquals(List.of("ETH", "BTC"), snapshot.holdings().stream().map(Holding::symbol).toList());
        assertEquals(List.of("ETH"), snapshot.byAsset().stream().map(Allocation::key).toList());
    }

    @Test
    void aPositionThatLeftAtCostWithoutProfitIsNotListed() {
        TestLedger ledger = new TestLedger()
                .deposit("SOL", "Ledger", "5", null)
                .withdraw("SOL", "Ledger", "5", null, null);

        assertEquals(List.of(), compute(ledger, MOVING_AVERAGE).holdings());
    }

    @ParameterizedTest
    @EnumSource(CostMethod.class)
    void theResultDoesNotDependOnTheOrderOfTheEntries(CostMethod method) {
        TestLedger ledger = new TestLedger()
                .deposit("BNB", "Binance", "2", "250")
                .buy("BTC", "Binance", "0.5", "30000", "0.01", "BNB")
                .buy("ETH", "Binance", "4", "1800", "3", "USD")
                .transfer("BTC", "Binance", "Ledger", "0.2", "0.0001", "BTC")
                .buy("BTC", "Binance", "0.3", "35000", "0.001", "BTC")
                .sell("ETH", "Binance", "1.5", "2100")
                .stakingReward("ETH", "Binance", "0.01", "2000")
                .sell("BTC", "Binance", "0.4", "40000", "0.01", "BNB")
                .withdraw("ETH", "Binance", "0.5", "1", "USD")
                .fee("BNB", "Binance", "0.1")
                .sell("BTC", "Ledger", "0.1999", "41000");
        Map<String, Quote> quotes = Map.of("BTC", quote("BTC", "42000"), "ETH", quote("ETH", "2200"));
        List<LedgerEntry> inOrder = ledger.entries();
        PortfolioSnapshot expected = HoldingsCalculator.compute(inOrder, method, ASSETS, quotes);

        List<LedgerEntry> reversed = new ArrayList<>(inOrder);
        Collections.reverse(reversed);
        List<LedgerEntry> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(7));

        assertEquals(expected, HoldingsCalculator.compute(reversed, method, ASSETS, quotes));
        assertEquals(expected, HoldingsCalculator.compute(shuffled, method, ASSETS, quotes));
    }

    @Test
    void entriesAtTheSameTimeAreAppliedInIdOrder() {
        Instant time = Instant.parse("2024-03-01T10:00:00Z");
        LedgerEntry sell = new LedgerEntry(2, time, TransactionType.SELL, "BTC", "Binance", null,
                BigDecimal.ONE, new BigDecimal("110"), null, null, null);
        LedgerEntry buy = new LedgerEntry(1, time, TransactionType.BUY, "BTC", "Binance", null,
                BigDecimal.ONE, new BigDecimal("100"), null, null, null);

        PortfolioSnapshot snapshot = HoldingsCalculator.compute(List.of(sell, buy), MOVING_AVERAGE, ASSETS, Map.of());

        assertEquals(usd("10"), holding(snapshot, "BTC").realizedProfit());
    }

    // --- overdraw --------------------------------------------------------------------------

    @Test
    void sellingMoreThanTheAccountHoldsIsRefused() {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "2", "100")
                .sell("BTC", "Binance", "3", "110");

        assertRefused("quantity", "cannot sell 3 BTC from Binance on 2024-03-01T10:01:00Z: it holds 2",
                () -> compute(ledger, MOVING_AVERAGE));
        assertRefused("quantity", "cannot sell 3 BTC from Binance on 2024-03-01T10:01:00Z: it holds 2",
                () -> HoldingsCalculator.checkNoOverdraw(ledger.entries()));
    }

    @Test
    void coinsBoughtOnOneAccountCannotBeSoldFromAnother() {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "2", "100")
                .sell("BTC", "Kraken", "1", "110");

        assertRefused("quantity", "cannot sell 1 BTC from Kraken on 2024-03-01T10:01:00Z: it holds 0",
                () -> HoldingsCalculator.checkNoOverdraw(ledger.entries()));
    }

    @Test
    void aSellBeforeTheBuyIsRefusedWhateverTheListOrder() {
        List<LedgerEntry> entries = List.of(
                new LedgerEntry(1, TestLedger.minute(5), TransactionType.BUY, "BTC", "Binance", null,
                        BigDecimal.ONE, new BigDecimal("100"), null, null, null),
                new LedgerEntry(2, TestLedger.minute(1), TransactionType.SELL, "BTC", "Binance", null,
                        BigDecimal.ONE, new BigDecimal("100"), null, null, null));

        assertRefused("quantity", "cannot sell 1 BTC from Binance on 2024-03-01T10:01:00Z: it holds 0",
                () -> HoldingsCalculator.checkNoOverdraw(entries));
    }

    @Test
    void withdrawalsTransfersAndFeesCannotOverdrawEither() {
        assertRefused("quantity", "cannot withdraw 1.5 ETH from Binance on 2024-03-01T10:01:00Z: it holds 1",
                () -> HoldingsCalculator.checkNoOverdraw(
                        oneEthOnBinance().withdraw("ETH", "Binance", "1.5", null, null).entries()));
        assertRefused("quantity", "cannot transfer 2 ETH from Binance on 2024-03-01T10:01:00Z: it holds 1",
                () -> HoldingsCalculator.checkNoOverdraw(
                        oneEthOnBinance().transfer("ETH", "Binance", "Ledger", "2").entries()));
        assertRefused("quantity", "cannot pay a fee of 0.01 ETH from Ledger on 2024-03-01T10:01:00Z: it holds 0",
                () -> HoldingsCalculator.checkNoOverdraw(oneEthOnBinance().fee("ETH", "Ledger", "0.01").entries()));
    }

    private static TestLedger oneEthOnBinance() {
        return new TestLedger().buy("ETH", "Binance", "1", "100");
    }

    @Test
    void sellingExactlyWhatIsHeldIsAllowed() {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "0.000000000000000003", "100")
                .sell("BTC", "Binance", "0.000000000000000003", "100");

        assertDoesNotThrow(() -> HoldingsCalculator.checkNoOverdraw(ledger.entries()));
    }

    @Test
    void anAssetThatIsNotKnownIsRefused() {
        TestLedger ledger = new TestLedger().buy("PEPE", "Binance", "1000", "0.001");

        assertRefused("symbol",
                "unknown asset PEPE in the transaction of 2024-03-01T10:00:00Z: add it to the assets first",
                () -> compute(ledger, MOVING_AVERAGE));
    }

    @Test
    void aFeeAssetThatIsNotKnownIsRefused() {
        TestLedger ledger = new TestLedger().buy("BTC", "Binance", "1", "100", "1", "CRO");

        assertRefused("feeAsset",
                "unknown fee asset CRO in the transaction of 2024-03-01T10:00:00Z: add it to the assets first",
                () -> compute(ledger, MOVING_AVERAGE));
    }

    // --- valuation and allocation ----------------------------------------------------------

    @Test
    void holdingsAreValuedAtTheirQuotesAndAllocatedByTierSectorAndAsset() {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "0.01", "50000")
                .buy("ETH", "Binance", "0.1", "2000")
                .buy("SOL", "Binance", "10", "10")
                .buy("DOGE", "Binance", "100", "0.1");

        PortfolioSnapshot snapshot = compute(ledger, MOVING_AVERAGE,
                quote("BTC", "60000"), quote("ETH", "3000"), quote("SOL", "10"));

        assertEquals(List.of("BTC", "ETH", "SOL", "DOGE"),
                snapshot.holdings().stream().map(Holding::symbol).toList());
        Holding btc = holding(snapshot, "BTC");
        assertEquals(usd("60000"), btc.price());
        assertEquals(QUOTE_TIME, btc.priceTime());
        assertEquals(usd("600"), btc.marketValue());
        assertEquals(usd("100"), btc.unrealizedProfit());
        assertEquals(weight("0.6"), btc.weight());
        assertEquals("Bitcoin", btc.name());

        Holding doge = holding(snapshot, "DOGE");
        assertNull(doge.price());
        assertNull(doge.priceTime());
        assertEquals(usd("0"), doge.marketValue());
        assertEquals(usd("0"), doge.unrealizedProfit());
        assertEquals(usd("10"), doge.costBasis());
        assertEquals(weight("0"), doge.weight());

        assertEquals(new Totals(usd("1000"), usd("810"), usd("200"), usd("0")), snapshot.totals());
        assertEquals(List.of(
                new Allocation("CORE", usd("900"), weight("0.9")),
                new Allocation("SATELLITE", usd("100"), weight("0.1"))), snapshot.byTier());
        assertEquals(List.of(
                new Allocation("Store of value", usd("600"), weight("0.6")),
                new Allocation("Public chain", usd("400"), weight("0.4"))), snapshot.bySector());
        assertEquals(List.of(
                new Allocation("BTC", usd("600"), weight("0.6")),
                new Allocation("ETH", usd("300"), weight("0.3")),
                new Allocation("SOL", usd("100"), weight("0.1"))), snapshot.byAsset());
    }

    @Test
    void weightsAreRoundedHalfEvenToTenDecimals() {
        TestLedger ledger = new TestLedger()
                .buy("BTC", "Binance", "2", "1")
                .buy("ETH", "Binance", "1", "1");

        PortfolioSnapshot snapshot = compute(ledger, MOVING_AVERAGE, quote("BTC", "1"), quote("ETH", "1"));

        assertEquals(weight("0.6666666667"), holding(snapshot, "BTC").weight());
        assertEquals(weight("0.3333333333"), holding(snapshot, "ETH").weight());
    }

    @Test
    void holdingsOfEqualValueAreSortedBySymbol() {
        TestLedger ledger = new TestLedger()
                .buy("SOL", "Binance", "1", "100")
                .buy("ETH", "Binance", "1", "100")
                .buy("BTC", "Binance", "1", "100");

        PortfolioSnapshot snapshot = compute(ledger, FIFO,
                quote("SOL", "100"), quote("ETH", "100"), quote("BTC", "100"));

        assertEquals(List.of("BTC", "ETH", "SOL"), snapshot.holdings().stream().map(Holding::symbol).toList());
        assertEquals(List.of("BTC", "ETH", "SOL"), snapshot.byAsset().stream().map(Allocation::key).toList());
    }

    @Test
    void anEmptyLedgerIsAnEmptyPortfolio() {
        PortfolioSnapshot snapshot = compute(new TestLedger(), MOVING_AVERAGE);

        assertTrue(snapshot.holdings().isEmpty());
        assertEquals(new Totals(usd("0"), usd("0"), usd("0"), usd("0")), snapshot.totals());
        assertTrue(snapshot.byTier().isEmpty());
    }
}
