package app.ballast.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** Request bodies of the scoring API, built from exact decimals (never doubles). */
final class ScoringBodies {

    private ScoringBodies() {
    }

    /** The seed's worked example (SPEC §1): 7.585…, BUY with the default weights. */
    static Map<String, Map<String, Object>> seedScores() {
        Map<String, Map<String, Object>> scores = new LinkedHashMap<>();
        scores.put("technology", points("architecture", "2.5", "innovation", "3", "security", "2.5",
                "scalability", "2", "ecosystem", "3.5"));
        scores.put("tokenomics", points("allocation", "2", "unlockSchedule", "2.5", "valueCapture", "1.5",
                "inflation", "1"));
        scores.put("team", points("background", "3.5", "transparency", "2.5", "community", "2"));
        scores.put("market", points("performance", "2", "liquidity", "3", "distribution", "2.5"));
        scores.put("risk", points("regulatory", "2", "technical", "2.5", "market", "1.5", "project", "1.5"));
        return scores;
    }

    /** Every criterion at {@code fraction} of its maximum, so every dimension scores {@code fraction × 10}. */
    static Map<String, Map<String, Object>> uniform(String fraction) {
        BigDecimal f = new BigDecimal(fraction);
        Map<String, Map<String, Object>> scores = new LinkedHashMap<>();
        scores.put("technology", points("architecture", times(3, f), "innovation", times(4, f), "security", times(3, f),
                "scalability", times(3, f), "ecosystem", times(4, f)));
        scores.put("tokenomics", points("allocation", times(3, f), "unlockSchedule", times(3, f),
                "valueCapture", times(2, f), "inflation", times(2, f)));
        scores.put("team", points("background", times(4, f), "transparency", times(3, f), "community", times(3, f)));
        scores.put("market", points("performance", times(3, f), "liquidity", times(4, f), "distribution", times(3, f)));
        scores.put("risk", points("regulatory", times(3, f), "technical", times(3, f), "market", times(2, f),
                "project", times(2, f)));
        return scores;
    }

    static Map<String, Object> weights(String technology, String tokenomics, String team, String market, String risk) {
        return points("technology", technology, "tokenomics", tokenomics, "team", team, "market", market, "risk", risk);
    }

    /** Names and decimal texts, alternating, as a JSON object of numbers. */
    static Map<String, Object> points(String... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], new BigDecimal(namesAndValues[i + 1]));
        }
        return map;
    }

    static String json(Object body) {
        try {
            return ApiJson.MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String times(int max, BigDecimal fraction) {
        return fraction.multiply(BigDecimal.valueOf(max)).toPlainString();
    }
}
