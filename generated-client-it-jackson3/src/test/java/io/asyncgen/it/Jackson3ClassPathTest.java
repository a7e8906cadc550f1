package io.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.it.azure.ClientEvent;
import io.asyncgen.it.azure.ClientEventCodec;
import io.asyncgen.it.azure.RealtimeSession;
import io.asyncgen.it.azure.ServerEvent;
import io.asyncgen.it.azure.ServerEventCodec;
import io.asyncgen.it.azure.SessionUpdateEvent;
import io.asyncgen.runtime.internal.JsonSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * This module builds what a Spring Boot 4 application builds: the GA client generated with
 * useJackson3 on asyncgen-runtime-jackson3 and Jackson 3, with nothing of Jackson 2 but its
 * annotations (the enforcer's bannedDependencies keeps it so; this says what it means), and the
 * application's own {@code JsonMapper} reads and writes the generated types as their codec does.
 */
class Jackson3ClassPathTest {

    @Test
    void jackson2DatabindIsNotOnTheClassPath() {
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.databind.JsonNode"));
        assertThrows(ClassNotFoundException.class, () -> Class.forName("com.fasterxml.jackson.core.JsonParser"));
    }

    @Test
    void theGeneratedClientAndTheRuntimeSpeakJackson3() throws Exception {
        assertEquals(JsonNode.class, ServerEvent.Unknown.class.getMethod("json").getReturnType());
        assertEquals(
                JsonNode.class,
                JsonSupport.class.getMethod("parse", String.class).getReturnType());
    }

    @Test
    void theApplicationsJsonMapperWritesAndReadsEventsAsTheCodecs() throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        ClientEvent update = SessionUpdateEvent.builder()
                .eventId("evt_1")
                .session(RealtimeSession.builder()
                        .instructions("Answer in one sentence.")
                        .build())
                .build();
        assertEquals(ClientEventCodec.encode(update), mapper.writeValueAsString(update));
        assertEquals(update, mapper.readValue(ClientEventCodec.encode(update), ClientEvent.class));

        String received = "{\"type\":\"response.brand_new\",\"event_id\":\"evt_2\",\"speed\":1.50}";
        ServerEvent unknown = mapper.readValue(received, ServerEvent.class);
        assertEquals(ServerEventCodec.decode(received), unknown);
        assertEquals(received, mapper.writeValueAsString(unknown));
    }
}
