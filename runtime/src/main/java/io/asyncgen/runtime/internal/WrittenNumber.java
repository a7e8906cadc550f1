package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.NumericNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A number exactly as the JSON text it was read from wrote it ({@code 1.50}, {@code 1e3},
 * {@code 1e400}, {@code -0}), printed back the same: Jackson's own nodes would print
 * {@code 1.5}, {@code 1000.0}, {@code Infinity} and {@code 0}. Its value is computed when asked.
 * Equal to another only when written the same.
 */
final class WrittenNumber extends NumericNode {
    private static final long serialVersionUID = 1L;
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);
    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);

    private final String text;
    private final boolean integral;
    private transient BigDecimal decimal;

    WrittenNumber(String text, boolean integral) {
        this.text = text;
        this.integral = integral;
    }

    @Override
    public JsonToken asToken() {
        return integral ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
    }

    @Override
    public JsonParser.NumberType numberType() {
        return integral ? JsonParser.NumberType.BIG_INTEGER : JsonParser.NumberType.BIG_DECIMAL;
    }

    @Override
    public boolean isIntegralNumber() {
        return integral;
    }

    @Override
    public boolean isFloatingPointNumber() {
        return !integral;
    }

    @Override
    public Number numberValue() {
        return decimalValue();
    }

    @Override
    public int intValue() {
        return decimalValue().intValue();
    }

    @Override
    public long longValue() {
        return decimalValue().longValue();
    }

    /** The nearest double; infinite for a number beyond its range ({@code 1e400}). */
    @Override
    public double doubleValue() {
        return Double.parseDouble(text);
    }

    /**
     * The exact value.
     *
     * @throws NumberFormatException for an exponent beyond what {@code BigDecimal} holds
     */
    @Override
    public BigDecimal decimalValue() {
        if (decimal == null) {
            decimal = new BigDecimal(text);
        }
        return decimal;
    }

    @Override
    public BigInteger bigIntegerValue() {
        return decimalValue().toBigInteger();
    }

    @Override
    public boolean canConvertToInt() {
        return fits(INT_MIN, INT_MAX);
    }

    @Override
    public boolean canConvertToLong() {
        return fits(LONG_MIN, LONG_MAX);
    }

    private boolean fits(BigDecimal min, BigDecimal max) {
        try {
            return decimalValue().compareTo(min) >= 0 && decimalValue().compareTo(max) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public String asText() {
        return text;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializerProvider provider) throws IOException {
        generator.writeNumber(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WrittenNumber number && number.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }
}
