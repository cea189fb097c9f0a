package app.ballast.portfolio;

import app.ballast.domain.AssetInfo;
import app.ballast.domain.LedgerEntry;
import app.ballast.domain.Tier;
import app.ballast.domain.TransactionType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Writes a test ledger in the investor's words; each entry is one minute after the previous one. */
final class TestLedger {

    static final Instant START = Instant.parse("2024-03-01T10:00:00Z");

    static final Map<String, AssetInfo> ASSETS = Map.of(
            "BTC", new AssetInfo("BTC", "Bitcoin", Tier.CORE, "Store of value", false),
            "ETH", new AssetInfo("ETH", "Ethereum", Tier.CORE, "Public chain", false),
            "SOL", new AssetInfo("SOL", "Solana", Tier.SATELLITE, "Public chain", false),
            "BNB", new AssetInfo("BNB", "BNB", Tier.SATELLITE, "Exchange token", false),
            "DOGE", new AssetInfo("DOGE", "Dogecoin", Tier.SATELLITE, "Meme", false));

    private final List<LedgerEntry> entries = new ArrayList<>();

    static Instant minute(int n) {
        return START.plusSeconds(60L * n);
    }

    TestLedger buy(String symbol, String account, String quantity, String price) {
        return add(TransactionType.BUY, symbol, account, null, quantity, price, null, null);
    }

    TestLedger buy(String symbol, String account, String quantity, String price, String fee, String feeAsset) {
        return add(TransactionType.BUY, symbol, account, null, quantity, price, fee, feeAsset);
    }

    TestLedger sell(String symbol, String account, String quantity, String price) {
        return add(TransactionType.SELL, symbol, account, null, quantity, price, null, null);
    }

    TestLedger sell(String symbol, String account, String quantity, String price, String fee, String feeAsset) {
        return add(TransactionType.SELL, symbol, account, null, quantity, price, fee, feeAsset);
    }

    TestLedger deposit(String symbol, String account, String quantity, String price) {
        return add(TransactionType.DEPOSIT, symbol, account, null, quantity, price, null, null);
    }

    TestLedger stakingReward(String symbol, String account, String quantity, String price) {
        return add(TransactionType.STAKING_REWARD, symbol, account, null, quantity, price, null, null);
    }

    TestLedger withdraw(String symbol, String account, String quantity, String fee, String feeAsset) {
        return add(TransactionType.WITHDRAWAL, symbol, account, null, quantity, null, fee, feeAsset);
    }

    TestLedger fee(String symbol, String account, String quantity) {
        return add(TransactionType.FEE, symbol, account, null, quantity, null, null, null);
    }

    TestLedger transfer(String symbol, String from, String to, String quantity) {
        return add(TransactionType.TRANSFER, symbol, from, to, quantity, null, null, null);
    }

    TestLedger transfer(String symbol, String from, String to, String quantity, String fee, String feeAsset) {
        return add(TransactionType.TRANSFER, symbol, from, to, quantity, null, fee, feeAsset);
    }

    TestLedger add(TransactionType type, String symbol, String account, String toAccount, String quantity,
                   String price, String fee, String feeAsset) {
        int n = entries.size();
        entries.add(new LedgerEntry(n + 1, minute(n), type, symbol, account, toAccount, decimal(quantity),
                decimal(price), decimal(fee), feeAsset, null));
        return this;
    }

    List<LedgerEntry> entries() {
        return List.copyOf(entries);
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
