package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.core.testing.LoadedCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 7: an event decoded from the wire is written back exactly as it came, numbers
 * as written and members the schema fixes left out when they were; an event the application
 * builds is written from what the builder was given, and checked.
 */
class LosslessTest {
    private static final String SPEC = """
      asyncapi: 2.6.0
      info: {title: Limits, version: '1'}
      channels:
        /limits:
          subscribe:
            message:
              payload:
                type: object
                title: RateLimit
                required: [type, name, reset_seconds]
                properties:
                  type: {const: rate_limit}
                  name: {type: string}
                  reset_seconds: {type: number}
                  speed: {type: number}
                  data: {description: Anything.}
                  params:
                    type: object
                    required: [channel]
                    properties:
                      channel: {type: string, const: ticker}
      """;

    private static final String DRIVER = """
      package com.example.gen;

      public final class Driver {
        private Driver() {}

        public static String built(double seconds) {
          return LimitsInboundCodec.encode(RateLimit.builder().name("requests").resetSeconds(seconds)
              .params(RateLimitParams.builder().build()).build());
        }

        public static String rebuilt(RateLimit decoded) {
          return LimitsInboundCodec.encode(decoded.toBuilder().build());
        }

        public static String changed(RateLimit decoded) {
          return LimitsInboundCodec.encode(new RateLimit(decoded.name(), 30.0, decoded.speed(), decoded.data(),
              decoded.params(), decoded.additionalProperties()));
        }

        public static String withoutName() {
          return LimitsInboundCodec.encode(RateLimit.builder().resetSeconds(1).build());
        }
      }
      """;

    private static final LoadedCode CODE = LoadedCode.generate(spec(), Map.of("Driver", DRIVER));

    @Test
    void numbersComeBackAsTheyWereWritten() {
        String json = "{\"type\":\"rate_limit\",\"name\":\"requests\",\"reset_seconds\":60,\"speed\":1.50,"
                + "\"data\":{\"ratio\":1e3,\"zero\":-0,\"big\":123456789012345678901234567890}}";
        Object decoded = decode(json);
        assertEquals(60.0, LoadedCode.invoke(decoded, "resetSeconds"));
        assertEquals(json, encode(decoded));
    }

    @Test
    void aNumberBeyondDoubleIsKeptAsWritten() {
        String json = "{\"type\":\"rate_limit\",\"name\":\"requests\",\"reset_seconds\":1e400}";
        Object decoded = decode(json);
        assertEquals(null, LoadedCode.invoke(decoded, "resetSeconds"));
        assertEquals(List.of("reset_seconds: unexpected value 1e400"), LoadedCode.invoke(decoded, "validate"));
        assertEquals(json, encode(decoded));
    }

    @Test
    void aFixedMemberAbsentInTheInputStaysAbsentButABuilderWritesIt() {
        String json = "{\"type\":\"rate_limit\",\"name\":\"requests\",\"reset_seconds\":60,\"params\":{}}";
        Object decoded = decode(json);
        assertEquals(json, encode(decoded));
        assertEquals(
                "{\"type\":\"rate_limit\",\"name\":\"requests\",\"reset_seconds\":60.0,\"params\":"
                        + "{\"channel\":\"ticker\"}}",
                CODE.call("Driver", "built", 60.0));
        // rebuilt from the decoded values: the top record from them, the params it was given still as decoded
        assertEquals(
                "{\"type\":\"rate_limit\",\"name\":\"requests\",\"reset_seconds\":60.0,\"params\":{}}",
                CODE.call("Driver", "rebuilt", decoded));
    }

    @Test
    void aRecordMadeWithOtherValuesIsEncodedFromThem() {
        Object decoded = decode("{\"type\":\"rate_limit\",\"name\":\"requests\",\"reset_seconds\":60,\"params\":{}}");
        assertEquals(
                "{\"type\":\"rate_limit\",\"name\":\"requests\",\"reset_seconds\":30.0,\"params\":{}}",
                CODE.call("Driver", "changed", decoded));
    }

    @Test
    void aDecodedEventThatBreaksTheSchemaIsWrittenBackButABuiltOneIsRefused() {
        String hostile = "{\"type\":\"rate_limit\",\"name\":false,\"reset_seconds\":null,\"params\":[]}";
        Object decoded = decode(hostile);
        assertEquals(
                List.of("name: unexpected value false", "reset_seconds must not be null"),
                LoadedCode.invoke(decoded, "validate"));
        assertEquals(hostile, encode(decoded));
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> CODE.call("Driver", "withoutName"));
        assertEquals("cannot encode RateLimit: name is required", refused.getMessage());
    }

    private static Object decode(String json) {
        return CODE.call("LimitsInboundCodec", "decode", json);
    }

    private static String encode(Object event) {
        return (String) CODE.call("LimitsInboundCodec", "encode", event);
    }

    private static Path spec() {
        try {
            return Files.writeString(Files.createTempDirectory("lossless").resolve("limits.yaml"), SPEC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
