package app.ballast.web.api;

import app.ballast.domain.Scales;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * Amounts are exact: decimals are read as BigDecimal and written as plain numbers (never 1E+3).
 * A number no amount column could hold is refused while it is read, before any code rounds or
 * divides it: {@code 1e999999999} is eleven characters, but rounding it, or writing it out, would
 * take the server minutes and gigabytes.
 */
@Singleton
public class JsonSettings implements ObjectMapperCustomizer {

    /** Digits before the point: as many as a DECIMAL(38,18) column holds. */
    static final int MAX_INTEGER_DIGITS = Scales.AMOUNT_INTEGER_DIGITS;

    /**
     * Digits after the point (trailing zeros aside): well above the columns' 18, so that the checks
     * of each field still say what they accept (a ledger amount refuses a 19th decimal; a weight may
     * be written with more).
     */
    static final int MAX_DECIMALS = 60;

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        mapper.registerModule(new SimpleModule("ballast-amounts")
                .addDeserializer(BigDecimal.class, new BoundedDecimals()));
    }

    /**
     * Why a number is out of range, or null when it is in range. Cheap whatever the exponent: Jackson
     * caps a number at 1000 characters, and only the digits are looked at, never the value written out.
     */
    static String outOfRange(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        if ((long) stripped.precision() - stripped.scale() > MAX_INTEGER_DIGITS) {
            return "can have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point, was "
                    + Scales.plain(value);
        }
        if (stripped.scale() > MAX_DECIMALS) {
            return "can have at most " + MAX_DECIMALS + " decimal places, was " + Scales.plain(value);
        }
        return null;
    }

    /** BigDecimal as Jackson reads it, refusing what {@link #outOfRange} refuses. */
    static final class BoundedDecimals extends NumberDeserializers.BigDecimalDeserializer {

        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            BigDecimal value = super.deserialize(p, ctxt);
            if (value == null) {
                return null;
            }
            String problem = outOfRange(value);
            if (problem != null) {
                throw new AmountOutOfRangeException(p, problem, value);
            }
            // 0E+999999999 passes (it is 0) but keeps its exponent: hand on the plain zero.
            return value.signum() == 0 && value.scale() != 0 ? BigDecimal.ZERO : value;
        }
    }

    /**
     * A number too large or too finely divided for any amount; its message reads after the field's
     * JSON path, which Jackson adds on the way out ({@code positions[2].price can have at most …}).
     */
    public static final class AmountOutOfRangeException extends InvalidFormatException {

        private static final long serialVersionUID = 1L;

        AmountOutOfRangeException(JsonParser p, String message, BigDecimal value) {
            super(p, message, value, BigDecimal.class);
        }
    }
}
