package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.asyncgen.core.testing.LoadedCode;
import io.asyncgen.core.testing.RealEvents;
import io.asyncgen.runtime.internal.JsonText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 13, point 6: generated types read and write with the application's own {@code ObjectMapper}
 * exactly as with their codec, whatever the mapper's configuration: every real event of the corpus
 * written by the mapper is the wire JSON, and read by it equals what the codec decodes.
 */
class AnyObjectMapperTest {
    private static final LoadedCode GA = LoadedCode.generate(Path.of("../spec/azure-openai-realtime.yaml"));
    private static final LoadedCode PREVIEW =
            LoadedCode.generate(Path.of("../spec/azure-openai-realtime-preview.yaml"));

    /** A plain mapper, and one set up the way applications set theirs (Spring's habits and more). */
    private static final List<ObjectMapper> MAPPERS = List.of(
            new ObjectMapper(),
            JsonMapper.builder()
                    .propertyNamingStrategy(PropertyNamingStrategies.UPPER_CAMEL_CASE)
                    .serializationInclusion(JsonInclude.Include.NON_NULL)
                    .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                    .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                    .enable(
                            DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                            DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .build());

    @Test
    void everyRealGaEventIsWrittenAsTheWireJsonAndReadAsTheCodecDecodesIt() throws Exception {
        assertSameAsTheCodec(GA, RealEvents.ga());
    }

    @Test
    void everyRealPreviewEventIsWrittenAsTheWireJsonAndReadAsTheCodecDecodesIt() throws Exception {
        assertSameAsTheCodec(PREVIEW, RealEvents.preGa());
    }

    @Test
    void eventsInsideTheApplicationsOwnTypesToo() throws Exception {
        String json = "[{\"type\":\"response.output_text.delta\",\"event_id\":\"e1\",\"response_id\":\"r1\","
                + "\"item_id\":\"i1\",\"output_index\":0,\"content_index\":0,\"delta\":\"Hi\",\"obfuscation\":\"x\"},"
                + "{\"type\":\"response.brand_new\",\"speed\":1.50}]";
        ObjectMapper mapper = new ObjectMapper();
        List<?> events = mapper.readValue(
                json, mapper.getTypeFactory().constructCollectionType(List.class, GA.type("ServerEvent")));
        assertEquals("ResponseOutputTextDeltaEvent", events.get(0).getClass().getSimpleName());
        assertEquals("Unknown", events.get(1).getClass().getSimpleName());
        assertEquals(List.of(decode(GA, json, 0), decode(GA, json, 1)), events);
        assertEquals(JsonText.parse(json), JsonText.parse(mapper.writeValueAsString(events)));
        // a tree of the mapper's own is what the mapper makes of the wire JSON (its number nodes)
        assertEquals(mapper.readTree(json).get(1), mapper.valueToTree(events.get(1)));
        Object status = mapper.readValue("\"in_progress\"", GA.type("RealtimeResponseStatus"));
        assertEquals("\"in_progress\"", mapper.writeValueAsString(status));
    }

    @Test
    void aValueThatIsNotTheTypesShapeIsAMismatchedInput() {
        MismatchedInputException refused = assertThrows(
                MismatchedInputException.class, () -> new ObjectMapper().readValue("[1]", GA.type("RealtimeSession")));
        assertEquals("RealtimeSession: expected a JSON object but got ARRAY", refused.getOriginalMessage());
    }

    @Test
    void aBinaryMessageIsWrittenAsBase64AndReadBackFromIt() throws Exception {
        LoadedCode speech = LoadedCode.generate(Path.of("src/test/resources/golden/binary-messages/spec.yaml"));
        Object audio = speech.call("Audio", "of", (Object) new byte[] {1, 2, 3});
        ObjectMapper mapper = new ObjectMapper();
        assertEquals("\"AQID\"", mapper.writeValueAsString(audio));
        assertEquals(audio, mapper.readValue("\"AQID\"", speech.type("Audio")));
        MismatchedInputException refused =
                assertThrows(MismatchedInputException.class, () -> mapper.readValue("7", speech.type("Audio")));
        assertEquals("Audio: expected base64 text but got NUMBER", refused.getOriginalMessage());
    }

    // ---------------------------------------------------------------------------------------------

    private static void assertSameAsTheCodec(LoadedCode code, List<RealEvents.Event> events) throws Exception {
        List<String> failures = new ArrayList<>();
        for (RealEvents.Event event : events) {
            String union = event.fromClient() ? "ClientEvent" : "ServerEvent";
            Object decoded = code.call(union + "Codec", "decode", event.json());
            for (ObjectMapper mapper : MAPPERS) {
                JsonNode written = JsonText.parse(mapper.writeValueAsString(decoded));
                if (!written.equals(JsonText.parse(event.json()))) {
                    failures.add(event.origin() + ": written as " + written);
                }
                Object read = mapper.readValue(event.json(), code.type(union));
                if (!read.equals(decoded)) {
                    failures.add(event.origin() + ": read as " + read);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    /** The codec's decoding of the {@code index}th event of the array {@code json}. */
    private static Object decode(LoadedCode code, String json, int index) throws Exception {
        return code.call(
                "ServerEventCodec",
                "decode",
                JsonText.print(JsonText.parse(json).get(index)));
    }
}
