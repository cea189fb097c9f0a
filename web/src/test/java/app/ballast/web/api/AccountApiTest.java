package app.ballast.web.api;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.errorOn;
import static app.ballast.web.api.ApiJson.findBy;
import static app.ballast.web.api.ApiJson.number;
import static app.ballast.web.api.ApiJson.object;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.api.TransactionApiTest.post;
import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A user's exchange accounts and wallets. */
@QuarkusTest
class AccountApiTest {

    @Test
    void creatingAnAccountAnswers201WithItsIdAndItIsListed() {
        String user = TestUsers.signUp("acc-create");

        Response created = as(user).body(object("name", "Trezor", "kind", "WALLET")).post("/api/accounts");

        assertEquals(201, created.statusCode(), created.asString());
        JsonNode account = read(created);
        long id = number(account, "id").longValueExact();
        assertTrue(created.header("Location").endsWith("/api/accounts/" + id), created.header("Location"));
        assertEquals("Trezor", account.get("name").asText());
        assertEquals("WALLET", account.get("kind").asText());
        assertEquals(0, number(account, "transactions").intValueExact());
        JsonNode fetched = read(as(user).get("/api/accounts/" + id));
        assertEquals(account, fetched);
        JsonNode list = read(as(user).get("/api/accounts"));
        assertEquals(1, elements(list).size());
        assertEquals(id, number(findBy(list, "name", "Trezor"), "id").longValueExact());

        Response exchange = as(user).body(object("name", "Bitstamp", "kind", "EXCHANGE")).post("/api/accounts");
        assertEquals(201, exchange.statusCode(), exchange.asString());
        assertEquals("EXCHANGE", read(exchange).get("kind").asText());
        assertEquals(2, elements(read(as(user).get("/api/accounts"))).size());
    }

    @Test
    void aDuplicateNameIsRefusedOnName() {
        String user = TestUsers.signUp("acc-dup");
        as(user).body(object("name", "Kraken", "kind", "EXCHANGE")).post("/api/accounts").then().statusCode(201);

        refusedOn(as(user).body(object("name", "Kraken", "kind", "WALLET")).post("/api/accounts"), "name");
        refusedOn(as(user).body(object("name", "  Kraken  ", "kind", "EXCHANGE")).post("/api/accounts"), "name");

        JsonNode list = read(as(user).get("/api/accounts"));
        assertEquals(1, elements(list).size(), list.toString());
        assertEquals("EXCHANGE", findBy(list, "name", "Kraken").get("kind").asText());
    }

    @Test
    void aBadOrMissingKindIsRefusedOnKind() {
        String user = TestUsers.signUp("acc-kind");
        refusedOn(as(user).body(object("name", "Bank", "kind", "BANK")).post("/api/accounts"), "kind");
        refusedOn(as(user).body(object("name", "Bank")).post("/api/accounts"), "kind");
        refusedOn(as(user).body(object("kind", "WALLET")).post("/api/accounts"), "name");
        refusedOn(as(user).body(object("name", "x".repeat(81), "kind", "WALLET")).post("/api/accounts"), "name");
        assertEquals(List.of(), elements(read(as(user).get("/api/accounts"))));
    }

    @Test
    void malformedJsonIsRefusedOnBody() {
        String user = TestUsers.signUp("acc-malformed");
        refusedOn(as(user).body("{\"name\": \"Half\", ").post("/api/accounts"), "body");
        assertEquals(List.of(), elements(read(as(user).get("/api/accounts"))));
    }

    @Test
    void renamingAnAccountShowsTheNewNameOnItsTransactions() {
        String user = TestUsers.signUp("acc-rename");
        long tx = post(user, "BUY", "BTC", "Old name", "1", "100", "2024-01-01T00:00:00Z");
        long id = number(findBy(read(as(user).get("/api/accounts")), "name", "Old name"), "id").longValueExact();

        Response renamed = as(user).body(object("name", "New name", "kind", "WALLET")).put("/api/accounts/" + id);

        assertEquals(200, renamed.statusCode(), renamed.asString());
        JsonNode account = read(renamed);
        assertEquals(id, number(account, "id").longValueExact());
        assertEquals("New name", account.get("name").asText());
        assertEquals("WALLET", account.get("kind").asText());
        assertEquals(1, number(account, "transactions").intValueExact());
        JsonNode list = read(as(user).get("/api/accounts"));
        assertEquals(1, elements(list).size());
        assertEquals("New name", read(as(user).get("/api/transactions/" + tx)).get("account").asText());
        JsonNode btc = findBy(read(as(user).get("/api/holdings")).get("holdings"), "symbol", "BTC");
        ApiJson.assertAmount(btc.get("quantityByAccount"), "New name", "1");
    }

    @Test
    void renamingToANameAlreadyTakenIsRefusedOnName() {
        String user = TestUsers.signUp("acc-rename-dup");
        as(user).body(object("name", "First", "kind", "EXCHANGE")).post("/api/accounts").then().statusCode(201);
        long second = number(read(as(user).body(object("name", "Second", "kind", "EXCHANGE"))
                .post("/api/accounts")), "id").longValueExact();

        refusedOn(as(user).body(object("name", "First", "kind", "EXCHANGE")).put("/api/accounts/" + second), "name");

        assertEquals("Second", read(as(user).get("/api/accounts/" + second)).get("name").asText());
        // Keeping its own name is no conflict.
        as(user).body(object("name", "Second", "kind", "WALLET")).put("/api/accounts/" + second)
                .then().statusCode(200);
    }

    @Test
    void deletingAnUnusedAccountAnswers204AndThenItIsGone() {
        String user = TestUsers.signUp("acc-delete");
        long id = number(read(as(user).body(object("name", "Unused", "kind", "WALLET")).post("/api/accounts")),
                "id").longValueExact();

        as(user).delete("/api/accounts/" + id).then().statusCode(204);

        Response gone = as(user).get("/api/accounts/" + id);
        assertEquals(404, gone.statusCode(), gone.asString());
        errorOn(gone, "id");
        as(user).delete("/api/accounts/" + id).then().statusCode(404);
        assertEquals(List.of(), elements(read(as(user).get("/api/accounts"))));
    }

    @Test
    void deletingAnAccountATransactionUsesIsRefusedAndItStays() {
        String user = TestUsers.signUp("acc-used");
        post(user, "BUY", "BTC", "Used", "1", "100", "2024-01-01T00:00:00Z");
        long id = number(findBy(read(as(user).get("/api/accounts")), "name", "Used"), "id").longValueExact();

        Response refused = as(user).delete("/api/accounts/" + id);

        assertEquals(400, refused.statusCode(), refused.asString());
        assertEquals(1, elements(read(refused).get("errors")).size());
        JsonNode account = read(as(user).get("/api/accounts/" + id));
        assertEquals("Used", account.get("name").asText());
        assertEquals(1, number(account, "transactions").intValueExact());
        assertEquals(1, elements(read(as(user).get("/api/transactions"))).size());
    }

    @Test
    void deletingTheDestinationOfATransferIsRefused() {
        String user = TestUsers.signUp("acc-used-dest");
        post(user, "BUY", "BTC", "Source", "1", "100", "2024-01-01T00:00:00Z");
        as(user).body(object("type", "TRANSFER", "symbol", "BTC", "account", "Source", "toAccount", "Destination",
                "quantity", dec("1"), "time", "2024-01-02T00:00:00Z")).post("/api/transactions").then().statusCode(201);
        long destination = number(findBy(read(as(user).get("/api/accounts")), "name", "Destination"), "id")
                .longValueExact();

        assertEquals(400, as(user).delete("/api/accounts/" + destination).statusCode());

        as(user).get("/api/accounts/" + destination).then().statusCode(200);
    }
}
