package io.asyncgen.relay.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.relay.Hook;
import io.asyncgen.relay.RelayConnection;
import io.asyncgen.relay.Verdict;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.RealtimeSession;
import io.asyncgen.relay.azure.generated.ServerEvent;
import io.asyncgen.relay.azure.generated.SessionUpdateEvent;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A client-event hook that puts the application's instructions in front of the client's in
 * {@code session.update}: an update that sets instructions gets {@code <ours>\n\n<theirs>}, the
 * first update of a connection that sets none gets ours alone, and a later update that sets none
 * is left alone (the service keeps what it has). An explicit {@code null} (which would clear them)
 * counts as setting none of the client's. Only the {@code instructions} member changes: everything
 * else in the update goes on as the client wrote it.
 *
 * <p>A client that never sends {@code session.update} runs with the deployment's default
 * instructions; a relay that must enforce them also drops {@code response.create} until the
 * session was configured.
 */
public final class InstructionsInjection implements Hook<SessionUpdateEvent, ClientEvent, ClientEvent, ServerEvent> {
    private final String instructions;
    /** The connections whose first update was seen. */
    private final Set<String> configured = ConcurrentHashMap.newKeySet();

    private InstructionsInjection(String instructions) {
        this.instructions = Objects.requireNonNull(instructions, "instructions");
        if (instructions.isBlank()) {
            throw new IllegalArgumentException("instructions to inject cannot be blank");
        }
    }

    /** Puts {@code instructions} in front of what clients set. */
    public static InstructionsInjection prefix(String instructions) {
        return new InstructionsInjection(instructions);
    }

    @Override
    public Verdict<ClientEvent> intercept(
            SessionUpdateEvent update, RelayConnection<ClientEvent, ServerEvent> connection) {
        if (!(update.session() instanceof RealtimeSession session)) {
            return Verdict.forward(); // a transcription session has no instructions
        }
        boolean first = configured.add(connection.id());
        if (first) {
            connection.closed().whenComplete((ending, failure) -> configured.remove(connection.id()));
        }
        ObjectNode json = session.toJson();
        JsonNode given = json.get("instructions");
        boolean setsTheirs =
                given != null && given.isTextual() && !given.asText().isBlank();
        if (given == null && !first) {
            return Verdict.forward();
        }
        json.put("instructions", setsTheirs ? instructions + "\n\n" + given.asText() : instructions);
        return Verdict.replace(
                update.toBuilder().session(RealtimeSession.fromJson(json)).build());
    }
}
