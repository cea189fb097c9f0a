package app.ballast.web.api;

import app.ballast.domain.InvalidValuesException;
import app.ballast.web.policy.PositionPlansService;
import app.ballast.web.policy.StopInput;
import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

import static app.ballast.web.api.ApiJson.assertAmount;
import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.elements;
import static app.ballast.web.api.ApiJson.number;
import static app.ballast.web.api.ApiJson.object;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.api.TransactionApiTest.post;
import static app.ballast.web.support.TestUsers.as;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Trailing stops and take-profit ladders on stored positions, and the stateless simulation. */
@QuarkusTest
class PlansApiTest {

    @Inject
    PositionPlansService plans;

    static final String SIMULATION = """
            {"quantity": 10, "averageCost": 100,
             "prices": [{"date": "2022-04-01", "price": 110.5}, {"date": "2022-04-02", "price": 150},
                        {"date": "2022-04-03", "price": 210}, {"date": "2022-04-04", "price": 240},
                        {"date": "2022-04-05", "price": 170}],
             "trailingStop": {"trail": 0.25},
             "takeProfit": {"targetGain": 1.0, "steps": [{"atFractionOfTarget": 0.5, "sellFraction": 0.3333},
                                                        {"atFractionOfTarget": 1.0, "sellFraction": 0.3333}],
                            "trail": 0.25}}""";

    @Test
    void simulationFiresTheLadderStepsThenTheStop() {
        String user = TestUsers.signUp("sim");

        JsonNode result = read(as(user).body(SIMULATION).post("/api/plans/simulate")
                .then().statusCode(200).extract().response());

        List<JsonNode> events = elements(result.get("events"));
        List<String> types = events.stream().map(e -> e.get("type").asText()).toList();
        assertEquals("TAKE_PROFIT_STEP", types.get(0), result.toString());
        assertTrue(types.contains("STOP_TRIGGERED") || types.contains("TRAILING_TAKE_PROFIT"), result.toString());
        assertEquals("2022-04-02", events.get(0).get("date").asText(), "+50% of the +100% target at 150");
        for (JsonNode e : events) {
            for (String key : List.of("price", "stopPrice", "quantity")) {
                number(e, key);
            }
        }
        assertAmount(result, "highWaterMark", "240");
        number(result, "remainingQuantity");
    }

    @Test
    void simulationNamesEachRefusedField() {
        String user = TestUsers.signUp("sim-bad");
        refusedOn(as(user).body(SIMULATION.replace("\"trail\": 0.25}", "\"trail\": 1.5}"))
                .post("/api/plans/simulate"), "trailingStop.trail");
        refusedOn(as(user).body(SIMULATION.replace("\"2022-04-02\"", "\"April 2nd\""))
                .post("/api/plans/simulate"), "prices[1].date");
        refusedOn(as(user).body(SIMULATION.replace("\"quantity\": 10", "\"quantity\": -1"))
                .post("/api/plans/simulate"), "quantity");
        refusedOn(as(user).body(SIMULATION.replace("\"sellFraction\": 0.3333},", "\"sellFraction\": 0},"))
                .post("/api/plans/simulate"), "takeProfit.steps[0].sellFraction");
    }

    @Test
    void aTrailingStopFollowsTheHighAndTriggersOnceWithASellSuggestion() {
        String user = TestUsers.signUp("stop");
        post(user, "BUY", "SOL", "Kraken", "10", "190", "2024-12-31T12:00:00Z");

        Response created = as(user).body(object("symbol", "SOL", "trail", dec("0.25"), "armedOn", "2025-01-01"))
                .post("/api/stops");
        assertEquals(201, created.statusCode(), created.asString());
        long id = number(read(created), "id").longValueExact();
        JsonNode stop = read(as(user).get("/api/stops/" + id).then().statusCode(200).extract().response());
        as(user).get("/api/stops").then().statusCode(200); // evaluated again: nothing fires twice

        assertEquals("TRAILING", stop.get("type").asText());
        assertEquals("TRIGGERED", stop.get("status").asText(), stop.toString());
        LocalDate triggered = LocalDate.parse(stop.get("triggeredOn").asText());
        NavigableMap<LocalDate, BigDecimal> sol = bundledCloses("SOL").subMap(LocalDate.of(2025, 1, 1), true,
                triggered, true);
        BigDecimal high = sol.values().stream().max(BigDecimal::compareTo).orElseThrow();
        assertThat(number(stop, "highWaterMark"), comparesEqualTo(high));
        assertThat(number(stop, "stopPrice"), comparesEqualTo(high.multiply(dec("0.75"))));
        assertTrue(sol.get(triggered).compareTo(high.multiply(dec("0.75"))) <= 0, "the close is at or below the stop");
        BigDecimal running = BigDecimal.ZERO;
        for (BigDecimal close : sol.headMap(triggered, false).values()) {
            running = running.max(close);
            assertTrue(close.compareTo(running.multiply(dec("0.75"))) > 0, "it triggered on the first close at or below");
        }

        List<JsonNode> stopSells = elements(read(as(user).get("/api/rebalance/suggestions")
                .then().extract().response())).stream().filter(s -> s.get("kind").asText().equals("STOP")).toList();
        assertEquals(1, stopSells.size(), "one sell suggestion, however often the stop is read");
        JsonNode sell = elements(stopSells.get(0).get("trades")).get(0);
        assertEquals("SOL", sell.get("symbol").asText());
        assertEquals("SELL", sell.get("side").asText());
        assertAmount(sell, "quantity", "10");
        assertThat(number(sell, "price"), comparesEqualTo(sol.get(triggered)));
    }

    @Test
    void badStopsAreRefusedAndNothingIsSaved() {
        String user = TestUsers.signUp("stop-bad");
        post(user, "BUY", "SOL", "Kraken", "10", "190", "2024-12-31T12:00:00Z");
        refusedOn(as(user).body(object("symbol", "SOL", "trail", dec("0"))).post("/api/stops"), "trail");
        refusedOn(as(user).body(object("symbol", "NOPE")).post("/api/stops"), "symbol");
        refusedOn(as(user).body(object("symbol", "ADA")).post("/api/stops"), "symbol");
        refusedOn(as(user).body(object("symbol", "SOL", "type", "SOMETIMES")).post("/api/stops"), "type");
        refusedOn(as(user).body(object("symbol", "SOL", "armedOn", LocalDate.now().plusDays(3).toString()))
                .post("/api/stops"), "armedOn");
        refusedOn(as(user).body(object("symbol", "SOL", "type", "FIXED", "price", dec("100"), "belowCost", dec("0.2")))
                .post("/api/stops"), "price");
        refusedOn(as(user).body(object("symbol", "SOL", "account", "Nowhere")).post("/api/stops"), "account");
        assertEquals(0, elements(read(as(user).get("/api/stops").then().extract().response())).size());
    }

    @Test
    void aFixedStopBelowCostShowsItsPriceAndCanBeChangedAndDeleted() {
        String user = TestUsers.signUp("stop-fixed");
        post(user, "BUY", "ETH", "Kraken", "2", "3000", "2025-06-01T12:00:00Z");
        JsonNode stop = read(as(user).body(object("symbol", "ETH", "type", "FIXED", "belowCost", dec("0.2"),
                "armedOn", "2025-06-02")).post("/api/stops").then().statusCode(201).extract().response());
        long id = number(stop, "id").longValueExact();
        assertAmount(stop, "stopPrice", "2400");
        assertEquals("ACTIVE", stop.get("status").asText(), stop.toString());

        JsonNode changed = read(as(user).body(object("symbol", "ETH", "type", "FIXED", "price", dec("2500"),
                "armedOn", "2025-06-02")).put("/api/stops/" + id).then().statusCode(200).extract().response());
        assertAmount(changed, "stopPrice", "2500");
        as(user).delete("/api/stops/" + id).then().statusCode(204);
        as(user).get("/api/stops/" + id).then().statusCode(404);
    }

    @Test
    void aLadderFiresEachStepOnceAndShowsTheNextOne() {
        String user = TestUsers.signUp("ladder");
        post(user, "BUY", "ETH", "Kraken", "3", "1000", "2023-01-02T12:00:00Z");

        JsonNode ladder = read(as(user).body(object("symbol", "ETH", "targetGain", dec("1"), "armedOn", "2024-01-01",
                "trail", dec("0")))
                .post("/api/ladders").then().statusCode(201).extract().response());
        long id = number(ladder, "id").longValueExact();
        JsonNode read = read(as(user).get("/api/ladders/" + id).then().statusCode(200).extract().response());
        as(user).get("/api/ladders").then().statusCode(200);

        assertEquals(2, read.get("stepsDone").asInt(), read.toString());
        assertEquals(2, elements(read.get("steps")).size());
        assertAmount(elements(read.get("steps")).get(0), "price", "1500");
        assertAmount(elements(read.get("steps")).get(1), "price", "2000");
        assertTrue(read.get("nextStep").isNull());
        assertEquals("FINISHED", read.get("status").asText());
        long sells = elements(read(as(user).get("/api/rebalance/suggestions").then().extract().response())).stream()
                .filter(s -> s.get("kind").asText().equals("TAKE_PROFIT")).count();
        assertEquals(2, sells, "one sell per step");
    }

    @Test
    void aLadderNotReachedYetNamesItsNextStep() {
        String user = TestUsers.signUp("ladder-next");
        post(user, "BUY", "ETH", "Kraken", "3", "3000", "2025-06-01T12:00:00Z");

        JsonNode ladder = read(as(user).body(object("symbol", "ETH", "targetGain", dec("2"), "armedOn", "2025-06-02"))
                .post("/api/ladders").then().statusCode(201).extract().response());

        assertEquals(0, ladder.get("stepsDone").asInt());
        assertEquals(0, ladder.get("nextStep").asInt());
        assertAmount(ladder, "nextStepPrice", "6000");
        refusedOn(as(user).body(object("symbol", "ETH", "targetGain", dec("-1"))).post("/api/ladders"), "targetGain");
        refusedOn(as(user).body(object("symbol", "ETH", "targetGain", dec("1"),
                "steps", List.of(Map.of("atFractionOfTarget", dec("0.5"), "sellFraction", dec("0.8")),
                        Map.of("atFractionOfTarget", dec("1"), "sellFraction", dec("0.8"))))).post("/api/ladders"), "steps");
    }

    @Test
    void aLadderCanBeChangedAndDeleted() {
        String user = TestUsers.signUp("ladder-edit");
        post(user, "BUY", "ETH", "Kraken", "3", "3000", "2025-06-01T12:00:00Z");
        long id = number(read(as(user).body(object("symbol", "ETH", "targetGain", dec("2"), "armedOn", "2025-06-02"))
                .post("/api/ladders").then().statusCode(201).extract().response()), "id").longValueExact();

        JsonNode changed = read(as(user).body(object("symbol", "ETH", "targetGain", dec("1"), "armedOn", "2025-06-02",
                "steps", List.of(Map.of("atFractionOfTarget", dec("0.25"), "sellFraction", dec("0.5")))))
                .put("/api/ladders/" + id).then().statusCode(200).extract().response());

        assertEquals(1, elements(changed.get("steps")).size());
        assertAmount(changed, "nextStepPrice", "3750"); // +25% of a +100% target over 3000
        as(user).delete("/api/ladders/" + id).then().statusCode(204);
        as(user).get("/api/ladders/" + id).then().statusCode(404);
    }

    @Test
    void anotherUsersStopsAndLaddersAreNotFound() {
        String owner = TestUsers.signUp("plans-owner");
        String stranger = TestUsers.signUp("plans-stranger");
        post(owner, "BUY", "ETH", "Kraken", "3", "3000", "2025-06-01T12:00:00Z");
        long stop = number(read(as(owner).body(object("symbol", "ETH")).post("/api/stops")
                .then().statusCode(201).extract().response()), "id").longValueExact();
        long ladder = number(read(as(owner).body(object("symbol", "ETH", "targetGain", dec("1")))
                .post("/api/ladders").then().statusCode(201).extract().response()), "id").longValueExact();

        as(stranger).get("/api/stops/" + stop).then().statusCode(404);
        as(stranger).body(object("symbol", "ETH")).put("/api/stops/" + stop).then().statusCode(404);
        as(stranger).delete("/api/stops/" + stop).then().statusCode(404);
        as(stranger).get("/api/ladders/" + ladder).then().statusCode(404);
        as(stranger).delete("/api/ladders/" + ladder).then().statusCode(404);
        assertEquals(0, elements(read(as(stranger).get("/api/stops").then().extract().response())).size());
        as(owner).get("/api/stops/" + stop).then().statusCode(200);
        as(owner).get("/api/ladders/" + ladder).then().statusCode(200);
    }

    @Test
    void anAbsurdQuantityOrCostIsRefusedBeforeAnythingRoundsIt() {
        String user = TestUsers.signUp("plans-huge");
        for (String path : List.of("/api/stops", "/api/ladders")) {
            String ladder = path.endsWith("ladders") ? ", \"targetGain\": 1" : "";
            String message = refusedOn(as(user).body("{\"symbol\": \"BTC\", \"quantity\": 1e999999999" + ladder + "}")
                    .post(path), "quantity");
            assertTrue(message.contains("1E+999999999"), message);
            refusedOn(as(user).body("{\"symbol\": \"BTC\", \"quantity\": 1, \"averageCost\": 1e-999999999" + ladder
                    + "}").post(path), "averageCost");
        }
        assertNothingSaved(user);
    }

    @Test
    void aQuantityOrCostTooLargeToStoreIsRefusedNotAServerError() {
        String user = TestUsers.signUp("plans-large");
        for (String path : List.of("/api/stops", "/api/ladders")) {
            String ladder = path.endsWith("ladders") ? ", \"targetGain\": 1" : "";
            refusedOn(as(user).body("{\"symbol\": \"BTC\", \"quantity\": 1e25" + ladder + "}").post(path),
                    "quantity");
            refusedOn(as(user).body("{\"symbol\": \"BTC\", \"quantity\": 1, \"averageCost\": 1e25" + ladder + "}")
                    .post(path), "averageCost");
        }
        assertNothingSaved(user);
    }

    @Test
    void theServiceChecksTheSizeOfAQuantityItIsGivenDirectly() {
        String user = TestUsers.signUp("plans-service");
        long userId = TestUsers.id(user);
        InvalidValuesException refused = assertThrows(InvalidValuesException.class, () -> plans.createStop(userId,
                new StopInput("BTC", null, null, null, null, null, null, null, dec("1e999999999"), dec("1e25"))));

        assertEquals(List.of("quantity", "averageCost"),
                refused.problems().stream().map(InvalidValuesException.Problem::field).toList());
        assertNothingSaved(user);
    }

    @Test
    void savingATriggeredStopUnchangedKeepsExactlyOneOpenSuggestion() {
        String user = TestUsers.signUp("stop-same");
        long id = triggeredSolStop(user);
        JsonNode triggered = read(as(user).get("/api/stops/" + id).then().statusCode(200).extract().response());
        assertEquals("TRIGGERED", triggered.get("status").asText(), triggered.toString());

        JsonNode saved = read(as(user).body(SOL_STOP).put("/api/stops/" + id).then().statusCode(200).extract().response());
        as(user).get("/api/stops").then().statusCode(200);

        assertEquals("TRIGGERED", saved.get("status").asText(), saved.toString());
        assertEquals(triggered.get("triggeredOn"), saved.get("triggeredOn"));
        assertEquals(List.of("OPEN"), suggestionStatuses(user, "STOP"), "one sell, however often the stop is saved");
    }

    @Test
    void changingATriggeredStopReArmsItAndDismissesItsOldSuggestion() {
        String user = TestUsers.signUp("stop-change");
        long id = triggeredSolStop(user);

        JsonNode changed = read(as(user).body(object("symbol", "SOL", "trail", dec("0.2"), "armedOn", "2025-01-01"))
                .put("/api/stops/" + id).then().statusCode(200).extract().response());

        assertEquals("TRIGGERED", changed.get("status").asText(), "a 20% trail triggers too: " + changed);
        assertEquals(List.of("DISMISSED", "OPEN"), suggestionStatuses(user, "STOP").stream().sorted().toList(),
                "the old firing's sell is set aside, the new one is open");
    }

    @Test
    void deletingATriggeredStopDismissesItsOpenSuggestion() {
        String user = TestUsers.signUp("stop-delete");
        long id = triggeredSolStop(user);
        assertEquals(List.of("OPEN"), suggestionStatuses(user, "STOP"));

        as(user).delete("/api/stops/" + id).then().statusCode(204);

        assertEquals(List.of("DISMISSED"), suggestionStatuses(user, "STOP"));
    }

    @Test
    void savingAFinishedLadderUnchangedKeepsItsStepsAndSuggestionsAndDeletingItDismissesThem() {
        String user = TestUsers.signUp("ladder-same");
        post(user, "BUY", "ETH", "Kraken", "3", "1000", "2023-01-02T12:00:00Z");
        String body = object("symbol", "ETH", "targetGain", dec("1"), "armedOn", "2024-01-01", "trail", dec("0"));
        long id = number(read(as(user).body(body).post("/api/ladders").then().statusCode(201).extract().response()),
                "id").longValueExact();
        assertEquals(List.of("OPEN", "OPEN"), suggestionStatuses(user, "TAKE_PROFIT"));

        JsonNode saved = read(as(user).body(body).put("/api/ladders/" + id).then().statusCode(200).extract().response());

        assertEquals(2, saved.get("stepsDone").asInt(), saved.toString());
        assertEquals("FINISHED", saved.get("status").asText());
        assertEquals(List.of("OPEN", "OPEN"), suggestionStatuses(user, "TAKE_PROFIT"), "each step suggested once");

        as(user).delete("/api/ladders/" + id).then().statusCode(204);
        assertEquals(List.of("DISMISSED", "DISMISSED"), suggestionStatuses(user, "TAKE_PROFIT"));
    }

    /** A 25% trailing stop on 10 SOL bought at 190, armed on 2025-01-01: the 2025 closes trigger it. */
    static final String SOL_STOP = object("symbol", "SOL", "trail", dec("0.25"), "armedOn", "2025-01-01");

    /** The user buys the SOL and sets {@link #SOL_STOP}, which triggers at once; its id. */
    private static long triggeredSolStop(String user) {
        post(user, "BUY", "SOL", "Kraken", "10", "190", "2024-12-31T12:00:00Z");
        return number(read(as(user).body(SOL_STOP).post("/api/stops").then().statusCode(201).extract().response()),
                "id").longValueExact();
    }

    /** The statuses of the user's suggestions of one kind, the newest first. */
    private static List<String> suggestionStatuses(String user, String kind) {
        return elements(read(as(user).get("/api/rebalance/suggestions").then().statusCode(200).extract().response()))
                .stream().filter(s -> s.get("kind").asText().equals(kind)).map(s -> s.get("status").asText()).toList();
    }

    private static void assertNothingSaved(String user) {
        assertEquals(0, elements(read(as(user).get("/api/stops").then().statusCode(200).extract().response())).size());
        assertEquals(0, elements(read(as(user).get("/api/ladders").then().statusCode(200).extract().response())).size());
    }

    static NavigableMap<LocalDate, BigDecimal> bundledCloses(String symbol) {
        NavigableMap<LocalDate, BigDecimal> closes = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                PlansApiTest.class.getClassLoader().getResourceAsStream("data/prices.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cells = line.split(",", -1);
                if (cells[1].equals(symbol)) {
                    closes.put(LocalDate.parse(cells[0]), new BigDecimal(cells[2]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return closes;
    }
}
