package io.asyncgen.runtime.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.node.NumericNode;

/**
 * A number exactly as the JSON text it was read from wrote it ({@code 1.50}, {@code 1e3},
 * {@code 1e400}, {@code -0}), printed back the same. The Jackson 3 form of the Jackson 2 runtime's
 * class, written by hand: Jackson 3's {@code NumericNode} asks for every accessor in three forms.
 * They follow Jackson 3: {@code intValue()} and its kin give the exact value or throw,
 * {@code intValue(fallback)} and {@code intValueOpt()} give the fallback or nothing instead,
 * {@code asInt()} drops a fraction. Floating-point accessors never throw: a number beyond the range of
 * double is infinite, as on the Jackson 2 runtime. Equal to another only when written the same.
 */
final class WrittenNumber extends NumericNode {
    private static final long serialVersionUID = 1L;

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
    public boolean isNaN() {
        return false;
    }

    @Override
    public Number numberValue() {
        return decimalValue();
    }

    @Override
    protected String _asString() {
        return text;
    }

    @Override
    public void serialize(JsonGenerator generator, SerializationContext context) {
        generator.writeNumber(text);
    }

    // -- exact value and ranges

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
    public boolean hasFractionalPart() {
        return !integral && decimalValue().stripTrailingZeros().scale() > 0;
    }

    @Override
    public boolean inShortRange() {
        return within(Short.MIN_VALUE, Short.MAX_VALUE);
    }

    @Override
    public boolean inIntRange() {
        return within(Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    @Override
    public boolean inLongRange() {
        return within(Long.MIN_VALUE, Long.MAX_VALUE);
    }

    @Override
    public boolean canConvertToShort() {
        return inShortRange();
    }

    @Override
    public boolean canConvertToInt() {
        return inIntRange();
    }

    @Override
    public boolean canConvertToLong() {
        return inLongRange();
    }

    private boolean within(long min, long max) {
        try {
            BigDecimal value = decimalValue();
            return value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Override
    public short _asShortValueUnchecked() {
        return decimalValue().shortValue();
    }

    @Override
    public int _asIntValueUnchecked() {
        return decimalValue().intValue();
    }

    @Override
    public long _asLongValueUnchecked() {
        return decimalValue().longValue();
    }

    // -- short

    @Override
    public short shortValue() {
        if (hasFractionalPart()) {
            return _reportShortConversionFractionFail("shortValue()");
        }
        return inShortRange() ? _asShortValueUnchecked() : _reportShortConversionRangeFail("shortValue()");
    }

    @Override
    public short shortValue(short fallback) {
        return !hasFractionalPart() && inShortRange() ? _asShortValueUnchecked() : fallback;
    }

    @Override
    public Optional<Short> shortValueOpt() {
        return !hasFractionalPart() && inShortRange() ? Optional.of(_asShortValueUnchecked()) : Optional.empty();
    }

    @Override
    public short asShort() {
        return inShortRange() ? _asShortValueUnchecked() : _reportShortConversionRangeFail("asShort()");
    }

    @Override
    public short asShort(short fallback) {
        return inShortRange() ? _asShortValueUnchecked() : fallback;
    }

    @Override
    public Optional<Short> asShortOpt() {
        return inShortRange() ? Optional.of(_asShortValueUnchecked()) : Optional.empty();
    }

    // -- int

    @Override
    public int intValue() {
        if (hasFractionalPart()) {
            return _reportIntConversionFractionFail("intValue()");
        }
        return inIntRange() ? _asIntValueUnchecked() : _reportIntConversionRangeFail("intValue()");
    }

    @Override
    public int intValue(int fallback) {
        return !hasFractionalPart() && inIntRange() ? _asIntValueUnchecked() : fallback;
    }

    @Override
    public OptionalInt intValueOpt() {
        return !hasFractionalPart() && inIntRange() ? OptionalInt.of(_asIntValueUnchecked()) : OptionalInt.empty();
    }

    @Override
    public int asInt() {
        return inIntRange() ? _asIntValueUnchecked() : _reportIntConversionRangeFail("asInt()");
    }

    @Override
    public int asInt(int fallback) {
        return inIntRange() ? _asIntValueUnchecked() : fallback;
    }

    @Override
    public OptionalInt asIntOpt() {
        return inIntRange() ? OptionalInt.of(_asIntValueUnchecked()) : OptionalInt.empty();
    }

    // -- long

    @Override
    public long longValue() {
        if (hasFractionalPart()) {
            return _reportLongConversionFractionFail("longValue()");
        }
        return inLongRange() ? _asLongValueUnchecked() : _reportLongConversionRangeFail("longValue()");
    }

    @Override
    public long longValue(long fallback) {
        return !hasFractionalPart() && inLongRange() ? _asLongValueUnchecked() : fallback;
    }

    @Override
    public OptionalLong longValueOpt() {
        return !hasFractionalPart() && inLongRange() ? OptionalLong.of(_asLongValueUnchecked()) : OptionalLong.empty();
    }

    @Override
    public long asLong() {
        return inLongRange() ? _asLongValueUnchecked() : _reportLongConversionRangeFail("asLong()");
    }

    @Override
    public long asLong(long fallback) {
        return inLongRange() ? _asLongValueUnchecked() : fallback;
    }

    @Override
    public OptionalLong asLongOpt() {
        return inLongRange() ? OptionalLong.of(_asLongValueUnchecked()) : OptionalLong.empty();
    }

    // -- BigInteger

    @Override
    public BigInteger bigIntegerValue() {
        return hasFractionalPart()
                ? _reportBigIntegerConversionFractionFail("bigIntegerValue()")
                : decimalValue().toBigInteger();
    }

    @Override
    public BigInteger bigIntegerValue(BigInteger fallback) {
        return hasFractionalPart() ? fallback : decimalValue().toBigInteger();
    }

    @Override
    public Optional<BigInteger> bigIntegerValueOpt() {
        return hasFractionalPart()
                ? Optional.empty()
                : Optional.of(decimalValue().toBigInteger());
    }

    @Override
    public BigInteger asBigInteger() {
        return decimalValue().toBigInteger();
    }

    @Override
    public BigInteger asBigInteger(BigInteger fallback) {
        return asBigInteger();
    }

    @Override
    public Optional<BigInteger> asBigIntegerOpt() {
        return Optional.of(asBigInteger());
    }

    // -- float and double: the nearest value, infinite beyond the range

    @Override
    public float floatValue() {
        return Float.parseFloat(text);
    }

    @Override
    public float floatValue(float fallback) {
        return floatValue();
    }

    @Override
    public Optional<Float> floatValueOpt() {
        return Optional.of(floatValue());
    }

    @Override
    public float asFloat() {
        return floatValue();
    }

    @Override
    public float asFloat(float fallback) {
        return floatValue();
    }

    @Override
    public Optional<Float> asFloatOpt() {
        return floatValueOpt();
    }

    /** The nearest double; infinite for a number beyond its range ({@code 1e400}). */
    @Override
    public double doubleValue() {
        return Double.parseDouble(text);
    }

    @Override
    public double doubleValue(double fallback) {
        return doubleValue();
    }

    @Override
    public OptionalDouble doubleValueOpt() {
        return OptionalDouble.of(doubleValue());
    }

    @Override
    public double asDouble() {
        return doubleValue();
    }

    @Override
    public double asDouble(double fallback) {
        return doubleValue();
    }

    @Override
    public OptionalDouble asDoubleOpt() {
        return doubleValueOpt();
    }

    // -- BigDecimal

    @Override
    public BigDecimal decimalValue(BigDecimal fallback) {
        return decimalValue();
    }

    @Override
    public Optional<BigDecimal> decimalValueOpt() {
        return Optional.of(decimalValue());
    }

    @Override
    public BigDecimal asDecimal() {
        return decimalValue();
    }

    @Override
    public BigDecimal asDecimal(BigDecimal fallback) {
        return decimalValue();
    }

    @Override
    public Optional<BigDecimal> asDecimalOpt() {
        return decimalValueOpt();
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
