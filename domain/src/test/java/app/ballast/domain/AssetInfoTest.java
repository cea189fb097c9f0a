package app.ballast.domain;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AssetInfoTest {

    @Test
    void symbolsOfUpToFifteenUpperCaseLettersOrDigitsAreAccepted() {
        assertDoesNotThrow(() -> new AssetInfo("BTC", "Bitcoin", Tier.CORE, "Store of value", false));
        assertDoesNotThrow(() -> new AssetInfo("1INCH", "1inch", Tier.SATELLITE, "DeFi", false));
        assertDoesNotThrow(() -> new AssetInfo("ABCDEFGHIJKLMNO", "Long", Tier.SATELLITE, "Meme", false));
    }

    @Test
    void symbolsOutsideThePatternAreRefused() {
        for (String symbol : new String[] {"", "btc", "BTC-USD", "ABCDEFGHIJKLMNOP", " BTC"}) {
            LedgerException e = assertThrows(LedgerException.class,
                    () -> new AssetInfo(symbol, "Name", Tier.CORE, "Sector", false), symbol);
            assertEquals("symbol", e.field());
        }
    }

    @Test
    void nameTierAndSectorAreRequired() {
        assertEquals("name", assertThrows(LedgerException.class,
                () -> new AssetInfo("BTC", " ", Tier.CORE, "Store of value", false)).field());
        assertEquals("tier", assertThrows(LedgerException.class,
                () -> new AssetInfo("BTC", "Bitcoin", null, "Store of value", false)).field());
        assertEquals("sector", assertThrows(LedgerException.class,
                () -> new AssetInfo("BTC", "Bitcoin", Tier.CORE, null, false)).field());
    }
}
