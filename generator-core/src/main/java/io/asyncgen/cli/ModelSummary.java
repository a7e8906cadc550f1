package io.asyncgen.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.NamedType;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.model.UnionType;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The JSON summary {@code describe} prints: what a user checks before generating. */
final class ModelSummary {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private ModelSummary() {}

  static ObjectNode of(AsyncApi api) {
    ObjectNode summary = JSON.objectNode();
    summary.put("asyncapi", api.asyncapiVersion());
    summary.put("title", api.info().title());
    summary.put("version", api.info().version());
    ArrayNode connections = summary.putArray("connections");
    Set<Message> allMessages = new LinkedHashSet<>();
    for (Connection connection : api.connections()) {
      connections.add(connection(connection, api));
      connection.operations().forEach(o -> allMessages.addAll(o.messages()));
    }
    ObjectNode counts = summary.putObject("counts");
    counts.put("messages", allMessages.size());
    counts.put("types", api.types().size());
    Map<String, Integer> byKind = new TreeMap<>();
    api.types().values().forEach(t -> byKind.merge(t.kind(), 1, Integer::sum));
    ObjectNode kinds = counts.putObject("typesByKind");
    byKind.forEach(kinds::put);
    ArrayNode discriminators = summary.putArray("discriminators");
    for (NamedType type : api.types().values()) {
      if (type instanceof UnionType union && union.discriminator().isPresent()) {
        discriminators.addObject().put("union", union.name())
            .put("property", union.discriminator().get().property())
            .put("declared", union.discriminator().get().declared())
            .put("members", union.discriminator().get().values().size());
      }
    }
    return summary;
  }

  private static ObjectNode connection(Connection connection, AsyncApi api) {
    ObjectNode node = JSON.objectNode();
    node.put("address", connection.address());
    ArrayNode channels = node.putArray("channels");
    connection.channels().forEach(c -> channels.add(c.name()));
    ArrayNode operations = node.putArray("operations");
    for (Operation operation : connection.operations()) {
      ObjectNode o = operations.addObject();
      // the keyword as the document wrote it, whichever side it is written from
      o.put("action", api.perspective().writtenKeyword(operation.action(), api.asyncapiVersion()));
      o.put("operationId", operation.operationId().orElse(null));
      o.put("clientDirection", operation.action().direction(Role.CLIENT).name().toLowerCase(java.util.Locale.ROOT));
      o.put("messages", operation.messages().size());
      operation.discriminator().ifPresent(d -> o.put("discriminator", d.property()));
      operation.answers().ifPresent(request -> o.put("answers", request));
      operation.reply().ifPresent(reply -> {
        ObjectNode r = o.putObject("reply");
        r.put("channel", reply.channel());
        reply.address().ifPresent(address -> r.put("address", address.location()));
        ArrayNode messages = r.putArray("messages");
        reply.messages().forEach(m -> messages.add(m.key()));
      });
    }
    ObjectNode client = node.putObject("client");
    client.set("outbound", names(connection, Direction.OUTBOUND));
    client.set("inbound", names(connection, Direction.INBOUND));
    return node;
  }

  private static ArrayNode names(Connection connection, Direction direction) {
    ArrayNode names = JSON.arrayNode();
    connection.messages(direction, Role.CLIENT).forEach(m -> names.add(m.key()));
    return names;
  }
}
