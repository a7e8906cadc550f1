package io.asyncgen.relay;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.relay.azure.TranscriptLog;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ServerEvent;
import io.asyncgen.runtime.Frame;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** {@code azure.TranscriptLog}: who said what, typed text and speech, and nothing changes on the wire. */
class TranscriptLogTest {
    @Test
    void typedTextSpeechAndAnswersAreWrittenDownInOrderAndPassUnchanged() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        try (ScriptedUpstream upstream = new ScriptedUpstream();
                Relay<ClientEvent, ServerEvent> relay = TranscriptLog.addTo(
                                Relays.to(upstream, new Relays.Heard()), line -> lines.add(line.toString()))
                        .start()) {
            RawClient client = Relays.client(relay);
            ScriptedUpstream.Connection service = upstream.next();
            String typed = "{\"type\":\"conversation.item.create\",\"item\":{\"type\":\"message\",\"role\":\"user\","
                    + "\"content\":[{\"type\":\"input_text\",\"text\":\"What's the weather in Paris?\"}]}}";
            List<String> answers = List.of(
                    "{\"type\":\"response.output_text.done\",\"item_id\":\"item_2\",\"text\":\"Sunny, 18 °C.\"}",
                    "{\"type\":\"conversation.item.input_audio_transcription.completed\",\"item_id\":\"item_3\",\"transcript\":\"And tomorrow?\"}",
                    "{\"type\":\"response.output_audio_transcript.done\",\"item_id\":\"item_4\",\"transcript\":\"Rain.\"}");

            client.sendText(typed);
            assertEquals(List.of(Frame.text(typed)), service.received.await(1));
            service.sendText(answers.toArray(String[]::new));
            assertEquals(answers.stream().map(Frame::text).toList(), client.received.await(3));

            assertEquals(
                    List.of(
                            "relay-1 user: What's the weather in Paris?",
                            "relay-1 assistant: Sunny, 18 °C.",
                            "relay-1 user: And tomorrow?",
                            "relay-1 assistant: Rain."),
                    lines);
        }
    }
}
