package app.ballast.web.api;

import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static app.ballast.web.api.ApiJson.assertAmount;
import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.errorOn;
import static app.ballast.web.api.ApiJson.findBy;
import static app.ballast.web.api.ApiJson.number;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.api.ScoringBodies.json;
import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Market figures without a feed: one day at a time, or a CSV file all or nothing. */
@QuarkusTest
class MarketInputApiTest {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Test
    void aDayIsRecordedAndSavingItAgainFillsInTheFiguresGiven() {
        String user = TestUsers.signUp("mi-record");

        Response created = as(user).body(json(Map.of("date", "2024-05-01", "symbol", "btc", "mvrv", dec("2.1"))))
                .post("/api/market-inputs");

        assertEquals(201, created.statusCode(), created.asString());
        long id = number(read(created), "id").longValueExact();
        assertEquals("BTC", read(created).get("symbol").asText());
        Response again = as(user).body(json(Map.of("date", "2024-05-01", "symbol", "BTC",
                "top10HolderShare", dec("0.12")))).post("/api/market-inputs");
        assertEquals(200, again.statusCode(), again.asString());
        assertEquals(id, number(read(again), "id").longValueExact());
        assertAmount(read(again), "mvrv", "2.1");
        assertAmount(read(again), "top10HolderShare", "0.12");
        as(user).body(json(Map.of("date", "2024-05-01", "fearGreed", 72))).post("/api/market-inputs")
                .then().statusCode(201);

        JsonNode list = read(as(user).get("/api/market-inputs"));
        assertEquals(2, elements(list).size(), list.toString());
        assertTrue(elements(read(as(user).get("/api/market-inputs?symbol=-"))).get(0).get("symbol").isNull());
        assertEquals(1, elements(read(as(user).get("/api/market-inputs?symbol=BTC"))).size());
    }

    @Test
    void everyBadFigureIsRefusedNamingItsFieldAndNothingIsWritten() {
        String user = TestUsers.signUp("mi-bad");
        refusedOn(post(user, Map.of("date", TODAY, "fearGreed", 101)), "fearGreed");
        refusedOn(post(user, Map.of("date", TODAY, "fearGreed", dec("50.5"))), "fearGreed");
        refusedOn(post(user, Map.of("date", TODAY, "symbol", "BTC", "top10HolderShare", dec("1.2"))), "top10HolderShare");
        refusedOn(post(user, Map.of("date", TODAY, "symbol", "BTC", "mvrv", dec("0"))), "mvrv");
        refusedOn(post(user, Map.of("date", TODAY, "symbol", "BTC", "volume24h", dec("-1"))), "volume24h");
        refusedOn(post(user, Map.of("date", TODAY, "volume24h", dec("1"))), "symbol");
        refusedOn(post(user, Map.of("date", TODAY, "symbol", "NOPE", "mvrv", dec("1"))), "symbol");
        refusedOn(post(user, Map.of("date", TODAY, "symbol", "BTC")), "fearGreed");
        refusedOn(post(user, Map.of("fearGreed", 50)), "date");
        refusedOn(post(user, Map.of("date", LocalDate.now(ZoneOffset.UTC).plusDays(1).toString(), "fearGreed", 50)), "date");
        assertEquals(List.of(), elements(read(as(user).get("/api/market-inputs"))));
    }

    @Test
    void aCsvIsImportedWholeWithItsColumnsInAnyOrder() {
        String user = TestUsers.signUp("mi-csv");
        String csv = """
                Symbol,Date,Fear_Greed,MVRV,top10 holder share,volume_24h,market cap
                ,2024-05-01,72,,,,
                BTC,2024-05-01,,2.1,,30000000000,1200000000000
                eth,2024-05-01,,,0.35,,
                """;

        Response response = csv(user, csv);

        assertEquals(200, response.statusCode(), response.asString());
        assertEquals(3, read(response).get("imported").asInt());
        assertEquals(3, read(response).get("created").asInt());
        JsonNode list = read(as(user).get("/api/market-inputs"));
        assertAmount(findBy(list, "symbol", "BTC"), "marketCap", "1200000000000");
        assertAmount(findBy(list, "symbol", "ETH"), "top10HolderShare", "0.35");

        Response again = csv(user, "date,symbol,mvrv\n2024-05-01,BTC,2.2\n");
        assertEquals(1, read(again).get("updated").asInt(), again.asString());
        assertAmount(findBy(read(as(user).get("/api/market-inputs")), "symbol", "BTC"), "mvrv", "2.2");
        assertAmount(findBy(read(as(user).get("/api/market-inputs")), "symbol", "BTC"), "volume24h", "30000000000");
    }

    @Test
    void aCsvWithAnyBadValueImportsNothingAndNamesEveryLineAndColumn() {
        String user = TestUsers.signUp("mi-csv-bad");
        String csv = """
                date,symbol,fearGreed,mvrv
                2024-05-01,,72,
                2024-05-02,BTC,,lots
                2024-05-03,NOPE,,1.5
                2024-05-32,BTC,,1.5
                2024-05-05,,150,
                2024-05-01,,70,
                """;

        Response refused = csv(user, csv);

        String message = refusedOn(refused, "lines[3].mvrv");
        assertTrue(message.contains("line 3") && message.contains("mvrv"), message);
        errorOn(refused, "lines[4].symbol");
        errorOn(refused, "lines[5].date");
        errorOn(refused, "lines[6].fearGreed");
        errorOn(refused, "lines[7].date");
        assertEquals(List.of(), elements(read(as(user).get("/api/market-inputs"))), "nothing was imported");

        refusedOn(csv(user, "date,weather\n2024-05-01,sunny\n"), "lines[1].weather");
        refusedOn(csv(user, "symbol,mvrv\nBTC,1\n"), "lines[1].date");
        refusedOn(csv(user, "date,fearGreed\n"), "file");
        refusedOn(csv(user, "date,fearGreed\n2024-05-01,50,9\n"), "lines[2]");
        refusedOn(csv(user, ""), "file");
        assertEquals(List.of(), elements(read(as(user).get("/api/market-inputs"))));
    }

    @Test
    void anotherUsersFiguresAreNeitherListedNorDeletable() {
        String owner = TestUsers.signUp("mi-owner");
        String other = TestUsers.signUp("mi-other");
        long id = number(read(post(owner, Map.of("date", "2024-05-01", "fearGreed", 40))), "id").longValueExact();

        assertEquals(List.of(), elements(read(as(other).get("/api/market-inputs"))));
        as(other).delete("/api/market-inputs/" + id).then().statusCode(404);
        as(owner).delete("/api/market-inputs/" + id).then().statusCode(204);
        assertEquals(List.of(), elements(read(as(owner).get("/api/market-inputs"))));
    }

    private static Response post(String user, Map<String, ?> body) {
        return as(user).body(json(body)).post("/api/market-inputs");
    }

    private static Response csv(String user, String body) {
        return as(user).contentType("text/csv").body(body).post("/api/market-inputs/import");
    }
}
