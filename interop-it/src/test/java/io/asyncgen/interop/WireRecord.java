package io.asyncgen.interop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.asyncgen.runtime.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;

/**
 * What {@code clients/wire-capture.mjs} recorded in a Node process: every WebSocket message it sent
 * and received, in order, as it went over the wire; and the comparison the relay tests make, JSON
 * equality with numbers compared by their text ({@code 1} is not {@code 1.0}, {@code 1.10} is not
 * {@code 1.1}).
 */
record WireRecord(List<Frame> sent, List<Frame> received) {
    /** Numbers as written: integers exactly, decimals with their scale; compared by their text. */
    private static final JsonMapper EXACT = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final Comparator<JsonNode> NUMBERS_BY_TEXT =
            (a, b) -> a.isNumber() && b.isNumber() ? a.asText().compareTo(b.asText()) : a.equals(b) ? 0 : 1;

    static WireRecord read(Path file) throws IOException {
        List<Frame> sent = new ArrayList<>();
        List<Frame> received = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            JsonNode entry = EXACT.readTree(line);
            Frame frame = entry.has("text")
                    ? Frame.text(entry.get("text").asText())
                    : Frame.binary(ByteBuffer.wrap(
                            Base64.getDecoder().decode(entry.get("binary").asText())));
            (entry.get("direction").asText().equals("sent") ? sent : received).add(frame);
        }
        return new WireRecord(List.copyOf(sent), List.copyOf(received));
    }

    /** {@code text} as a JSON tree with its numbers as written. */
    static JsonNode json(String text) {
        try {
            return EXACT.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("not JSON: " + text, e);
        }
    }

    /** Whether two messages are equal: text frames as JSON with numbers by their text, binary frames byte for byte. */
    static boolean same(Frame a, Frame b) {
        if (a instanceof Frame.Text x && b instanceof Frame.Text y) {
            return json(x.text()).equals(NUMBERS_BY_TEXT, json(y.text()));
        }
        return a.equals(b);
    }

    /** Null when the lists are the same message for message; else where and how they first differ. */
    static String firstDifference(List<Frame> expected, List<Frame> actual) {
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            if (!same(expected.get(i), actual.get(i))) {
                return "message #" + i + " differs:\n  expected " + shown(expected.get(i)) + "\n  actual   "
                        + shown(actual.get(i));
            }
        }
        if (expected.size() != actual.size()) {
            return expected.size() + " messages expected, " + actual.size()
                    + " arrived; the first one past the shorter list: "
                    + shown((expected.size() > actual.size() ? expected : actual)
                            .get(Math.min(expected.size(), actual.size())));
        }
        return null;
    }

    static String shown(Frame frame) {
        if (frame instanceof Frame.Text text) {
            return text.text().length() > 300 ? text.text().substring(0, 300) + "..." : text.text();
        }
        return "binary, " + ((Frame.Binary) frame).data().remaining() + " bytes";
    }
}
