package io.asyncgen.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Small helpers for what went over the wire. */
final class Wire {
  static final ObjectMapper JSON = new ObjectMapper();

  private Wire() {
  }

  static JsonNode parse(String json) {
    try {
      return JSON.readTree(json);
    } catch (IOException e) {
      throw new IllegalArgumentException("not JSON: " + json, e);
    }
  }

  /**
   * Whether two JSON values are the same, numbers compared by value: a {@code type: number}
   * member decodes to a {@code Double}, so a recorded {@code 1} comes back as {@code 1.0}.
   */
  static boolean sameJson(JsonNode expected, JsonNode actual) {
    return expected.equals((a, b) -> {
      if (a.isNumber() && b.isNumber()) {
        return a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;
      }
      return a.equals(b) ? 0 : 1;
    }, actual);
  }

  /** The messages of {@code received} whose {@code type} is {@code type}, parsed. */
  static List<JsonNode> ofType(List<String> received, String type) {
    return received.stream().map(Wire::parse).filter(json -> type.equals(json.path("type").asText())).toList();
  }

  /** Base64 chunks decoded and joined. */
  static byte[] joinBase64(List<String> chunks) {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    chunks.forEach(chunk -> all.writeBytes(Base64.getDecoder().decode(chunk)));
    return all.toByteArray();
  }

  /** Runs of one {@code *.delta} type collapsed to {@code type*}, for comparing event sequences. */
  static List<String> collapseDeltas(List<String> types) {
    List<String> collapsed = new ArrayList<>();
    for (String type : types) {
      String entry = type.endsWith(".delta") ? type + "*" : type;
      if (!(entry.endsWith("*") && !collapsed.isEmpty() && collapsed.get(collapsed.size() - 1).equals(entry))) {
        collapsed.add(entry);
      }
    }
    return collapsed;
  }
}
