package io.asyncgen.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.runtime.DecodeException;
import org.junit.jupiter.api.Test;

class JsonTextTest {

    @Test
    void numbersArePrintedBackAsTheyWereWritten() throws DecodeException {
        String json =
                "{\"a\":60,\"b\":1.50,\"c\":1e3,\"d\":-0,\"e\":1e400,\"f\":123456789012345678901234567890,\"g\":0.1}";
        assertEquals(json, JsonText.print(JsonText.parse(json)));
    }

    @Test
    void writtenNumbersHaveTheirValueAndAreEqualOnlyWhenWrittenAlike() throws DecodeException {
        JsonNode number = JsonText.parse("1.50");
        assertEquals(1.5, number.doubleValue());
        assertTrue(number.isFloatingPointNumber());
        assertEquals(Double.POSITIVE_INFINITY, JsonText.parse("1e400").doubleValue());
        assertEquals(0, JsonText.parse("-0").longValue());
        assertTrue(JsonText.parse("-0").isIntegralNumber());
        assertEquals(JsonText.parse("1.50"), number);
        assertNotEquals(JsonText.parse("1.5"), number);
    }

    @Test
    void textAfterTheValueIsRefusedWithWhereItStarts() {
        DecodeException refused = assertThrows(DecodeException.class, () -> JsonText.parse("{\"a\":1}\n {\"b\":2}"));
        assertEquals(
                "malformed JSON: more text after the value, starting with '{' (line 2, column 2)",
                refused.getMessage());
    }

    @Test
    void emptyTextAndNestingBeyondTheLimitAreRefused() {
        assertEquals(
                "empty message: expected a JSON value",
                assertThrows(DecodeException.class, () -> JsonText.parse("  ")).getMessage());
        DecodeException tooDeep =
                assertThrows(DecodeException.class, () -> JsonText.parse("[".repeat(1500) + "]".repeat(1500)));
        assertTrue(
                tooDeep.getMessage().startsWith("malformed JSON: Document nesting depth (1001) exceeds"),
                tooDeep.getMessage());
    }
}
