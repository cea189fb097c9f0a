package app.ballast.web.api;

import app.ballast.web.support.AtOnce;
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
import static app.ballast.web.scoring.MarketInputService.IMPORT_MAX_LINES;
import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Market figures without a feed: one day at a time, or a CSV file all or nothing. */
@QuarkusTest
class MarketInputApiTest {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();
    /** Too large for any column; writing it out would take a billion digits. */
    static final String HUGE = "1e999999999";
    /** Small enough to compute with: padding it to scale 0 took 53 s when the size was checked after. */
    static final String SLOW = "1e50000000";
    /** Rounds of concurrent first saves: each round is one chance for the race. */
    static final int ROUNDS = 5;

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

    @Test
    void aHugeFigureIsRefusedOnItsFieldBeforeAnyArithmeticAndNothingIsWritten() {
        String user = TestUsers.signUp("mi-huge");
        for (String huge : List.of(HUGE, SLOW, "-" + HUGE, "1e-999999999")) {
            Response refused = as(user).body("{\"date\": \"" + TODAY + "\", \"symbol\": \"BTC\", \"mvrv\": " + huge + "}")
                    .post("/api/market-inputs");
            refusedOn(refused, "mvrv");
        }
        String csv = "date,symbol,mvrv,marketCap\n"
                + "2024-05-01,BTC," + HUGE + ",\n"
                + "2024-05-02,BTC," + SLOW + ",\n"
                + "2024-05-03,BTC,,1" + "0".repeat(200_000) + "\n"
                + "2024-05-04,BTC,2,\n";

        Response refused = csv(user, csv);

        String message = refusedOn(refused, "lines[2].mvrv");
        assertTrue(message.contains("line 2") && message.contains("mvrv"), message);
        errorOn(refused, "lines[3].mvrv");
        String tooLong = errorOn(refused, "lines[4].marketCap");
        assertTrue(tooLong.contains("line 4") && tooLong.length() < 300, tooLong);
        assertEquals(List.of(), elements(read(as(user).get("/api/market-inputs"))), "nothing was written");
    }

    @Test
    void savesOfTheSameDayAtTheSameMomentMakeOneRowWithEveryFigure() {
        String[][] figures = {{"mvrv", "2.1"}, {"top10HolderShare", "0.3"}, {"volume24h", "1000"}, {"marketCap", "50000"}};
        for (int round = 0; round < ROUNDS; round++) {
            String user = TestUsers.signUp("mi-race");

            List<Response> answers = AtOnce.run(figures.length, i -> post(user, Map.of("date", "2024-05-01",
                    "symbol", "BTC", figures[i][0], dec(figures[i][1]))));

            assertEquals(List.of(200, 200, 200, 201), statuses(answers), bodies(answers));
            List<JsonNode> rows = elements(read(as(user).get("/api/market-inputs")));
            assertEquals(1, rows.size(), rows.toString());
            for (String[] figure : figures) {
                assertAmount(rows.get(0), figure[0], figure[1]);
            }
        }
    }

    @Test
    void importsOfTheSameDaysAtTheSameMomentAllSucceedAndWriteEachDayOnce() {
        String csv = "date,symbol,fearGreed,mvrv\n2024-05-01,,40,\n2024-05-01,BTC,,2.5\n2024-05-02,BTC,,2.6\n";
        for (int round = 0; round < ROUNDS; round++) {
            String user = TestUsers.signUp("mi-import-race");

            List<Response> answers = AtOnce.run(3, i -> csv(user, csv));

            assertEquals(List.of(200, 200, 200), statuses(answers), bodies(answers));
            int created = answers.stream().mapToInt(r -> read(r).get("created").asInt()).sum();
            assertEquals(3, created, bodies(answers));
            assertEquals(3, elements(read(as(user).get("/api/market-inputs"))).size());
        }
    }

    @Test
    void aCsvOfNearlyTheMostRowsIsImportedWholeUpdatingTheDaysAlreadyThereAndKeepingTheirOtherFigures() {
        String user = TestUsers.signUp("mi-large");
        int days = IMPORT_MAX_LINES / 3; // three rows a day: nearly the most a file may have
        LocalDate first = LocalDate.of(1930, 1, 1);
        LocalDate last = first.plusDays(days - 1L);
        as(user).body(json(Map.of("date", last.toString(), "symbol", "BTC", "top10HolderShare", dec("0.4"))))
                .post("/api/market-inputs").then().statusCode(201);
        as(user).body(json(Map.of("date", last.minusDays(1).toString(), "fearGreed", 30)))
                .post("/api/market-inputs").then().statusCode(201);
        StringBuilder csv = new StringBuilder("date,symbol,fearGreed,mvrv,volume24h\n");
        for (int i = 0; i < days; i++) {
            LocalDate day = first.plusDays(i);
            csv.append(day).append(",,").append(i % 101).append(",,\n");
            csv.append(day).append(",BTC,,").append(i + 1).append(".5,").append(i).append('\n');
            csv.append(day).append(",ETH,,1.").append(i).append(",\n");
        }

        Response imported = csv(user, csv.toString());

        assertEquals(200, imported.statusCode(), imported.asString());
        assertEquals(3 * days, read(imported).get("imported").asInt());
        assertEquals(2, read(imported).get("updated").asInt());
        assertEquals(3 * days - 2, read(imported).get("created").asInt());
        JsonNode btcLast = elements(read(as(user).get("/api/market-inputs?symbol=BTC&limit=1"))).get(0);
        assertEquals(last.toString(), btcLast.get("date").asText());
        assertAmount(btcLast, "mvrv", days + ".5");
        assertAmount(btcLast, "volume24h", String.valueOf(days - 1));
        assertAmount(btcLast, "top10HolderShare", "0.4");
        assertEquals("csv", btcLast.get("source").asText());
        JsonNode marketBefore = elements(read(as(user).get("/api/market-inputs?symbol=-&limit=2"))).get(1);
        assertEquals(last.minusDays(1).toString(), marketBefore.get("date").asText());
        assertAmount(marketBefore, "fearGreed", String.valueOf((days - 2) % 101));
        JsonNode ethLast = elements(read(as(user).get("/api/market-inputs?symbol=ETH&limit=1"))).get(0);
        assertAmount(ethLast, "mvrv", "1." + (days - 1));

        // The same file with one bad line more imports nothing: the figures stay as they were.
        String withBadLine = csv.toString().replace(last + ",BTC,,", last + ",BTC,,9") + "1930-01-01,XRP,,-1,\n";
        refusedOn(csv(user, withBadLine), "lines[" + (3 * days + 2) + "].mvrv");
        assertAmount(elements(read(as(user).get("/api/market-inputs?symbol=BTC&limit=1"))).get(0), "mvrv", days + ".5");
    }

    private static List<Integer> statuses(List<Response> answers) {
        return answers.stream().map(Response::statusCode).sorted().toList();
    }

    private static String bodies(List<Response> answers) {
        return answers.stream().map(r -> r.statusCode() + " " + r.asString()).toList().toString();
    }

    private static Response post(String user, Map<String, ?> body) {
        return as(user).body(json(body)).post("/api/market-inputs");
    }

    private static Response csv(String user, String body) {
        return as(user).contentType("text/csv").body(body).post("/api/market-inputs/import");
    }
}
