package app.ballast.web.api;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.errorOn;
import static app.ballast.web.api.ApiJson.findBy;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared reference assets. */
@QuarkusTest
class AssetApiTest {

    /** The reference assets of migration V2, symbol → tier, sector, stablecoin. */
    static final List<List<Object>> REFERENCE = List.of(
            List.of("BTC", "CORE", "Store of value", false, "bitcoin"),
            List.of("ETH", "CORE", "Public chain", false, "ethereum"),
            List.of("SOL", "SATELLITE", "Public chain", false, "solana"),
            List.of("ADA", "SATELLITE", "Public chain", false, "cardano"),
            List.of("AVAX", "SATELLITE", "Public chain", false, "avalanche-2"),
            List.of("DOT", "SATELLITE", "Infrastructure", false, "polkadot"),
            List.of("ATOM", "SATELLITE", "Infrastructure", false, "cosmos"),
            List.of("MATIC", "SATELLITE", "Infrastructure", false, "matic-network"),
            List.of("LINK", "SATELLITE", "Infrastructure", false, "chainlink"),
            List.of("FIL", "SATELLITE", "Infrastructure", false, "filecoin"),
            List.of("UNI", "SATELLITE", "DeFi", false, "uniswap"),
            List.of("AAVE", "SATELLITE", "DeFi", false, "aave"),
            List.of("BNB", "SATELLITE", "Exchange token", false, "binancecoin"),
            List.of("FTT", "SATELLITE", "Exchange token", false, "ftx-token"),
            List.of("XRP", "SATELLITE", "Payments", false, "ripple"),
            List.of("LTC", "SATELLITE", "Payments", false, "litecoin"),
            List.of("DOGE", "SATELLITE", "Meme", false, "dogecoin"),
            List.of("LUNA", "SATELLITE", "Public chain", false, "terra-luna"),
            List.of("USDT", "SATELLITE", "Stablecoin", true, "tether"),
            List.of("USDC", "SATELLITE", "Stablecoin", true, "usd-coin"));

    @Test
    void theListHoldsTheTwentyReferenceAssetsWithBtcAndEthAsCore() {
        String user = TestUsers.signUp("assets");

        Response response = as(user).get("/api/assets");

        assertEquals(200, response.statusCode(), response.asString());
        JsonNode list = read(response);
        assertEquals(20, REFERENCE.size());
        for (List<Object> expected : REFERENCE) {
            JsonNode asset = findBy(list, "symbol", (String) expected.get(0));
            assertEquals(expected.get(1), asset.get("tier").asText(), asset.toString());
            assertEquals(expected.get(2), asset.get("sector").asText(), asset.toString());
            assertEquals(expected.get(3), asset.get("stablecoin").asBoolean(), asset.toString());
            assertEquals(expected.get(4), asset.get("priceFeedId").asText(), asset.toString());
            assertFalse(asset.get("name").asText().isBlank(), asset.toString());
        }
        assertEquals("Bitcoin", findBy(list, "symbol", "BTC").get("name").asText());
        Set<String> core = new TreeSet<>();
        for (JsonNode asset : elements(list)) {
            if (asset.get("tier").asText().equals("CORE")) {
                core.add(asset.get("symbol").asText());
            }
        }
        assertEquals(Set.of("BTC", "ETH"), core);
        assertTrue(elements(list).size() >= 20, "at least the reference assets: " + elements(list).size());
    }

    @Test
    void oneAssetIsReadBySymbolInAnyCase() {
        String user = TestUsers.signUp("asset-one");
        JsonNode btc = read(as(user).get("/api/assets/BTC"));
        assertEquals("BTC", btc.get("symbol").asText());
        assertEquals("CORE", btc.get("tier").asText());
        assertEquals("Bitcoin", btc.get("name").asText());
        assertEquals(btc, read(as(user).get("/api/assets/btc")));
        JsonNode usdc = read(as(user).get("/api/assets/USDC"));
        assertTrue(usdc.get("stablecoin").asBoolean());
    }

    @Test
    void anUnknownSymbolAnswers404() {
        String user = TestUsers.signUp("asset-nope");
        Response response = as(user).get("/api/assets/NOPE");
        assertEquals(404, response.statusCode(), response.asString());
        errorOn(response, "id");
    }
}
