package app.ballast.web.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.comparesEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Reads and writes the API's JSON exactly: numbers become {@link BigDecimal} (never double), and
 * request bodies are written with plain decimals, so that a test sends exactly the digits it means.
 */
final class ApiJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

    private ApiJson() {
    }

    /** The body of a response as a tree whose numbers keep every digit. */
    static JsonNode read(Response response) {
        return read(response.asString());
    }

    static JsonNode read(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }

    /** A JSON object from alternating names and values, in that order; null values are left out. */
    static String object(Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values must come in pairs");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                map.put((String) namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        try {
            return MAPPER.writeValueAsString(map);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static BigDecimal dec(String text) {
        return new BigDecimal(text);
    }

    /** The named member, which must be a JSON number (amounts are numbers, never strings). */
    static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.get(field);
        assertNotNull(value, "missing \"" + field + "\" in " + node);
        assertTrue(value.isNumber(), "\"" + field + "\" must be a JSON number, was " + value + " in " + node);
        return value.decimalValue();
    }

    /** Asserts the named member is a number equal to {@code expected} (compared by value, not scale). */
    static void assertAmount(JsonNode node, String field, String expected) {
        assertThat("\"" + field + "\" of " + node, number(node, field), comparesEqualTo(new BigDecimal(expected)));
    }

    static List<JsonNode> elements(JsonNode array) {
        assertTrue(array != null && array.isArray(), "expected a JSON array, was " + array);
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list;
    }

    /** The single element of the array whose {@code key} member is {@code value}. */
    static JsonNode findBy(JsonNode array, String key, String value) {
        JsonNode found = null;
        for (JsonNode element : elements(array)) {
            if (value.equals(element.path(key).asText(null))) {
                if (found != null) {
                    fail("two elements with " + key + " = " + value + " in " + array);
                }
                found = element;
            }
        }
        if (found == null) {
            fail("no element with " + key + " = " + value + " in " + array);
        }
        return found;
    }

    static boolean contains(JsonNode array, String key, String value) {
        return elements(array).stream().anyMatch(e -> value.equals(e.path(key).asText(null)));
    }

    /**
     * Asserts the body is {@code {"errors": [{"field", "message"}, ...]}}, that one error names
     * {@code field} with a non-blank message, and returns that message.
     */
    static String errorOn(Response response, String field) {
        JsonNode body = read(response);
        assertTrue(body.path("errors").isArray(), "expected {\"errors\": [...]}, the answer: " + body);
        List<JsonNode> errors = elements(body.get("errors"));
        assertFalse(errors.isEmpty(), "no errors in " + body);
        for (JsonNode error : errors) {
            assertTrue(error.hasNonNull("field") && error.hasNonNull("message"),
                    "every error has a field and a message: " + body);
        }
        JsonNode named = errors.stream().filter(e -> field.equals(e.get("field").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no error on field \"" + field + "\" in " + body));
        String message = named.get("message").asText();
        assertFalse(message.isBlank(), "the message on " + field + " is blank: " + body);
        return message;
    }

    /** Asserts the answer is 400 with an error naming {@code field}; returns the message. */
    static String refusedOn(Response response, String field) {
        String answer = response.statusCode() + " " + response.contentType() + " " + response.asString();
        assertEquals(400, response.statusCode(), "the answer: " + answer);
        assertTrue(response.contentType().startsWith("application/json"),
                "errors are JSON {\"errors\": [...]}, the answer: " + answer);
        return errorOn(response, field);
    }
}
