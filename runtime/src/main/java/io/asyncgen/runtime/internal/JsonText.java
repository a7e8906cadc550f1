package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.asyncgen.runtime.DecodeException;

/**
 * JSON text to a tree and back, for the generated codecs and builders. For generated code only;
 * not an API: its methods change with the generator.
 */
public final class JsonText {
  /** The mapper the codecs parse and print with; its defaults keep text as written. */
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonText() {}

  /** Parses JSON text into a tree, or says where it is malformed. */
  public static JsonNode parse(String json) throws DecodeException {
    try {
      JsonNode tree = MAPPER.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw new DecodeException("empty message: expected a JSON value", json, -1, -1);
      }
      return tree;
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      throw new DecodeException("malformed JSON: " + e.getOriginalMessage(), json, line, column);
    }
  }

  /** Prints a tree as compact JSON text. */
  public static String print(JsonNode json) {
    try {
      return MAPPER.writeValueAsString(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree could not be printed", e);
    }
  }

  /** The mapper behind {@link #parse} and {@link #print}, for binding mapped classes. */
  static ObjectMapper mapper() {
    return MAPPER;
  }
}
