package app.ballast.web.api;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import static app.ballast.web.api.ApiJson.contains;
import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.object;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Every bad input of issue 2 answers 400 with {@code {"errors": [{"field", "message"}]}} naming the
 * field to correct, and writes nothing: the user's transactions and accounts are counted through the
 * API and in the database before and after, and the account named only in the refused request
 * does not exist afterwards.
 */
@QuarkusTest
class TransactionValidationApiTest {

    /** Named only in refused requests: it must never be created. */
    static final String NEW_ACCOUNT = "Named only when refused";

    @Inject
    EntityManager em;

    @Test
    void aQuantityOfZeroIsRefusedOnQuantity() {
        assertRefusedAndNothingWritten(buy("quantity", dec("0")), "quantity");
    }

    @Test
    void aNegativeQuantityIsRefusedOnQuantity() {
        assertRefusedAndNothingWritten(buy("quantity", dec("-1")), "quantity");
    }

    @Test
    void aNegativePriceIsRefusedOnPrice() {
        assertRefusedAndNothingWritten(buy("price", dec("-1")), "price");
    }

    @Test
    void anUnknownSymbolIsRefusedOnSymbol() {
        assertRefusedAndNothingWritten(buy("symbol", "NOPE"), "symbol");
    }

    @Test
    void nineteenDecimalsInTheQuantityAreRefusedNotRounded() {
        assertRefusedAndNothingWritten(buy("quantity", dec("0.1234567890123456789")), "quantity");
    }

    @Test
    void twentyOneIntegerDigitsInTheQuantityAreRefused() {
        assertRefusedAndNothingWritten(buy("quantity", dec("123456789012345678901")), "quantity");
    }

    @Test
    void aTimeMoreThanADayInTheFutureIsRefusedOnTime() {
        String inTwoDays = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        assertRefusedAndNothingWritten(buy("time", inTwoDays), "time");
    }

    @Test
    void aTimeBeforeBitcoinIsRefusedOnTime() {
        assertRefusedAndNothingWritten(buy("time", "-10000-01-01T00:00:00Z"), "time");
        assertRefusedAndNothingWritten(buy("time", "2008-12-31T23:59:59Z"), "time");
    }

    @Test
    void anAbsurdExponentIsRefusedOnQuantityNotAServerError() {
        String body = "{\"type\": \"BUY\", \"symbol\": \"BTC\", \"account\": \"" + NEW_ACCOUNT + "\", "
                + "\"quantity\": 1E+999999999, \"price\": 60000, \"time\": \"2024-03-01T10:00:00Z\"}";
        assertRefusedAndNothingWritten(body, "quantity");
    }

    @Test
    void aLimitThatIsNotANumberIsRefusedOnLimit() {
        as(seededUser()).get("/api/transactions?limit=abc").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("limit"));
    }

    @Test
    void aTimeThatIsNotIsoIsRefusedOnTime() {
        assertRefusedAndNothingWritten(buy("time", "03/01/2024 10:00"), "time");
    }

    @Test
    void sellingMoreThanIsHeldIsRefusedOnQuantity() {
        // The account holds 1 BTC (see seededUser).
        String body = object("type", "SELL", "symbol", "BTC", "account", "Kraken", "quantity", dec("1.000000000000000001"),
                "price", dec("50000"), "time", "2024-06-01T00:00:00Z");
        assertRefusedAndNothingWritten(body, "quantity");
    }

    @Test
    void sellingFromAnAccountThatHoldsNothingIsRefusedOnQuantity() {
        String body = object("type", "SELL", "symbol", "BTC", "account", NEW_ACCOUNT, "quantity", dec("0.1"),
                "price", dec("50000"), "time", "2024-06-01T00:00:00Z");
        assertRefusedAndNothingWritten(body, "quantity");
    }

    @Test
    void anUnknownTypeIsRefusedOnType() {
        assertRefusedAndNothingWritten(buy("type", "SWAP"), "type");
    }

    @Test
    void aTransferWithoutToAccountIsRefusedOnToAccount() {
        String body = object("type", "TRANSFER", "symbol", "BTC", "account", "Kraken", "quantity", dec("0.5"),
                "time", "2024-06-01T00:00:00Z");
        assertRefusedAndNothingWritten(body, "toAccount");
    }

    @Test
    void aTransferToANewAccountOfMoreThanIsHeldCreatesNeitherAccount() {
        String body = object("type", "TRANSFER", "symbol", "BTC", "account", "Kraken", "toAccount", NEW_ACCOUNT,
                "quantity", dec("2"), "time", "2024-06-01T00:00:00Z");
        assertRefusedAndNothingWritten(body, "quantity");
    }

    @Test
    void malformedJsonIsRefusedOnBody() {
        assertRefusedAndNothingWritten("{\"type\": \"BUY\", \"symbol\": \"BTC\", \"account\": \"" + NEW_ACCOUNT
                + "\", \"quantity\": 0.5,", "body");
    }

    @Test
    void textWhereANumberBelongsIsRefusedOnThatField() {
        String body = """
                {"type": "BUY", "symbol": "BTC", "account": "%s", "quantity": "half a coin", "price": 60000,
                 "time": "2024-03-01T10:00:00Z"}""".formatted(NEW_ACCOUNT);
        assertRefusedAndNothingWritten(body, "quantity");
    }

    @Test
    void anEmptyBodyIsRefusedOnBody() {
        assertRefusedAndNothingWritten("", "body");
    }

    @Test
    void anUnknownFeeAssetIsRefusedOnFeeAsset() {
        assertRefusedAndNothingWritten(buy("fee", dec("1"), "feeAsset", "XYZ"), "feeAsset");
    }

    @Test
    void aMissingQuantityIsRefusedOnQuantity() {
        assertRefusedAndNothingWritten(buy("quantity", null), "quantity");
    }

    @Test
    void aBuyWithoutAPriceIsRefusedOnPrice() {
        assertRefusedAndNothingWritten(buy("price", null), "price");
    }

    @Test
    void nineteenDecimalsInThePriceAreRefusedOnPrice() {
        assertRefusedAndNothingWritten(buy("price", dec("60000.0000000000000000001")), "price");
    }

    @Test
    void aNegativeFeeIsRefusedOnFee() {
        assertRefusedAndNothingWritten(buy("fee", dec("-0.01")), "fee");
    }

    @Test
    void aMissingAccountIsRefusedOnAccount() {
        assertRefusedAndNothingWritten(buy("account", "   "), "account");
    }

    @Test
    void anAccountNameOverEightyCharactersIsRefusedOnAccount() {
        assertRefusedAndNothingWritten(buy("account", "A".repeat(81)), "account");
    }

    @Test
    void aDestinationOnABuyIsRefusedOnToAccount() {
        assertRefusedAndNothingWritten(buy("toAccount", "Elsewhere"), "toAccount");
    }

    @Test
    void aNoteOverTenThousandCharactersIsRefusedOnNote() {
        assertRefusedAndNothingWritten(buy("note", "n".repeat(10_001)), "note");
    }

    @Test
    void everyBadFieldOfOneRequestIsReportedAtOnce() {
        String user = seededUser();
        Counts before = counts(user);
        Response response = as(user).body(object("type", "SWAP", "symbol", "NOPE", "account", NEW_ACCOUNT,
                "quantity", dec("1"), "price", dec("1"), "time", "yesterday")).post("/api/transactions");
        refusedOn(response, "type");
        refusedOn(response, "symbol");
        refusedOn(response, "time");
        assertNothingWritten(user, before);
    }

    @Test
    void aTimeLessThanADayAheadIsAccepted() {
        // The control of the future-time case: the limit is a day, not "now".
        String user = seededUser();
        String inTwelveHours = Instant.now().plus(12, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS).toString();
        Response response = as(user).body(buy("time", inTwelveHours)).post("/api/transactions");
        assertEquals(201, response.statusCode(), response.asString());
        assertEquals(2, counts(user).apiTransactions());
    }

    @Test
    void eighteenDecimalsInTheQuantityAreAccepted() {
        // The control of the 19-decimals case.
        String user = seededUser();
        Response response = as(user).body(buy("quantity", dec("0.123456789012345678"))).post("/api/transactions");
        assertEquals(201, response.statusCode(), response.asString());
        ApiJson.assertAmount(read(response), "quantity", "0.123456789012345678");
    }

    @Test
    void anInvalidEditIsRefusedAndLeavesTheTransactionAsItWas() {
        String user = seededUser();
        long id = ApiJson.number(elements(read(as(user).get("/api/transactions"))).get(0), "id").longValueExact();
        Counts before = counts(user);

        Response response = as(user).body(buy("quantity", dec("-3"))).put("/api/transactions/" + id);

        refusedOn(response, "quantity");
        assertNothingWritten(user, before);
        ApiJson.assertAmount(read(as(user).get("/api/transactions/" + id)), "quantity", "1");
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** A valid BUY of 0.5 BTC into {@link #NEW_ACCOUNT}, with the given members replaced (null: left out). */
    private static String buy(Object... overrides) {
        java.util.Map<String, Object> fields = new java.util.LinkedHashMap<>();
        fields.put("type", "BUY");
        fields.put("symbol", "BTC");
        fields.put("account", NEW_ACCOUNT);
        fields.put("quantity", dec("0.5"));
        fields.put("price", dec("60000"));
        fields.put("time", "2024-03-01T10:00:00Z");
        for (int i = 0; i < overrides.length; i += 2) {
            if (overrides[i + 1] == null) {
                fields.remove((String) overrides[i]);
            } else {
                fields.put((String) overrides[i], overrides[i + 1]);
            }
        }
        Object[] flat = new Object[fields.size() * 2];
        int i = 0;
        for (var e : fields.entrySet()) {
            flat[i++] = e.getKey();
            flat[i++] = e.getValue();
        }
        return object(flat);
    }

    /** A fresh user holding 1 BTC in the account "Kraken": one transaction, one account. */
    private static String seededUser() {
        String user = TestUsers.signUp("refused");
        TransactionApiTest.post(user, "BUY", "BTC", "Kraken", "1", "40000", "2024-01-01T00:00:00Z");
        return user;
    }

    private void assertRefusedAndNothingWritten(String body, String field) {
        String user = seededUser();
        Counts before = counts(user);
        assertEquals(new Counts(1, 1, 1, 1), before, "the seeded user");

        Response response = as(user).body(body).post("/api/transactions");

        refusedOn(response, field);
        assertNothingWritten(user, before);
    }

    private void assertNothingWritten(String user, Counts before) {
        assertEquals(before, counts(user), "nothing may be written by a refused request");
        JsonNode accounts = read(as(user).get("/api/accounts"));
        assertFalse(contains(accounts, "name", NEW_ACCOUNT), "the refused request created an account: " + accounts);
    }

    record Counts(long apiTransactions, long apiAccounts, long dbTransactions, long dbAccounts) {
    }

    private Counts counts(String user) {
        Response transactions = as(user).get("/api/transactions");
        Response accounts = as(user).get("/api/accounts");
        assertEquals(200, transactions.statusCode());
        assertEquals(200, accounts.statusCode());
        long dbTransactions = countInDatabase("""
                select count(*) from ledger_transaction t
                join portfolio p on p.id = t.portfolio_id
                join app_user u on u.id = p.user_id
                where u.username = ?1""", user);
        long dbAccounts = countInDatabase("""
                select count(*) from account a join app_user u on u.id = a.user_id where u.username = ?1""", user);
        return new Counts(elements(read(transactions)).size(), elements(read(accounts)).size(), dbTransactions,
                dbAccounts);
    }

    private long countInDatabase(String sql, String user) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) em.createNativeQuery(sql).setParameter(1, user).getSingleResult()).longValue());
    }
}
