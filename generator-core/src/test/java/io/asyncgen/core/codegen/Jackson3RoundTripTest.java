package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.asyncgen.core.testing.Jackson3;
import io.asyncgen.core.testing.LoadedCode;
import io.asyncgen.core.testing.RealEvents;
import io.asyncgen.runtime.internal.JsonText;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the GA client generated for Jackson 3 behaves as the one for Jackson 2. Every real GA
 * event (OpenAI's examples, the captured session) decodes to the same member and encodes to the same
 * text, byte for byte, which is the event as received; malformed JSON is refused with the same message
 * and position; a plain Jackson 3 {@code JsonMapper} writes and reads them as the codec does. The
 * Jackson 3 code runs on runtime-jackson3 and Jackson 3 alone, in a class loader of its own
 * ({@link LoadedCode#generate(Path, JsonTarget)}).
 */
class Jackson3RoundTripTest {
    private static final Path GA_SPEC = Path.of("../spec/azure-openai-realtime.yaml");

    @Test
    void everyRealGaEventDecodesAndEncodesAsWithJackson2() {
        LoadedCode jackson2 = LoadedCode.generate(GA_SPEC);
        LoadedCode jackson3 = LoadedCode.generate(GA_SPEC, JsonTarget.JACKSON_3);
        assertNotEquals(
                jackson2.type("ServerEvent").getClassLoader(),
                jackson3.type("ServerEvent").getClassLoader());
        List<RealEvents.Event> events = RealEvents.ga();
        List<String> failures = new ArrayList<>();
        for (RealEvents.Event event : events) {
            String codec = event.fromClient() ? "ClientEventCodec" : "ServerEventCodec";
            try {
                Object decoded2 = jackson2.call(codec, "decode", event.json());
                Object decoded3 = jackson3.call(codec, "decode", event.json());
                assertEquals(decoded2.getClass().getName(), decoded3.getClass().getName(), "decoded to");
                String encoded3 = (String) jackson3.call(codec, "encode", decoded3);
                assertEquals(jackson2.call(codec, "encode", decoded2), encoded3, "encoded");
                RoundTripTest.assertSameJson(event.json(), encoded3);
                assertEquals(decoded2.toString(), decoded3.toString(), "toString");
            } catch (Throwable e) {
                failures.add(event.origin() + ": " + e);
            }
        }
        System.out.printf("Jackson 3 round trip of %d real GA events: %d failed%n", events.size(), failures.size());
        assertEquals(List.of(), failures);
    }

    @Test
    void malformedJsonIsRefusedWithTheSameMessageAndPosition() {
        LoadedCode jackson2 = LoadedCode.generate(GA_SPEC);
        LoadedCode jackson3 = LoadedCode.generate(GA_SPEC, JsonTarget.JACKSON_3);
        for (String json : List.of(
                "{\"type\":\"session.created\",\n \"event_id\": tru}",
                "",
                "[1, 2",
                "{\"a\":1} x",
                "[".repeat(700) + "]".repeat(700))) {
            assertEquals(refusal(jackson2, json), refusal(jackson3, json), json);
        }
    }

    /** What decoding {@code json} gives: the class and message of what it throws, or the class it decodes to. */
    private static String refusal(LoadedCode code, String json) {
        try {
            return "decoded to "
                    + code.call("ServerEventCodec", "decode", json).getClass().getName();
        } catch (Exception e) {
            return e.getClass().getName() + ": " + e.getMessage();
        }
    }

    /**
     * What a plain {@code JsonMapper} of the application's (Jackson 3) makes of generated types, through
     * the {@code @JsonSerialize}/{@code @JsonDeserialize} of Jackson 3 they carry: the wire JSON,
     * numbers as written, and back the value the codec decodes.
     */
    @Test
    void aPlainJackson3MapperWritesAndReadsEveryRealGaEventAsTheCodec() throws Exception {
        LoadedCode jackson3 = LoadedCode.generate(GA_SPEC, JsonTarget.JACKSON_3);
        Class<?> mapperType = Class.forName("tools.jackson.databind.json.JsonMapper", true, Jackson3.loader());
        Object mapper = mapperType.getMethod("builder").invoke(null);
        mapper = mapper.getClass().getMethod("build").invoke(mapper);
        Method write = mapperType.getMethod("writeValueAsString", Object.class);
        Method read = mapperType.getMethod("readValue", String.class, Class.class);
        List<String> failures = new ArrayList<>();
        for (RealEvents.Event event : RealEvents.ga()) {
            String union = event.fromClient() ? "ClientEvent" : "ServerEvent";
            Object decoded = jackson3.call(union + "Codec", "decode", event.json());
            String written = (String) write.invoke(mapper, decoded);
            if (!JsonText.parse(written).equals(JsonText.parse(event.json()))) {
                failures.add(event.origin() + ": written as " + written);
            }
            Object readBack = read.invoke(mapper, event.json(), jackson3.type(union));
            if (!readBack.equals(decoded)) {
                failures.add(event.origin() + ": read as " + readBack);
            }
        }
        assertEquals(List.of(), failures);
    }
}
