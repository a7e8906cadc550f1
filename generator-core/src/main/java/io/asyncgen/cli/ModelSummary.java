package io.asyncgen.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.core.codegen.GeneratedTypes;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.BindingParameter;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.model.Server;
import io.asyncgen.core.model.ServerVariable;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The JSON {@code describe --format json} prints: what a user checks before generating, for tools. */
final class ModelSummary {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private ModelSummary() {}

    static ObjectNode of(AsyncApi api, GeneratedTypes generated) {
        ObjectNode summary = JSON.objectNode();
        summary.put("asyncapi", api.asyncapiVersion());
        summary.put("title", api.info().title());
        summary.put("version", api.info().version());
        ArrayNode connections = summary.putArray("connections");
        generated.connections().forEach(c -> connections.add(connection(c, api)));
        ObjectNode counts = summary.putObject("counts");
        counts.put("messages", DescriptionFacts.messageCount(api));
        counts.put("types", api.types().size());
        Map<String, Integer> byKind = new TreeMap<>();
        api.types().values().forEach(t -> byKind.merge(t.kind().word(), 1, Integer::sum));
        ObjectNode kinds = counts.putObject("typesByKind");
        byKind.forEach(kinds::put);
        ArrayNode discriminators = summary.putArray("discriminators");
        for (DescriptionFacts.FoundDiscriminator found : DescriptionFacts.discriminators(api, generated)) {
            discriminators
                    .addObject()
                    .put("union", found.union())
                    .put("of", found.of())
                    .put("property", found.property())
                    .put("declared", found.declared())
                    .put("members", found.members());
        }
        return summary;
    }

    private static ObjectNode connection(GeneratedTypes.ConnectionTypes types, AsyncApi api) {
        ObjectNode node = JSON.objectNode();
        node.put("address", types.connection().address());
        ArrayNode channels = node.putArray("channels");
        types.connection().channels().forEach(c -> channels.add(c.name()));
        ObjectNode classes = node.putObject("classes");
        types.client().ifPresent(name -> classes.put("client", name));
        types.server().ifPresent(name -> classes.put("server", name));
        types.endpoint().ifPresent(name -> classes.put("endpoint", name));
        node.set("endpoint", endpoint(types.settings()));
        ArrayNode operations = node.putArray("operations");
        for (Operation operation : types.connection().operations()) {
            ObjectNode o = operations.addObject();
            // the keyword as the document wrote it, whichever side it is written from
            o.put("action", api.perspective().writtenKeyword(operation.action(), api.asyncapiVersion()));
            o.put("operationId", operation.operationId().orElse(null));
            o.put(
                    "clientDirection",
                    operation.action().direction(Role.CLIENT).name().toLowerCase(Locale.ROOT));
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
        ObjectNode messages = node.putObject("messages");
        for (GeneratedTypes.UnionTypes union : types.unions()) {
            ObjectNode u = messages.putObject(union.direction().name().toLowerCase(Locale.ROOT));
            u.put("union", union.union())
                    .put("codec", union.codec())
                    .put("handler", union.handler())
                    .put("dispatcher", union.dispatcher())
                    .put("discriminator", union.discriminator().orElse(null));
            ArrayNode list = u.putArray("messages");
            for (GeneratedTypes.MessageClass message : union.messages()) {
                list.addObject()
                        .put("message", message.message().key())
                        .put("name", message.message().name().orElse(null))
                        .put("discriminatorValue", message.discriminatorValue().orElse(null))
                        .put("class", message.javaClass());
            }
        }
        return node;
    }

    private static ObjectNode endpoint(GeneratedTypes.EndpointSettings settings) {
        ObjectNode node = JSON.objectNode();
        ArrayNode servers = node.putArray("servers");
        for (Server server : settings.servers()) {
            servers.addObject().put("name", server.name()).put("url", GeneratedTypes.EndpointSettings.url(server));
        }
        ArrayNode variables = node.putArray("variables");
        for (ServerVariable variable : settings.variables()) {
            ObjectNode v = variables
                    .addObject()
                    .put("name", variable.name())
                    .put("default", variable.defaultValue().orElse(null));
            ArrayNode allowed = v.putArray("enum");
            variable.allowedValues().forEach(allowed::add);
            v.put("description", variable.description().orElse(null));
        }
        ArrayNode parameters = node.putArray("pathParameters");
        for (ChannelParameter parameter : settings.parameters()) {
            parameters
                    .addObject()
                    .put("name", parameter.name())
                    .put("description", parameter.description().orElse(null));
        }
        node.set("query", parameters(settings.query()));
        node.set("headers", parameters(settings.headers()));
        ArrayNode security = node.putArray("security");
        for (SecurityScheme scheme : settings.security()) {
            security.addObject().put("scheme", scheme.key()).put("sends", DescriptionFacts.sends(scheme));
        }
        return node;
    }

    private static ArrayNode parameters(List<BindingParameter> parameters) {
        ArrayNode list = JSON.arrayNode();
        for (BindingParameter parameter : parameters) {
            list.addObject()
                    .put("name", parameter.name())
                    .put("required", parameter.required())
                    .put("default", parameter.defaultValue().orElse(null))
                    .put("description", parameter.description().orElse(null));
        }
        return list;
    }
}
