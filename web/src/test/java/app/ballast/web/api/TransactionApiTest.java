package app.ballast.web.api;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static app.ballast.web.api.ApiJson.assertAmount;
import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.errorOn;
import static app.ballast.web.api.ApiJson.findBy;
import static app.ballast.web.api.ApiJson.number;
import static app.ballast.web.api.ApiJson.object;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.support.TestUsers.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ledger's JSON API: record, list, read, correct and delete transactions. */
@QuarkusTest
class TransactionApiTest {

    /** The request body of issue 2, verbatim. */
    static final String ISSUE_EXAMPLE = """
            {"type": "BUY", "symbol": "BTC", "account": "Binance", "quantity": 0.5, "price": 60000, "fee": 1.2,
             "feeAsset": "USD", "time": "2024-03-01T10:00:00Z", "note": "why I bought"}""";

    @Test
    void theIssuesExampleIsStoredAndAnswered201WithItsId() {
        String user = TestUsers.signUp("tx-example");

        Response created = as(user).body(ISSUE_EXAMPLE).post("/api/transactions");

        assertEquals(201, created.statusCode(), created.asString());
        JsonNode body = read(created);
        long id = number(body, "id").longValueExact();
        assertTrue(id > 0, "id " + id);
        assertTrue(created.header("Location").endsWith("/api/transactions/" + id), created.header("Location"));
        assertStoredExample(body, id);

        Response fetched = as(user).get("/api/transactions/" + id);
        assertEquals(200, fetched.statusCode(), fetched.asString());
        assertStoredExample(read(fetched), id);
    }

    private static void assertStoredExample(JsonNode tx, long id) {
        assertEquals(id, number(tx, "id").longValueExact());
        assertEquals("BUY", tx.get("type").asText());
        assertEquals("BTC", tx.get("symbol").asText());
        assertEquals("Binance", tx.get("account").asText());
        assertTrue(tx.path("toAccount").isNull() || tx.path("toAccount").isMissingNode(), "no toAccount: " + tx);
        assertAmount(tx, "quantity", "0.5");
        assertAmount(tx, "price", "60000");
        assertAmount(tx, "fee", "1.2");
        assertEquals("USD", tx.get("feeAsset").asText());
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), Instant.parse(tx.get("time").asText()));
        assertEquals("why I bought", tx.get("note").asText());
    }

    @Test
    void anAccountNamedForTheFirstTimeIsCreatedOnceAsAnExchange() {
        String user = TestUsers.signUp("tx-account");
        assertEquals(0, elements(read(as(user).get("/api/accounts"))).size(), "a new user has no accounts");

        as(user).body(ISSUE_EXAMPLE).post("/api/transactions").then().statusCode(201);
        as(user).body(ISSUE_EXAMPLE).post("/api/transactions").then().statusCode(201);

        JsonNode accounts = read(as(user).get("/api/accounts"));
        assertEquals(1, elements(accounts).size(), "the same name is the same account: " + accounts);
        JsonNode binance = findBy(accounts, "name", "Binance");
        assertEquals("EXCHANGE", binance.get("kind").asText());
        assertEquals(2, number(binance, "transactions").intValueExact());
        long accountId = number(binance, "id").longValueExact();
        as(user).get("/api/accounts/" + accountId).then().statusCode(200);
    }

    @Test
    void feeFeeAssetNoteAndTimeAreOptional() {
        String user = TestUsers.signUp("tx-optional");
        Instant before = Instant.now().minusSeconds(5);

        Response created = as(user)
                .body(object("type", "BUY", "symbol", "ETH", "account", "Kraken", "quantity", dec("2"),
                        "price", dec("1500.25")))
                .post("/api/transactions");

        assertEquals(201, created.statusCode(), created.asString());
        JsonNode tx = read(created);
        assertAmount(tx, "quantity", "2");
        assertAmount(tx, "price", "1500.25");
        assertTrue(tx.path("fee").isNull(), "no fee: " + tx);
        assertTrue(tx.path("note").isNull(), "no note: " + tx);
        Instant time = Instant.parse(tx.get("time").asText());
        assertTrue(!time.isBefore(before) && !time.isAfter(Instant.now().plusSeconds(5)),
                "a missing time means now, was " + time);
    }

    @Test
    void eighteenDecimalsAndTwentyIntegerDigitsAreStoredExactly() {
        String user = TestUsers.signUp("tx-exact");
        String quantity = "12345678901234567890.123456789012345678"; // DECIMAL(38,18) full

        Response created = as(user)
                .body(object("type", "BUY", "symbol", "ETH", "account", "Kraken", "quantity", dec(quantity),
                        "price", dec("0.000000000000000001"), "time", "2024-01-01T00:00:00Z"))
                .post("/api/transactions");

        assertEquals(201, created.statusCode(), created.asString());
        long id = number(read(created), "id").longValueExact();
        JsonNode stored = read(as(user).get("/api/transactions/" + id));
        assertAmount(stored, "quantity", quantity);
        assertAmount(stored, "price", "0.000000000000000001");
        JsonNode eth = findBy(read(as(user).get("/api/holdings")).get("holdings"), "symbol", "ETH");
        assertAmount(eth, "quantity", quantity);
    }

    @Test
    void theListIsNewestFirstAndTheSymbolFilterKeepsOneAsset() {
        String user = TestUsers.signUp("tx-list");
        long first = post(user, "BUY", "BTC", "Kraken", "0.1", "30000", "2024-01-01T00:00:00Z");
        long second = post(user, "BUY", "ETH", "Kraken", "1", "2000", "2024-02-01T00:00:00Z");
        long third = post(user, "BUY", "BTC", "Kraken", "0.2", "40000", "2024-03-01T00:00:00Z");

        assertEquals(List.of(third, second, first), ids(as(user).get("/api/transactions")));
        assertEquals(List.of(third, first), ids(as(user).queryParam("symbol", "BTC").get("/api/transactions")));
        assertEquals(List.of(second), ids(as(user).queryParam("symbol", "eth").get("/api/transactions")));
        assertEquals(List.of(), ids(as(user).queryParam("symbol", "SOL").get("/api/transactions")));
        for (JsonNode tx : elements(read(as(user).queryParam("symbol", "BTC").get("/api/transactions")))) {
            assertEquals("BTC", tx.get("symbol").asText());
        }
    }

    @Test
    void editingATransactionChangesItAndTheHoldings() {
        String user = TestUsers.signUp("tx-edit");
        long id = post(user, "BUY", "BTC", "Kraken", "1", "100", "2024-01-01T00:00:00Z");
        JsonNode before = findBy(read(as(user).get("/api/holdings")).get("holdings"), "symbol", "BTC");
        assertAmount(before, "quantity", "1");
        assertAmount(before, "costBasis", "100");

        Response edited = as(user)
                .body(object("type", "BUY", "symbol", "BTC", "account", "Kraken", "quantity", dec("2"),
                        "price", dec("150"), "fee", dec("3"), "feeAsset", "USD", "time", "2024-01-02T00:00:00Z",
                        "note", "corrected"))
                .put("/api/transactions/" + id);

        assertEquals(200, edited.statusCode(), edited.asString());
        JsonNode tx = read(edited);
        assertEquals(id, number(tx, "id").longValueExact());
        assertAmount(tx, "quantity", "2");
        assertAmount(tx, "price", "150");
        assertEquals("corrected", tx.get("note").asText());
        JsonNode fetched = read(as(user).get("/api/transactions/" + id));
        assertAmount(fetched, "quantity", "2");
        assertEquals(Instant.parse("2024-01-02T00:00:00Z"), Instant.parse(fetched.get("time").asText()));
        assertEquals(1, elements(read(as(user).get("/api/transactions"))).size(), "an edit adds no row");

        JsonNode after = findBy(read(as(user).get("/api/holdings")).get("holdings"), "symbol", "BTC");
        assertAmount(after, "quantity", "2");
        assertAmount(after, "costBasis", "303"); // 2 × 150 + a USD fee of 3
        assertAmount(after, "averageCost", "151.5");
    }

    @Test
    void deletingATransactionAnswers204AndThenItIsGone() {
        String user = TestUsers.signUp("tx-delete");
        long kept = post(user, "BUY", "BTC", "Kraken", "1", "100", "2024-01-01T00:00:00Z");
        long deleted = post(user, "BUY", "BTC", "Kraken", "2", "200", "2024-01-02T00:00:00Z");

        as(user).delete("/api/transactions/" + deleted).then().statusCode(204);

        Response gone = as(user).get("/api/transactions/" + deleted);
        assertEquals(404, gone.statusCode(), gone.asString());
        errorOn(gone, "id");
        as(user).delete("/api/transactions/" + deleted).then().statusCode(404);
        as(user).body(object("type", "BUY", "symbol", "BTC", "account", "Kraken", "quantity", dec("1"),
                "price", dec("1"))).put("/api/transactions/" + deleted).then().statusCode(404);
        assertEquals(List.of(kept), ids(as(user).get("/api/transactions")));
        JsonNode btc = findBy(read(as(user).get("/api/holdings")).get("holdings"), "symbol", "BTC");
        assertAmount(btc, "quantity", "1");
        assertAmount(btc, "costBasis", "100");
    }

    @Test
    void deletingABuyThatALaterSellNeedsIsRefusedAndChangesNothing() {
        String user = TestUsers.signUp("tx-delete-needed");
        long firstBuy = post(user, "BUY", "BTC", "Kraken", "1", "100", "2024-01-01T00:00:00Z");
        long secondBuy = post(user, "BUY", "BTC", "Kraken", "1", "200", "2024-02-01T00:00:00Z");
        long sell = post(user, "SELL", "BTC", "Kraken", "1.5", "300", "2024-03-01T00:00:00Z");
        JsonNode holdingsBefore = read(as(user).get("/api/holdings"));

        Response refused = as(user).delete("/api/transactions/" + secondBuy);

        refusedOn(refused, "id");
        assertEquals(List.of(sell, secondBuy, firstBuy), ids(as(user).get("/api/transactions")));
        as(user).get("/api/transactions/" + secondBuy).then().statusCode(200);
        JsonNode holdingsAfter = read(as(user).get("/api/holdings"));
        assertEquals(holdingsBefore, holdingsAfter);
        JsonNode btc = findBy(holdingsAfter.get("holdings"), "symbol", "BTC");
        assertAmount(btc, "quantity", "0.5");
    }

    @Test
    void editingABuyBelowWhatALaterSellNeedsIsRefusedAndChangesNothing() {
        String user = TestUsers.signUp("tx-edit-needed");
        long buy = post(user, "BUY", "BTC", "Kraken", "1", "100", "2024-01-01T00:00:00Z");
        post(user, "SELL", "BTC", "Kraken", "0.8", "300", "2024-03-01T00:00:00Z");

        Response refused = as(user)
                .body(object("type", "BUY", "symbol", "BTC", "account", "Kraken", "quantity", dec("0.5"),
                        "price", dec("100"), "time", "2024-01-01T00:00:00Z"))
                .put("/api/transactions/" + buy);

        refusedOn(refused, "quantity");
        JsonNode stored = read(as(user).get("/api/transactions/" + buy));
        assertAmount(stored, "quantity", "1");
        JsonNode btc = findBy(read(as(user).get("/api/holdings")).get("holdings"), "symbol", "BTC");
        assertAmount(btc, "quantity", "0.2");
    }

    @Test
    void aTransferMovesUnitsBetweenAccountsWithoutChangingCost() {
        String user = TestUsers.signUp("tx-transfer");
        post(user, "BUY", "BTC", "Kraken", "1", "1000", "2024-01-01T00:00:00Z");

        Response transfer = as(user)
                .body(object("type", "TRANSFER", "symbol", "BTC", "account", "Kraken", "toAccount", "Cold wallet",
                        "quantity", dec("0.4"), "time", "2024-01-02T00:00:00Z"))
                .post("/api/transactions");

        assertEquals(201, transfer.statusCode(), transfer.asString());
        assertEquals("Cold wallet", read(transfer).get("toAccount").asText());
        JsonNode accounts = read(as(user).get("/api/accounts"));
        assertEquals(2, elements(accounts).size(), accounts.toString());
        findBy(accounts, "name", "Cold wallet");
        JsonNode btc = findBy(read(as(user).get("/api/holdings")).get("holdings"), "symbol", "BTC");
        assertAmount(btc, "quantity", "1");
        assertAmount(btc, "costBasis", "1000");
        assertAmount(btc.get("quantityByAccount"), "Kraken", "0.6");
        assertAmount(btc.get("quantityByAccount"), "Cold wallet", "0.4");
    }

    @Test
    void aTimeWithAnOffsetIsStoredAsTheSameInstantInUtc() {
        String user = TestUsers.signUp("tx-offset");
        long id = post(user, "BUY", "BTC", "Kraken", "1", "100", "2024-03-01T12:00:00+02:00");
        JsonNode tx = read(as(user).get("/api/transactions/" + id));
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), Instant.parse(tx.get("time").asText()));
    }

    @Test
    void anAccountNameInAnotherLetterCaseIsTheSameAccountForBuysAndSells() {
        // The database compares account names without regard to case (utf8mb4_unicode_ci), so
        // "kraken" finds the account "Kraken": a sell from it must see the coins bought there.
        String user = TestUsers.signUp("tx-case");
        post(user, "BUY", "BTC", "Kraken", "1", "100", "2024-01-01T00:00:00Z");
        long second = post(user, "BUY", "BTC", "kraken", "1", "100", "2024-01-02T00:00:00Z");
        assertEquals("Kraken", read(as(user).get("/api/transactions/" + second)).get("account").asText());
        assertEquals(1, elements(read(as(user).get("/api/accounts"))).size());

        Response sell = as(user)
                .body(object("type", "SELL", "symbol", "BTC", "account", "KRAKEN", "quantity", dec("1.5"),
                        "price", dec("200"), "time", "2024-01-03T00:00:00Z"))
                .post("/api/transactions");

        assertEquals(201, sell.statusCode(), sell.asString());
        assertEquals("Kraken", read(sell).get("account").asText());
        JsonNode btc = findBy(read(as(user).get("/api/holdings")).get("holdings"), "symbol", "BTC");
        assertAmount(btc, "quantity", "0.5");
    }

    @Test
    void anUnknownIdAnswers404WithTheErrorShape() {
        String user = TestUsers.signUp("tx-unknown");
        Response missing = as(user).get("/api/transactions/999999999");
        assertEquals(404, missing.statusCode(), missing.asString());
        errorOn(missing, "id");
        as(user).delete("/api/transactions/999999999").then().statusCode(404);
    }

    /** Records a transaction and returns its id. */
    static long post(String user, String type, String symbol, String account, String quantity, String price,
                     String time) {
        Response response = as(user)
                .body(object("type", type, "symbol", symbol, "account", account, "quantity", dec(quantity),
                        "price", dec(price), "fee", dec("0"), "time", time))
                .post("/api/transactions");
        assertEquals(201, response.statusCode(), response.asString());
        JsonNode tx = read(response);
        assertThat(number(tx, "quantity"), comparesEqualTo(dec(quantity)));
        assertThat(response.header("Location"), endsWith("/api/transactions/" + number(tx, "id")));
        return number(tx, "id").longValueExact();
    }

    static List<Long> ids(Response list) {
        assertEquals(200, list.statusCode(), list.asString());
        return elements(read(list)).stream().map(tx -> number(tx, "id").longValueExact()).toList();
    }
}
