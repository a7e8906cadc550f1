package io.asyncgen.it.stub.azure;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.asyncgen.it.azure.AzureOpenAiRealtimeServer;
import io.asyncgen.it.azure.ClientEvent;
import io.asyncgen.it.azure.ClientEventHandler;
import io.asyncgen.it.azure.ConversationItemCreateEvent;
import io.asyncgen.it.azure.ConversationItemDeleteEvent;
import io.asyncgen.it.azure.ConversationItemTruncateEvent;
import io.asyncgen.it.azure.ConversationItemTruncatedEvent;
import io.asyncgen.it.azure.ErrorEvent;
import io.asyncgen.it.azure.InputAudioBufferAppendEvent;
import io.asyncgen.it.azure.InputAudioBufferClearEvent;
import io.asyncgen.it.azure.InputAudioBufferClearedEvent;
import io.asyncgen.it.azure.InputAudioBufferCommitEvent;
import io.asyncgen.it.azure.InputAudioBufferCommittedEvent;
import io.asyncgen.it.azure.InputAudioBufferSpeechStartedEvent;
import io.asyncgen.it.azure.InputAudioBufferSpeechStoppedEvent;
import io.asyncgen.it.azure.InputAudioContent;
import io.asyncgen.it.azure.MessageItem;
import io.asyncgen.it.azure.MessageItemRole;
import io.asyncgen.it.azure.MessageItemStatus;
import io.asyncgen.it.azure.RealtimeError;
import io.asyncgen.it.azure.RealtimeSession;
import io.asyncgen.it.azure.ResponseCancelEvent;
import io.asyncgen.it.azure.ResponseCreateEvent;
import io.asyncgen.it.azure.SessionCreatedEvent;
import io.asyncgen.it.azure.SessionUpdateEvent;
import io.asyncgen.it.azure.SessionUpdatedEvent;
import io.asyncgen.it.stub.EnergyVad;
import io.asyncgen.it.stub.Ids;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.JsonMerge;
import io.asyncgen.it.stub.Scenarios;
import io.asyncgen.it.stub.Script;
import io.asyncgen.runtime.DecodeException;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

/**
 * A scripted Azure OpenAI Realtime (GA) service for one connection, built on the generated
 * {@link AzureOpenAiRealtimeServer}: greets with {@code session.created}, applies
 * {@code session.update}, keeps the conversation ({@link GaConversation}), runs a simple energy VAD over the PCM16 the
 * client appends, and answers {@code response.create} through {@link GaResponder}. Errors come as
 * {@code error} events, as the real service sends them.
 *
 * <p>Every client event is handled on one worker thread per connection, in order, so a response
 * can stream while Jetty goes on reading (a {@code response.cancel} arrives in the middle).
 */
public final class GaAssistant implements ClientEventHandler {
    private final AzureOpenAiRealtimeServer session;
    private final JettySocket socket;
    private final GaResponder responder;
    private final ExecutorService worker;
    private final Ids ids = new Ids();
    // below: confined to the worker thread
    private final ObjectNode config;
    private final GaConversation conversation;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private final EnergyVad vad = new EnergyVad();
    private String speechItem;

    private GaAssistant(JettySocket socket) {
        session = new AzureOpenAiRealtimeServer(this);
        conversation = new GaConversation(session, ids);
        this.socket = socket;
        responder = new GaResponder(
                session,
                socket,
                ids,
                socket.query("scenario", Scenarios.ASSISTANT),
                Long.parseLong(socket.query("delta_delay_ms", "0")),
                Integer.parseInt(socket.query("count", "100000")));
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "stub-assistant-" + socket.path());
            thread.setDaemon(true);
            return thread;
        });
        session.closed().whenComplete((status, failure) -> worker.shutdownNow());
        config = GaSessionDefaults.session().toJson();
    }

    /** The scenario for a socket just accepted: what Jetty should report to. */
    public static void accept(JettySocket socket) {
        GaAssistant assistant = new GaAssistant(socket);
        socket.attach(assistant.session.listener(), assistant::greet);
    }

    private void greet() {
        later(() -> {
            session.sendSessionCreated(SessionCreatedEvent.builder()
                    .eventId(ids.next("event"))
                    .session(realtime())
                    .build());
        });
    }

    @Override
    public void onSessionUpdate(SessionUpdateEvent event) {
        later(() -> {
            if (!(event.session() instanceof RealtimeSession update)) {
                error(
                        event.eventId(),
                        "invalid_request_error",
                        "invalid_session_type",
                        "session",
                        "this stub serves realtime sessions only");
                return;
            }
            ObjectNode changes = update.toJson();
            changes.remove(List.of("id", "object", "type", "expires_at"));
            JsonMerge.into(config, changes);
            session.sendSessionUpdated(SessionUpdatedEvent.builder()
                    .eventId(ids.next("event"))
                    .session(realtime())
                    .build());
            if (Scenarios.RESTART_AFTER_UPDATE.equals(socket.query("scenario", ""))
                    && socket.earlierConnections() == 0) {
                socket.close(Scenarios.RESTART_CODE, Scenarios.RESTART_REASON);
            }
        });
    }

    @Override
    public void onConversationItemCreate(ConversationItemCreateEvent event) {
        later(() -> conversation.add(event.item()));
    }

    @Override
    public void onConversationItemDelete(ConversationItemDeleteEvent event) {
        later(() -> {
            if (!conversation.delete(event.itemId())) {
                error(
                        event.eventId(),
                        "invalid_request_error",
                        "item_delete_invalid_item_id",
                        "item_id",
                        "Item with item_id '" + event.itemId() + "' not found.");
            }
        });
    }

    @Override
    public void onConversationItemTruncate(ConversationItemTruncateEvent event) {
        later(() -> {
            Long audioLength = responder.audioMillis(event.itemId());
            if (audioLength == null) {
                error(
                        event.eventId(),
                        "invalid_request_error",
                        "item_truncate_invalid_item_id",
                        "item_id",
                        "Item with item_id '" + event.itemId() + "' not found or has no assistant audio.");
            } else if (event.audioEndMs() > audioLength) {
                error(
                        event.eventId(),
                        "invalid_request_error",
                        "invalid_value",
                        "audio_end_ms",
                        "audio_end_ms " + event.audioEndMs() + " is after the end of the audio (" + audioLength
                                + " ms).");
            } else {
                session.sendConversationItemTruncated(ConversationItemTruncatedEvent.builder()
                        .eventId(ids.next("event"))
                        .itemId(event.itemId())
                        .contentIndex(event.contentIndex())
                        .audioEndMs(event.audioEndMs())
                        .build());
            }
        });
    }

    @Override
    public void onInputAudioBufferAppend(InputAudioBufferAppendEvent event) {
        later(() -> {
            byte[] pcm;
            try {
                pcm = Base64.getDecoder().decode(event.audio());
            } catch (IllegalArgumentException e) {
                error(
                        event.eventId(),
                        "invalid_request_error",
                        "invalid_value",
                        "audio",
                        "audio is not base64: " + e.getMessage());
                return;
            }
            buffer.writeBytes(pcm);
            if (config.path("audio")
                    .path("input")
                    .path("turn_detection")
                    .path("type")
                    .asText()
                    .equals("server_vad")) {
                detectSpeech(pcm);
            }
        });
    }

    @Override
    public void onInputAudioBufferCommit(InputAudioBufferCommitEvent event) {
        later(() -> commit(ids.next("item"), event.eventId()));
    }

    @Override
    public void onInputAudioBufferClear(InputAudioBufferClearEvent event) {
        later(() -> {
            buffer.reset();
            session.sendInputAudioBufferCleared(InputAudioBufferClearedEvent.builder()
                    .eventId(ids.next("event"))
                    .build());
        });
    }

    @Override
    public void onResponseCreate(ResponseCreateEvent event) {
        later(() -> respond(event));
    }

    @Override
    public void onResponseCancel(ResponseCancelEvent event) {
        // on Jetty's thread, not the worker's: the worker may be busy streaming the response to cancel
        if (!responder.cancel(event.responseId())) {
            later(() -> error(
                    event.eventId(),
                    "invalid_request_error",
                    "response_cancel_not_active",
                    null,
                    "Cancellation failed: no active response found."));
        }
    }

    @Override
    public void onUnknown(ClientEvent.Unknown event) {
        later(() -> error(
                event.eventId(),
                "invalid_request_error",
                "invalid_value",
                "type",
                "Invalid value: '" + event.type() + "'. Supported values are the client events of the GA protocol."));
    }

    @Override
    public void onDecodeError(DecodeException decodeError) {
        later(() -> error(
                null,
                "invalid_request_error",
                "invalid_json",
                null,
                "The message is not JSON: " + decodeError.getMessage()));
    }

    @Override
    public void onHandlerError(ClientEvent event, RuntimeException failure) {
        later(() -> error(event.eventId(), "server_error", "stub_failure", null, "the stub failed: " + failure));
    }

    private void respond(ResponseCreateEvent event) {
        List<String> modalities = new ArrayList<>();
        if (event.response() != null && event.response().outputModalities() != null) {
            event.response().outputModalities().forEach(modality -> modalities.add(modality.value()));
        } else {
            config.path("output_modalities").forEach(modality -> modalities.add(modality.asText()));
        }
        responder.respond(conversation.items(), Script.functionTools(config), modalities, conversation::keep);
    }

    /**
     * The session's {@code server_vad}: speech started and stopped, then the buffer committed and,
     * when the session says so, a response.
     */
    private void detectSpeech(byte[] pcm) {
        JsonNode turnDetection = config.path("audio").path("input").path("turn_detection");
        List<EnergyVad.Change> changes = vad.feed(
                pcm,
                turnDetection.path("prefix_padding_ms").asLong(300),
                turnDetection.path("silence_duration_ms").asLong(500));
        for (EnergyVad.Change change : changes) {
            if (change instanceof EnergyVad.SpeechStarted started) {
                speechItem = ids.next("item");
                session.sendInputAudioBufferSpeechStarted(InputAudioBufferSpeechStartedEvent.builder()
                        .eventId(ids.next("event"))
                        .audioStartMs(started.audioStartMs())
                        .itemId(speechItem)
                        .build());
            } else if (change instanceof EnergyVad.SpeechStopped stopped) {
                session.sendInputAudioBufferSpeechStopped(InputAudioBufferSpeechStoppedEvent.builder()
                        .eventId(ids.next("event"))
                        .audioEndMs(stopped.audioEndMs())
                        .itemId(speechItem)
                        .build());
                commit(speechItem, null);
                if (turnDetection.path("create_response").asBoolean(true)) {
                    respond(ResponseCreateEvent.builder().build());
                }
            }
        }
    }

    private void commit(String itemId, String clientEventId) {
        if (buffer.size() == 0) {
            error(
                    clientEventId,
                    "invalid_request_error",
                    "input_audio_buffer_commit_empty",
                    null,
                    "Error committing input audio buffer: the buffer is empty.");
            return;
        }
        byte[] audio = buffer.toByteArray();
        buffer.reset();
        String previous = conversation.lastId();
        session.sendInputAudioBufferCommitted(InputAudioBufferCommittedEvent.builder()
                .eventId(ids.next("event"))
                .previousItemId(previous)
                .itemId(itemId)
                .build());
        responder.heard(itemId, audio);
        conversation.add(MessageItem.builder()
                .id(itemId)
                .role(MessageItemRole.USER)
                .status(MessageItemStatus.COMPLETED)
                .content(List.of(InputAudioContent.builder().transcript(null).build()))
                .build());
    }

    private void error(String clientEventId, String type, String code, String param, String message) {
        session.sendError(ErrorEvent.builder()
                .eventId(ids.next("event"))
                .error(RealtimeError.builder()
                        .type(type)
                        .code(code)
                        .param(param)
                        .message(message)
                        .eventId(clientEventId)
                        .build())
                .build());
    }

    private RealtimeSession realtime() {
        return RealtimeSession.fromJson(config);
    }

    private void later(Runnable task) {
        try {
            worker.execute(() -> {
                try {
                    task.run();
                } catch (IllegalStateException closed) {
                    // the connection is gone (closed by a scenario or by the client): nothing more to say
                } catch (RuntimeException bug) {
                    // a bug of the stub: tell the client instead of leaving it waiting
                    error(null, "server_error", "stub_failure", null, "the stub failed: " + bug);
                }
            });
        } catch (RejectedExecutionException closed) {
            // the connection closed while this event was on its way
        }
    }
}
