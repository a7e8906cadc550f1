package io.asyncgen.it.stub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;

/** How the realtime services apply {@code session.update}: the changes merged into the current session. */
public final class JsonMerge {
  private JsonMerge() {
  }

  /** {@code changes} into {@code target}: objects member by member, anything else (an explicit null too) replaces. */
  public static void into(ObjectNode target, JsonNode changes) {
    for (Map.Entry<String, JsonNode> member : changes.properties()) {
      JsonNode current = target.get(member.getKey());
      if (current instanceof ObjectNode object && member.getValue().isObject()) {
        into(object, member.getValue());
      } else {
        target.set(member.getKey(), member.getValue().deepCopy());
      }
    }
  }
}
