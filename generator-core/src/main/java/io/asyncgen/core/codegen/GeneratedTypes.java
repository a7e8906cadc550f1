package io.asyncgen.core.codegen;

import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.BindingParameter;
import io.asyncgen.core.model.ChannelParameter;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.model.SecurityScheme;
import io.asyncgen.core.model.Server;
import io.asyncgen.core.model.ServerVariable;
import io.asyncgen.core.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link JavaGenerator} would name for each connection of a document, without generating
 * anything: the client, server and endpoint classes, the endpoint's settings as the document
 * declares them, and per direction the message union with its codec, handler and dispatcher and
 * the class each message decodes to. Planned exactly as the generator plans, so the two agree.
 */
public record GeneratedTypes(List<ConnectionTypes> connections) {

    public GeneratedTypes {
        connections = List.copyOf(connections);
    }

    /** One connection: its generated classes (present as the role asks), its settings, its two unions. */
    public record ConnectionTypes(
            Connection connection,
            Optional<String> client,
            Optional<String> server,
            Optional<String> endpoint,
            EndpointSettings settings,
            List<UnionTypes> unions) {
        public ConnectionTypes {
            unions = List.copyOf(unions);
        }
    }

    /**
     * What opening the connection takes, from the document: the servers and their URL variables,
     * the channel's path parameters, the handshake's query parameters and headers, and the security
     * schemes that apply.
     */
    public record EndpointSettings(
            List<Server> servers,
            List<ServerVariable> variables,
            List<ChannelParameter> parameters,
            List<BindingParameter> query,
            List<BindingParameter> headers,
            List<SecurityScheme> security) {
        public EndpointSettings {
            servers = List.copyOf(servers);
            variables = List.copyOf(variables);
            parameters = List.copyOf(parameters);
            query = List.copyOf(query);
            headers = List.copyOf(headers);
            security = List.copyOf(security);
        }

        /** A server's URL with its scheme (AsyncAPI 2.x may keep the scheme in {@code protocol}). */
        public static String url(Server server) {
            return EndpointDescriptor.url(server);
        }
    }

    /**
     * The messages travelling one way, as one sealed union.
     *
     * @param direction the direction for a client ({@code OUTBOUND}: the client sends them)
     * @param discriminator the property whose value names each message, when there is one
     */
    public record UnionTypes(
            Action action,
            Direction direction,
            String union,
            String codec,
            String handler,
            String dispatcher,
            Optional<String> discriminator,
            List<MessageClass> messages) {
        public UnionTypes {
            messages = List.copyOf(messages);
        }
    }

    /**
     * One message and the class it decodes to: its payload record, or the union's nested value
     * record ({@code ClientEvent.StringValue}) for a payload that is not an object.
     */
    public record MessageClass(Message message, Optional<String> discriminatorValue, String javaClass) {}

    /** The names {@code generate} with this role and these type mappings gives. */
    public static GeneratedTypes of(AsyncApi api, GeneratedRole role, Map<String, String> typeMappings) {
        TypePlan plan = TypePlan.of(api, role);
        GeneratedNames names = new GeneratedNames("", JsonTarget.JACKSON_2, plan.allNames());
        UnionGenerator unions =
                new UnionGenerator(api, names, new TypeMapper(names, new TypeMappings(api, typeMappings)));
        List<ConnectionTypes> connections = new ArrayList<>();
        for (ConnectionSkeleton skeleton : plan.skeleton().connections()) {
            EndpointDescriptor endpoint = EndpointDescriptor.of(api, skeleton.connection());
            List<UnionTypes> unionTypes = new ArrayList<>();
            skeleton.publish().ifPresent(u -> unionTypes.add(union(u, unions)));
            skeleton.subscribe().ifPresent(u -> unionTypes.add(union(u, unions)));
            connections.add(new ConnectionTypes(
                    skeleton.connection(),
                    skeleton.clientName(),
                    skeleton.serverName(),
                    skeleton.endpointName(),
                    new EndpointSettings(
                            endpoint.servers(),
                            endpoint.variables(),
                            endpoint.parameters(),
                            endpoint.query(),
                            endpoint.headers(),
                            endpoint.schemes()),
                    unionTypes));
        }
        return new GeneratedTypes(connections);
    }

    private static UnionTypes union(MessageUnion union, UnionGenerator unions) {
        Map<Integer, String> valueRecords = unions.valueRecordNames(union.shape());
        List<MessageClass> messages = new ArrayList<>();
        // the union's messages in document order: binary ones are its binary members, the others its members
        int member = 0;
        int binary = 0;
        for (Message message : union.messages()) {
            if (message.isBinary()) {
                messages.add(new MessageClass(
                        message,
                        Optional.empty(),
                        union.shape().binaries().get(binary++).recordName()));
                continue;
            }
            int i = member++;
            UnionShape.Member shaped = union.shape().members().get(i);
            String javaClass = valueRecords.containsKey(i)
                    ? union.shape().name() + "." + valueRecords.get(i)
                    : ((TypeRef) shaped.type()).name();
            messages.add(new MessageClass(message, shaped.value(), javaClass));
        }
        return new UnionTypes(
                union.action(),
                union.action().direction(Role.CLIENT),
                union.shape().name(),
                union.codecName(),
                union.handlerName(),
                union.dispatcherName(),
                union.shape().discriminator(),
                messages);
    }
}
