package app.ballast.web.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API's JSON reading: numbers no amount column holds are refused as they are read, naming their path. */
class JsonSettingsTest {

    record Position(String symbol, BigDecimal quantity, BigDecimal price) {
    }

    record Body(List<Position> positions, BigDecimal cash, Map<String, BigDecimal> fillPrices) {
    }

    private final ObjectMapper mapper = mapper();

    private static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper();
        new JsonSettings().customize(mapper);
        return mapper;
    }

    @Test
    void anAbsurdExponentIsRefusedWithItsPathBeforeAnythingRoundsIt() {
        JsonSettings.AmountOutOfRangeException e = refused("""
                {"positions": [{"symbol": "BTC", "quantity": 1, "price": 1},
                               {"symbol": "ETH", "quantity": 1, "price": 1},
                               {"symbol": "SOL", "quantity": 1, "price": 1e999999999}]}""");

        assertEquals("positions[2].price", path(e));
        assertEquals("can have at most 20 digits before the decimal point, was 1E+999999999", e.getOriginalMessage());
    }

    @Test
    void aTinyExponentIsRefusedToo() {
        JsonSettings.AmountOutOfRangeException e = refused("{\"cash\": 1e-999999999}");

        assertEquals("cash", path(e));
        assertTrue(e.getOriginalMessage().startsWith("can have at most 60 decimal places"), e.getOriginalMessage());
    }

    @Test
    void twentyOneDigitsBeforeThePointAreRefusedAndTwentyPass() throws Exception {
        assertEquals("cash", path(refused("{\"cash\": 1e25}")));
        assertEquals("cash", path(refused("{\"cash\": 123456789012345678901}")));
        assertEquals("cash", path(refused("{\"cash\": \"1e25\"}")));

        Body body = mapper.readValue("{\"cash\": 99999999999999999999.5}", Body.class);
        assertEquals(new BigDecimal("99999999999999999999.5"), body.cash());
    }

    @Test
    void aMapValueIsNamedByItsKey() {
        assertEquals("fillPrices.SOL", path(refused("{\"fillPrices\": {\"SOL\": 1e30}}")));
    }

    @Test
    void trailingZerosDoNotCountAndZeroWithAnExponentIsPlainZero() throws Exception {
        String manyZeros = "1." + "0".repeat(300);
        Body body = mapper.readValue("{\"cash\": " + manyZeros + ", \"positions\": [{\"quantity\": 0E+999999999}]}",
                Body.class);

        assertEquals(0, body.cash().compareTo(BigDecimal.ONE));
        assertEquals(BigDecimal.ZERO, body.positions().get(0).quantity());
    }

    @Test
    void ordinaryAmountsAreReadExactly() throws Exception {
        Body body = mapper.readValue("""
                {"cash": 1000.5, "positions": [{"symbol": "BTC", "quantity": 0.123456789012345678, "price": 60000}]}""",
                Body.class);

        assertEquals(new BigDecimal("1000.5"), body.cash());
        assertEquals(new BigDecimal("0.123456789012345678"), body.positions().get(0).quantity());
        assertEquals(new BigDecimal("60000"), body.positions().get(0).price());
    }

    @Test
    void sixtyOneDecimalsAreRefusedButNineteenAreLeftToTheFieldsOwnCheck() throws Exception {
        assertEquals("cash", path(refused("{\"cash\": 0." + "1".repeat(61) + "}")));
        assertEquals(new BigDecimal("0.1234567890123456789"),
                mapper.readValue("{\"cash\": 0.1234567890123456789}", Body.class).cash());
    }

    private JsonSettings.AmountOutOfRangeException refused(String json) {
        Exception e = assertThrows(Exception.class, () -> mapper.readValue(json, Body.class));
        return assertInstanceOf(JsonSettings.AmountOutOfRangeException.class, e);
    }

    private static String path(JsonMappingException e) {
        return ApiErrorMappers.path(e);
    }
}
