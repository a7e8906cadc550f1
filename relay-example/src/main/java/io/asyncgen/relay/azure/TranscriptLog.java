package io.asyncgen.relay.azure;

import io.asyncgen.relay.Relay;
import io.asyncgen.relay.azure.generated.ClientEvent;
import io.asyncgen.relay.azure.generated.ContentPart;
import io.asyncgen.relay.azure.generated.ConversationItemCreateEvent;
import io.asyncgen.relay.azure.generated.ConversationItemInputAudioTranscriptionCompletedEvent;
import io.asyncgen.relay.azure.generated.InputTextContent;
import io.asyncgen.relay.azure.generated.MessageItem;
import io.asyncgen.relay.azure.generated.MessageItemRole;
import io.asyncgen.relay.azure.generated.ResponseOutputAudioTranscriptDoneEvent;
import io.asyncgen.relay.azure.generated.ResponseOutputTextDoneEvent;
import io.asyncgen.relay.azure.generated.ServerEvent;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Inspecting hooks that write down what was said on each connection, one {@link Line} per
 * utterance, in the order the relay saw them: what the user typed ({@code conversation.item.create}
 * with user text), what they said (the service's {@code ...input_audio_transcription.completed}),
 * and what the assistant answered ({@code response.output_text.done},
 * {@code response.output_audio_transcript.done}). They change nothing.
 */
public final class TranscriptLog {
    private TranscriptLog() {}

    /** Who said it. */
    public enum Speaker {
        USER,
        ASSISTANT
    }

    /**
     * One utterance.
     *
     * @param connectionId the relay connection ({@code relay-1}, ...)
     * @param speaker who said it
     * @param itemId the conversation item it belongs to (null for typed text before the service named it)
     * @param text what was said (a transcript for speech)
     */
    public record Line(String connectionId, Speaker speaker, String itemId, String text) {
        @Override
        public String toString() {
            return connectionId + " " + speaker.name().toLowerCase(Locale.ROOT) + ": " + text;
        }
    }

    /** Adds the hooks to {@code relay}; every line goes to {@code sink} (on the relay's threads: it must not block). */
    public static Relay.Builder<ClientEvent, ServerEvent> addTo(
            Relay.Builder<ClientEvent, ServerEvent> relay, Consumer<? super Line> sink) {
        Objects.requireNonNull(sink, "sink");
        return relay.inspectClientEvents(ConversationItemCreateEvent.class, (create, connection) -> {
                    if (create.item() instanceof MessageItem message
                            && MessageItemRole.USER.equals(message.role())
                            && message.content() != null) {
                        for (ContentPart part : message.content()) {
                            if (part instanceof InputTextContent text && text.text() != null) {
                                sink.accept(new Line(connection.id(), Speaker.USER, message.id(), text.text()));
                            }
                        }
                    }
                })
                .inspectServerEvents(
                        ConversationItemInputAudioTranscriptionCompletedEvent.class,
                        (done, connection) ->
                                sink.accept(new Line(connection.id(), Speaker.USER, done.itemId(), done.transcript())))
                .inspectServerEvents(
                        ResponseOutputTextDoneEvent.class,
                        (done, connection) ->
                                sink.accept(new Line(connection.id(), Speaker.ASSISTANT, done.itemId(), done.text())))
                .inspectServerEvents(
                        ResponseOutputAudioTranscriptDoneEvent.class,
                        (done, connection) -> sink.accept(
                                new Line(connection.id(), Speaker.ASSISTANT, done.itemId(), done.transcript())));
    }
}
