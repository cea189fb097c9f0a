package app.ballast.web.api;

import app.ballast.web.support.AtOnce;
import app.ballast.web.support.TestUsers;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static app.ballast.web.api.ApiJson.assertAmount;
import static app.ballast.web.api.ApiJson.dec;
import static app.ballast.web.api.ApiJson.object;
import static app.ballast.web.api.ApiJson.read;
import static app.ballast.web.api.ApiJson.refusedOn;
import static app.ballast.web.support.TestUsers.as;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The written policy: defaults until saved, saved whole, refused fields named, one per user. */
@QuarkusTest
class PolicyApiTest {

    @Test
    void aNewUserHasTheDefaultPolicy() {
        String user = TestUsers.signUp("policy-default");

        JsonNode policy = read(as(user).get("/api/policy").then().statusCode(200).extract().response());

        assertAmount(policy.get("coreWeights"), "BTC", "0.5");
        assertAmount(policy.get("coreWeights"), "ETH", "0.5");
        assertAmount(policy, "coreTarget", "0.65");
        assertAmount(policy, "coreMin", "0.60");
        assertAmount(policy, "coreMax", "0.70");
        assertAmount(policy, "satelliteCap", "0.20");
        assertTrue(policy.get("coreExemptFromCap").asBoolean());
        assertAmount(policy, "sectorCap", "0.5");
        assertAmount(policy, "minTrade", "10");
        assertAmount(policy, "feeRate", "0.001");
        assertAmount(policy, "noBuyBelow", "5.5");
        assertAmount(policy, "sellBelow", "4.0");
        assertEquals(0, policy.get("satelliteWeights").size());
    }

    @Test
    void aSavedPolicyIsReadBackAndStaysTheOwnersOnly() {
        String user = TestUsers.signUp("policy-save");
        String other = TestUsers.signUp("policy-other");
        String body = object("coreWeights", Map.of("BTC", dec("0.7"), "ETH", dec("0.3")),
                "coreTarget", dec("0.6"), "coreMin", dec("0.55"), "coreMax", dec("0.65"),
                "satelliteCap", dec("0.15"), "coreExemptFromCap", true, "sectorCap", dec("0.4"),
                "minTrade", dec("25"), "feeRate", dec("0.002"), "noBuyBelow", dec("6"), "sellBelow", dec("3.5"),
                "satelliteWeights", Map.of("SOL", dec("0.6"), "LINK", dec("0.4")));

        as(user).body(body).put("/api/policy").then().statusCode(200);
        JsonNode policy = read(as(user).get("/api/policy").then().statusCode(200).extract().response());

        assertAmount(policy.get("coreWeights"), "BTC", "0.7");
        assertAmount(policy, "coreTarget", "0.6");
        assertAmount(policy, "satelliteCap", "0.15");
        assertAmount(policy, "minTrade", "25");
        assertAmount(policy, "sellBelow", "3.5");
        assertAmount(policy.get("satelliteWeights"), "SOL", "0.6");
        assertAmount(read(as(other).get("/api/policy").then().extract().response()), "coreTarget", "0.65");
    }

    @Test
    void firstSavesAtTheSameMomentBothSucceedAndLeaveOnePolicy() {
        for (int round = 0; round < 3; round++) {
            String user = TestUsers.signUp("policy-race-" + round);
            // Four tabs save the user's first policy at once: before the portfolio lock came ahead of every
            // read, a save whose snapshot predated the other's insert hit the unique key (500).
            List<Integer> statuses = AtOnce.run(4, i -> as(user)
                    .body(object("minTrade", dec(String.valueOf(11 + i)))).put("/api/policy").statusCode());
            assertEquals(List.of(200, 200, 200, 200), statuses);
            JsonNode policy = read(as(user).get("/api/policy").then().extract().response());
            int minTrade = policy.get("minTrade").decimalValue().intValueExact();
            assertTrue(minTrade >= 11 && minTrade <= 14, policy.toString());
        }
    }

    @Test
    void fieldsLeftOutKeepTheirDefaults() {
        String user = TestUsers.signUp("policy-partial");

        as(user).body(object("satelliteCap", dec("0.1"))).put("/api/policy").then().statusCode(200);

        JsonNode policy = read(as(user).get("/api/policy").then().extract().response());
        assertAmount(policy, "satelliteCap", "0.1");
        assertAmount(policy, "coreTarget", "0.65");
        assertAmount(policy.get("coreWeights"), "BTC", "0.5");
    }

    @Test
    void aBandThatExcludesItsTargetIsRefusedAndNothingChanges() {
        String user = TestUsers.signUp("policy-bad");
        as(user).body(object("minTrade", dec("20"))).put("/api/policy").then().statusCode(200);

        String message = refusedOn(as(user).body(object("coreMin", dec("0.7"), "coreTarget", dec("0.65"),
                "minTrade", dec("30"))).put("/api/policy"), "coreMin");

        assertTrue(message.contains("0.7"), message);
        assertTrue(message.startsWith("coreMin ") && !message.contains("policy."), "names the field as the body does: " + message);
        assertAmount(read(as(user).get("/api/policy").then().extract().response()), "minTrade", "20");
    }

    @Test
    void weightsOfUnknownAssetsAndWeightsNotAddingUpAreRefused() {
        String user = TestUsers.signUp("policy-weights");

        refusedOn(as(user).body(object("coreWeights", Map.of("BTC", dec("0.5"), "NOPE", dec("0.5"))))
                .put("/api/policy"), "coreWeights.NOPE");
        refusedOn(as(user).body(object("coreWeights", Map.of("BTC", dec("0.5"), "ETH", dec("0.4"))))
                .put("/api/policy"), "coreWeights");
        refusedOn(as(user).body(object("feeRate", "a lot")).put("/api/policy"), "feeRate");
    }
}
