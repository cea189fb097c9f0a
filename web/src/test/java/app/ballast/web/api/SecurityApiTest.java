package app.ballast.web.api;

import app.ballast.web.persistence.UserEntity;
import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static app.ballast.web.api.ApiJson.assertAmount;
import static app.ballast.web.api.ApiJson.contains;
import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.errorOn;
import static app.ballast.web.api.ApiJson.findBy;
import static app.ballast.web.api.ApiJson.number;
import static app.ballast.web.api.ApiJson.object;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.api.TransactionApiTest.ids;
import static app.ballast.web.api.TransactionApiTest.post;
import static app.ballast.web.support.TestUsers.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sign-in, sign-up and the wall between users. */
@QuarkusTest
class SecurityApiTest {

    static final List<String> API_READS = List.of("/api/transactions", "/api/accounts", "/api/holdings",
            "/api/portfolio", "/api/assets", "/api/assets/BTC", "/api/transactions/1", "/api/accounts/1");

    @Test
    void theApiWithoutCredentialsAnswers401() {
        for (String path : API_READS) {
            given().redirects().follow(false).get(path).then().statusCode(401);
        }
        given().redirects().follow(false).contentType(ContentType.JSON).body(TransactionApiTest.ISSUE_EXAMPLE)
                .post("/api/transactions").then().statusCode(401);
        given().redirects().follow(false).delete("/api/transactions/1").then().statusCode(401);
    }

    @Test
    void aJsonClientWritesWithHttpBasicAloneWithoutACsrfToken() {
        // The API is for other tools: JSON and HTTP Basic, no cookies, no CSRF token (those are for forms).
        String username = "sec-json-" + System.nanoTime();
        Response signup = given().contentType(ContentType.JSON)
                .body(object("username", username, "password", TestUsers.PASSWORD)).post("/api/signup");
        assertEquals(201, signup.statusCode(), "POST /api/signup answered " + signup.statusCode() + " "
                + signup.contentType() + " \"" + signup.asString() + "\"");
        Response created = as(username).body(TransactionApiTest.ISSUE_EXAMPLE).post("/api/transactions");
        assertEquals(201, created.statusCode(), "POST /api/transactions answered " + created.statusCode() + " \""
                + created.asString() + "\"");
        long id = number(read(created), "id").longValueExact();
        Response deleted = as(username).delete("/api/transactions/" + id);
        assertEquals(204, deleted.statusCode(), "DELETE answered " + deleted.statusCode() + " \""
                + deleted.asString() + "\"");
    }

    @Test
    void aWrongPasswordOrAnUnknownUserAnswers401() {
        String user = TestUsers.signUp("sec-wrong");
        given().auth().preemptive().basic(user, TestUsers.PASSWORD + "x").redirects().follow(false)
                .get("/api/holdings").then().statusCode(401);
        given().auth().preemptive().basic("no-such-user-" + System.nanoTime(), TestUsers.PASSWORD)
                .redirects().follow(false).get("/api/holdings").then().statusCode(401);
        given().auth().preemptive().basic("demo", "wrong").redirects().follow(false)
                .body(TransactionApiTest.ISSUE_EXAMPLE).contentType(ContentType.JSON)
                .post("/api/transactions").then().statusCode(401);
        as(user).get("/api/holdings").then().statusCode(200);
    }

    @Test
    void theDemoUserSignsInWithDemoDemo() {
        given().auth().preemptive().basic("demo", "demo").get("/api/accounts").then().statusCode(200);
    }

    @Test
    void aUserCannotReadChangeOrDeleteAnotherUsersTransaction() {
        String owner = TestUsers.signUp("sec-owner");
        String other = TestUsers.signUp("sec-other");
        long id = post(owner, "BUY", "BTC", "Private", "1", "100", "2024-01-01T00:00:00Z");
        JsonNode original = read(as(owner).get("/api/transactions/" + id));

        Response read = as(other).get("/api/transactions/" + id);
        assertEquals(404, read.statusCode(), read.asString());
        errorOn(read, "id");
        Response change = as(other).body(object("type", "BUY", "symbol", "BTC", "account", "Private",
                "quantity", dec("5"), "price", dec("1"), "time", "2024-01-01T00:00:00Z")).put("/api/transactions/" + id);
        assertEquals(404, change.statusCode(), change.asString());
        as(other).delete("/api/transactions/" + id).then().statusCode(404);

        assertEquals(original, read(as(owner).get("/api/transactions/" + id)), "the owner's row is untouched");
        assertEquals(List.of(), ids(as(other).get("/api/transactions")));
        assertEquals(List.of(), ids(as(other).queryParam("symbol", "BTC").get("/api/transactions")));
        assertEquals(List.of(), elements(read(as(other).get("/api/accounts"))));
        assertEquals(0, elements(read(as(other).get("/api/holdings")).get("holdings")).size());
        assertEquals(List.of(id), ids(as(owner).get("/api/transactions")));
    }

    @Test
    void aUserCannotReadRenameOrDeleteAnotherUsersAccount() {
        String owner = TestUsers.signUp("sec-acc-owner");
        String other = TestUsers.signUp("sec-acc-other");
        Response created = as(owner).body(object("name", "Owner's wallet", "kind", "WALLET")).post("/api/accounts");
        assertEquals(201, created.statusCode(), created.asString());
        long id = number(read(created), "id").longValueExact();

        as(other).get("/api/accounts/" + id).then().statusCode(404);
        Response rename = as(other).body(object("name", "Stolen", "kind", "EXCHANGE")).put("/api/accounts/" + id);
        assertEquals(404, rename.statusCode(), rename.asString());
        errorOn(rename, "id");
        as(other).delete("/api/accounts/" + id).then().statusCode(404);

        JsonNode account = read(as(owner).get("/api/accounts/" + id));
        assertEquals("Owner's wallet", account.get("name").asText());
        assertEquals("WALLET", account.get("kind").asText());
        assertFalse(contains(read(as(other).get("/api/accounts")), "name", "Owner's wallet"));
    }

    @Test
    void anAccountNameOfAnotherUserIsANewAccountOfYourOwnThatHoldsNothing() {
        String owner = TestUsers.signUp("sec-name-owner");
        String other = TestUsers.signUp("sec-name-other");
        post(owner, "BUY", "BTC", "Same name", "1", "100", "2024-01-01T00:00:00Z");

        Response sell = as(other).body(object("type", "SELL", "symbol", "BTC", "account", "Same name",
                "quantity", dec("1"), "price", dec("100"), "time", "2024-02-01T00:00:00Z")).post("/api/transactions");

        refusedOn(sell, "quantity");
        assertEquals(List.of(), elements(read(as(other).get("/api/accounts"))));
        long otherBuy = post(other, "BUY", "BTC", "Same name", "0.25", "100", "2024-01-01T00:00:00Z");
        assertEquals(List.of(otherBuy), ids(as(other).get("/api/transactions")));
        assertEquals(1, elements(read(as(owner).get("/api/transactions"))).size());
        JsonNode ownerAccount = findBy(read(as(owner).get("/api/accounts")), "name", "Same name");
        JsonNode otherAccount = findBy(read(as(other).get("/api/accounts")), "name", "Same name");
        assertFalse(ownerAccount.get("id").equals(otherAccount.get("id")), "two users, two accounts");
        assertAmount(findBy(read(as(owner).get("/api/holdings")).get("holdings"), "symbol", "BTC"), "quantity", "1");
        assertAmount(findBy(read(as(other).get("/api/holdings")).get("holdings"), "symbol", "BTC"), "quantity", "0.25");
    }

    @Test
    void signUpAnswers201AndTheNewUserCanSignIn() {
        String username = "sec-new-" + System.nanoTime();
        Response response = given().contentType(ContentType.JSON)
                .body(object("username", username, "password", "12345678")).post("/api/signup");

        assertEquals(201, response.statusCode(), response.asString());
        JsonNode body = read(response);
        assertEquals(username, body.get("username").asText());
        assertTrue(number(body, "id").signum() > 0);
        assertFalse(response.asString().contains("12345678"), "the answer never repeats the password");
        given().auth().preemptive().basic(username, "12345678").get("/api/accounts").then().statusCode(200);
    }

    @Test
    void aTakenUserNameIsRefusedOnUsername() {
        String taken = TestUsers.signUp("sec-taken");
        Response response = given().contentType(ContentType.JSON)
                .body(object("username", taken, "password", "another-long-password")).post("/api/signup");
        refusedOn(response, "username");
        assertEquals(1, countUsers(taken));
        as(taken).get("/api/accounts").then().statusCode(200); // the first password still works
        given().contentType(ContentType.JSON).body(object("username", "demo", "password", "long-enough-1"))
                .post("/api/signup").then().statusCode(400);
    }

    @Test
    void aPasswordUnderEightCharactersIsRefusedOnPassword() {
        String username = "sec-short-" + System.nanoTime();
        Response response = given().contentType(ContentType.JSON)
                .body(object("username", username, "password", "1234567")).post("/api/signup");
        refusedOn(response, "password");
        assertEquals(0, countUsers(username));
        given().auth().preemptive().basic(username, "1234567").get("/api/accounts").then().statusCode(401);
    }

    @Test
    void aBadUserNameIsRefusedOnUsername() {
        for (String bad : List.of("ab", "has space", "semi;colon", "x".repeat(65))) {
            Response response = given().contentType(ContentType.JSON)
                    .body(object("username", bad, "password", "long-enough-password")).post("/api/signup");
            refusedOn(response, "username");
            assertEquals(0, countUsers(bad), bad);
        }
        Response missing = given().contentType(ContentType.JSON).body(object("password", "long-enough-password"))
                .post("/api/signup");
        refusedOn(missing, "username");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String user = TestUsers.signUp("sec-bcrypt");

        String hash = QuarkusTransaction.requiringNew().call(() ->
                UserEntity.findByUsername(user).orElseThrow().passwordHash);

        assertTrue(hash.matches("^\\$2[aby]\\$\\d{2}\\$[./A-Za-z0-9]{53}$"), "not a bcrypt hash: " + hash);
        assertFalse(hash.contains(TestUsers.PASSWORD));
        assertTrue(BcryptUtil.matches(TestUsers.PASSWORD, hash));
        assertFalse(BcryptUtil.matches(TestUsers.PASSWORD + "x", hash));
    }

    @Test
    void pagesRedirectToTheSignInPageWhenNotSignedIn() {
        for (String page : List.of("/", "/holdings", "/transactions", "/accounts", "/assets")) {
            given().redirects().follow(false).accept(ContentType.HTML).get(page)
                    .then().statusCode(302).header("Location", endsWith("/login"));
        }
        given().get("/login").then().statusCode(200).contentType(startsWith("text/html"));
    }

    private static long countUsers(String username) {
        return QuarkusTransaction.requiringNew().call(() -> UserEntity.count("username", username));
    }
}
