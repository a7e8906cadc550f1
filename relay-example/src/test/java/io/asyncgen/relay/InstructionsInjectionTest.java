package io.asyncgen.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.relay.azure.InstructionsInjection;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ServerEvent;
import io.asyncgen.relay.azure.generated.SessionUpdateEvent;
import io.asyncgen.runtime.Frame;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code azure.InstructionsInjection}: the application's instructions go first, the client's follow, nothing else changes. */
class InstructionsInjectionTest {
    private static final String POLICY = "Never quote prices.";
    private final ObjectMapper json = new ObjectMapper();
    private ScriptedUpstream upstream;
    private Relay<ClientEvent, ServerEvent> relay;

    @BeforeEach
    void start() throws Exception {
        upstream = new ScriptedUpstream();
        relay = Relays.to(upstream, new Relays.Heard())
                .onClientEvent(SessionUpdateEvent.class, InstructionsInjection.prefix(POLICY))
                .start();
    }

    @AfterEach
    void stop() {
        relay.close();
        upstream.close();
    }

    @Test
    void theClientsInstructionsFollowTheApplicationsAndNothingElseChanges() throws Exception {
        String update =
                "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"instructions\":\"Be brief.\","
                        + "\"audio\":{\"output\":{\"speed\":1.10}},\"tools\":[]},\"event_id\":\"u1\"}";

        List<String> sent = exchange(update);

        assertEquals(
                "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"instructions\":"
                        + "\"Never quote prices.\\n\\nBe brief.\",\"audio\":{\"output\":{\"speed\":1.10}},\"tools\":[]},\"event_id\":\"u1\"}",
                sent.get(0));
    }

    @Test
    void aFirstUpdateWithoutInstructionsGetsTheApplicationsAndALaterOneIsLeftAlone() throws Exception {
        String first =
                "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"output_modalities\":[\"text\"]}}";
        String later =
                "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"output_modalities\":[\"audio\"]}}";

        List<String> sent = exchange(first, later);

        assertEquals(with(first, POLICY), sent.get(0));
        assertEquals(later, sent.get(1));
    }

    @Test
    void anExplicitNullCannotClearTheApplicationsInstructions() throws Exception {
        String first = "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"instructions\":\"A\"}}";
        String clearing = "{\"type\":\"session.update\",\"session\":{\"type\":\"realtime\",\"instructions\":null}}";

        List<String> sent = exchange(first, clearing);

        assertEquals(with(first, POLICY + "\n\nA"), sent.get(0));
        assertEquals(with(clearing, POLICY), sent.get(1));
    }

    @Test
    void aTranscriptionSessionHasNoInstructionsAndPassesUnchanged() throws Exception {
        String transcription = "{\"type\":\"session.update\",\"session\":{\"type\":\"transcription\"}}";

        assertEquals(List.of(transcription), exchange(transcription));
    }

    /** Sends {@code updates} through the relay; what upstream received, as text. */
    private List<String> exchange(String... updates) throws Exception {
        RawClient client = Relays.client(relay);
        ScriptedUpstream.Connection service = upstream.next();
        client.sendText(updates);
        return service.received.await(updates.length).stream()
                .map(frame -> ((Frame.Text) frame).text())
                .toList();
    }

    /** {@code update} with {@code /session/instructions} set, serialized as the relay writes it. */
    private String with(String update, String instructions) throws Exception {
        JsonNode tree = json.readTree(update);
        ((ObjectNode) tree.get("session")).put("instructions", instructions);
        return tree.toString();
    }
}
