package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.asyncgen.core.testing.Corpus;
import io.asyncgen.core.testing.LoadedCode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 20: the GA client generated for Jackson 3 behaves as the one for Jackson 2. Every real GA
 * event (OpenAI's examples, the captured session) decodes to the same member and encodes to the same
 * text, byte for byte, which is the event as received; malformed JSON is refused with the same message
 * and position. The Jackson 3 code runs on runtime-jackson3 and Jackson 3 alone, in a class loader of
 * its own ({@link LoadedCode#generate(Path, JsonTarget)}).
 */
class Jackson3RoundTripTest {
  private static final Path GA_SPEC = Path.of("../spec/azure-openai-realtime.yaml");
  private static final ObjectMapper JSON = new ObjectMapper();

  record Event(String origin, boolean fromClient, String json) {}

  @Test
  void everyRealGaEventDecodesAndEncodesAsWithJackson2() {
    LoadedCode jackson2 = LoadedCode.generate(GA_SPEC);
    LoadedCode jackson3 = LoadedCode.generate(GA_SPEC, JsonTarget.JACKSON_3);
    assertNotEquals(jackson2.type("ServerEvent").getClassLoader(), jackson3.type("ServerEvent").getClassLoader());
    List<Event> events = gaEvents();
    List<String> failures = new ArrayList<>();
    for (Event event : events) {
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
    for (String json : List.of("{\"type\":\"session.created\",\n \"event_id\": tru}", "", "[1, 2", "{\"a\":1} x",
        "[".repeat(700) + "]".repeat(700))) {
      assertEquals(refusal(jackson2, json), refusal(jackson3, json), json);
    }
  }

  /** What decoding {@code json} gives: the class and message of what it throws, or the class it decodes to. */
  private static String refusal(LoadedCode code, String json) {
    try {
      return "decoded to " + code.call("ServerEventCodec", "decode", json).getClass().getName();
    } catch (Exception e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }

  /** The GA examples of OpenAI's document and every line of the captured GA session. */
  private static List<Event> gaEvents() {
    List<Event> events = new ArrayList<>();
    Path examples = Corpus.file("openai/examples");
    try {
      for (JsonNode entry : JSON.readTree(examples.resolve("index.json").toFile())) {
        boolean fromClient = entry.path("schema").asText().contains("ClientEvent");
        for (JsonNode file : entry.path("files")) {
          if (entry.path("set").asText().equals("ga") && file.asText().endsWith(".json")) {
            events.add(new Event(file.asText(), fromClient, Files.readString(examples.resolve(file.asText()))));
          }
        }
      }
      try (Stream<Path> folders = Files.list(Corpus.file("recordings"))) {
        for (Path folder : folders.filter(f -> f.getFileName().toString().startsWith("bravedigger-")).sorted().toList()) {
          try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".jsonl")).sorted().toList()) {
              List<String> lines = Files.readAllLines(file);
              for (int i = 0; i < lines.size(); i++) {
                if (!lines.get(i).isBlank()) {
                  events.add(new Event(file.getFileName() + ":" + (i + 1),
                      file.getFileName().toString().contains("client-events"), lines.get(i)));
                }
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(events.isEmpty(), "no GA events in the corpus");
    return events;
  }
}
