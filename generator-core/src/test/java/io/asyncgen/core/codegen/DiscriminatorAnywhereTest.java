package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.core.testing.LoadedCode;
import io.asyncgen.runtime.DecodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 19, point 2: the streaming decoder reads ahead to the discriminator wherever it stands in
 * the object and replays the members before it (scalars, objects, arrays, a nested union whose own
 * discriminator comes last); an event without one, with a non-string one or with two is still
 * decoded without loss, and written back as it came.
 */
class DiscriminatorAnywhereTest {
    private static final String SPEC = """
      asyncapi: 2.6.0
      info: {title: Chat, version: '1'}
      channels:
        /chat:
          subscribe:
            message:
              oneOf:
                - payload:
                    type: object
                    title: Said
                    required: [type, text]
                    properties:
                      type: {const: said}
                      event_id: {type: string}
                      text: {type: string}
                      counts: {type: array, items: {type: integer}}
                      meta:
                        type: object
                        title: Meta
                        required: [kind]
                        properties:
                          kind: {const: meta}
                          lang: {type: string}
                          score: {type: number}
                      part:
                        title: Part
                        oneOf:
                          - type: object
                            title: TextPart
                            required: [type]
                            properties:
                              type: {const: text}
                              id: {type: string}
                              text: {type: string}
                          - type: object
                            title: AudioPart
                            required: [type]
                            properties:
                              type: {const: audio}
                              id: {type: string}
                              bytes: {type: integer}
                - payload:
                    type: object
                    title: Left
                    required: [type]
                    properties:
                      type: {const: left}
                      event_id: {type: string}
      """;

    private static final LoadedCode CODE = LoadedCode.generate(spec(), Map.of());

    private static final String MEMBERS = "\"event_id\":\"e1\",\"text\":\"hi\",\"counts\":[1,2],"
            + "\"meta\":{\"lang\":\"en\",\"score\":0.50},\"part\":{\"id\":\"p1\",\"bytes\":7,\"type\":\"audio\"}";

    @Test
    void theDiscriminatorFirstInTheMiddleOrLastDecodesTheSameEvent() {
        Object first = decode("{\"type\":\"said\"," + MEMBERS + "}");
        Object middle = decode("{\"event_id\":\"e1\",\"text\":\"hi\",\"type\":\"said\",\"counts\":[1,2],"
                + "\"meta\":{\"lang\":\"en\",\"score\":0.50},\"part\":{\"id\":\"p1\",\"bytes\":7,\"type\":\"audio\"}}");
        Object last = decode("{" + MEMBERS + ",\"type\":\"said\"}");
        for (Object said : List.of(first, middle, last)) {
            assertEquals("Said", said.getClass().getSimpleName());
            assertEquals("e1", LoadedCode.invoke(said, "eventId"));
            assertEquals(List.of(1L, 2L), LoadedCode.invoke(said, "counts"));
            assertEquals(0.5, LoadedCode.invoke(LoadedCode.invoke(said, "meta"), "score"));
            Object part = LoadedCode.invoke(said, "part");
            assertEquals("AudioPart", part.getClass().getSimpleName());
            assertEquals(7L, LoadedCode.invoke(part, "bytes"));
            assertEquals(Map.of(), LoadedCode.invoke(said, "additionalProperties"));
        }
        assertEquals(first.toString(), last.toString());
    }

    @Test
    void membersReadAheadAreWrittenBackAsTheyCame() {
        String json = "{\"meta\":{\"lang\":\"en\",\"score\":0.50},\"counts\":[1,\"two\"],\"extra\":[{\"a\":1e3}],"
                + "\"event_id\":\"e1\",\"text\":\"hi\",\"type\":\"said\"}";
        Object said = decode(json);
        assertEquals("Said", said.getClass().getSimpleName());
        assertEquals(null, LoadedCode.invoke(said, "counts"));
        assertEquals(
                "{counts=[1,\"two\"], extra=[{\"a\":1e3}]}",
                LoadedCode.invoke(said, "additionalProperties").toString());
        assertEquals(json, encode(said));
    }

    @Test
    void anObjectWithoutTheDiscriminatorIsUnknownAndKeptWhole() {
        String json = "{\"event_id\":\"e1\",\"meta\":{\"score\":1.50},\"text\":\"hi\"}";
        Object unknown = decode(json);
        assertEquals("ChatInbound$Unknown", unknown.getClass().getName().replaceAll(".*\\.", ""));
        assertEquals(json, encode(unknown));
    }

    @Test
    void aDiscriminatorThatIsNotAStringIsUnknown() {
        for (String json : List.of(
                "{\"event_id\":\"e1\",\"type\":5,\"text\":\"hi\"}",
                "{\"type\":{\"said\":true},\"text\":\"hi\"}",
                "{\"type\":null}",
                "[\"said\"]",
                "\"said\"")) {
            Object unknown = decode(json);
            assertEquals("Unknown", unknown.getClass().getSimpleName(), json);
            assertEquals(json, encode(unknown));
        }
    }

    @Test
    void aValueNoMemberHasIsUnknownAndKeptWhole() {
        // "xaid" has the length and the last, middle and quarter characters of "said"
        for (String type : List.of("xaid", "sai", "saidx", "Said", "", "said ")) {
            String json = "{\"event_id\":\"e1\",\"meta\":{\"score\":1.50},\"type\":\"" + type + "\",\"text\":\"hi\"}";
            Object unknown = decode(json);
            assertEquals("Unknown", unknown.getClass().getSimpleName(), json);
            assertEquals(json, encode(unknown));
        }
    }

    @Test
    void aDiscriminatorWrittenWithAnEscapeStillPicksItsMember() {
        String json = "{\"event_id\":\"e1\",\"type\":\"s\\u0061id\",\"text\":\"hi\"}";
        Object said = decode(json);
        assertEquals("Said", said.getClass().getSimpleName());
        assertEquals(Map.of(), LoadedCode.invoke(said, "additionalProperties"));
        assertEquals(json, encode(said));
    }

    @Test
    void aConstantMemberOutsideAUnionIsKeptWhenItHoldsAnythingElse() {
        for (String kind : List.of("\"meta\"", "\"met\\u0061\"")) {
            Object meta = LoadedCode.invoke(decode("{\"type\":\"said\",\"meta\":{\"kind\":" + kind + "}}"), "meta");
            assertEquals(Map.of(), LoadedCode.invoke(meta, "additionalProperties"), kind);
        }
        for (String kind : List.of("\"metb\"", "\"met\"", "\"metaa\"", "\"\"", "7", "null", "{\"a\":1}")) {
            String json = "{\"type\":\"said\",\"meta\":{\"kind\":" + kind + ",\"lang\":\"en\"}}";
            Object said = decode(json);
            Object meta = LoadedCode.invoke(said, "meta");
            assertEquals(
                    "{kind=" + kind + "}",
                    LoadedCode.invoke(meta, "additionalProperties").toString(),
                    kind);
            assertEquals("en", LoadedCode.invoke(meta, "lang"));
            assertEquals(json, encode(said));
        }
    }

    @Test
    void theFirstOfTwoDiscriminatorsDecidesAndTheOtherIsKept() {
        String json = "{\"event_id\":\"e1\",\"type\":\"left\",\"type\":\"said\"}";
        Object left = decode(json);
        assertEquals("Left", left.getClass().getSimpleName());
        assertEquals(
                "{type=\"said\"}",
                LoadedCode.invoke(left, "additionalProperties").toString());
        assertEquals(json, encode(left));
    }

    @Test
    void malformedTextAfterOrBeforeTheDiscriminatorSaysWhere() {
        DecodeException after = assertThrows(DecodeException.class, () -> decode("{\"type\":\"said\",\"text\":}"));
        assertEquals(
                "malformed JSON: Unexpected character ('}' (code 125)): expected a value (line 1, column 23)",
                after.getMessage());
        DecodeException before = assertThrows(
                DecodeException.class, () -> decode("{\"meta\":{\"lang\":\"en\" \"score\":1},\"type\":\"said\"}"));
        assertEquals(1, before.line());
        assertEquals(22, before.column());
    }

    private static Object decode(String json) {
        return CODE.call("ChatInboundCodec", "decode", json);
    }

    private static String encode(Object event) {
        return (String) CODE.call("ChatInboundCodec", "encode", event);
    }

    private static Path spec() {
        try {
            return Files.writeString(Files.createTempDirectory("discriminator").resolve("chat.yaml"), SPEC);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
