package io.asyncgen.runtime;

import io.asyncgen.runtime.internal.ConnectSettings;
import io.asyncgen.runtime.internal.Protocol;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A small protocol and in-memory transports for the session tests: inbound text {@code said:x}
 * decodes to {@link Said}, other text to {@link Other}, {@code !} is not decodable, a binary frame
 * to {@link Audio}; outbound strings go out as text, {@code bytes:...} as a binary frame, and
 * {@code bad} is refused as invalid.
 */
final class Fakes {
    private Fakes() {}

    sealed interface Event permits Said, Other, Audio {}

    record Said(String text) implements Event {}

    record Other(String text) implements Event {}

    record Audio(byte[] data) implements Event {}

    static final Protocol<Event, String> PROTOCOL =
            new Protocol<>(Event.class, Fakes::decode, Fakes::decodeBinary, Fakes::encode);

    private static Event decode(String text) throws DecodeException {
        if (text.equals("!")) {
            throw new DecodeException("not an event", text, 1, 1);
        }
        return text.startsWith("said:") ? new Said(text.substring(5)) : new Other(text);
    }

    private static Event decodeBinary(ByteBuffer data) {
        byte[] bytes = new byte[data.remaining()];
        data.get(bytes);
        return new Audio(bytes);
    }

    private static Frame encode(String message) {
        if (message.equals("bad")) {
            throw new IllegalArgumentException("cannot encode bad: text is required");
        }
        return message.startsWith("bytes:")
                ? Frame.binary(ByteBuffer.wrap(message.substring(6).getBytes(StandardCharsets.UTF_8)))
                : Frame.text(message);
    }

    /** A handler that writes down everything it is told, in order. */
    static final class Recorder implements EventHandler<Event> {
        final List<String> seen = Collections.synchronizedList(new ArrayList<>());

        @Override
        public void onDecodeError(DecodeException error) {
            seen.add("decode error " + error.input());
        }

        @Override
        public void onHandlerError(Event event, RuntimeException error) {
            seen.add("handler error " + event + ": " + error.getMessage());
        }

        @Override
        public void onConnectionClosed(CloseStatus status) {
            seen.add("closed " + status);
        }

        @Override
        public void onConnectionFailed(Throwable error) {
            seen.add("failed " + error.getMessage());
        }
    }

    /** The session under test: the protocol above, the handler first sees every event. */
    static final class TestSession extends Session<Event, String> {
        TestSession(Recorder handler) {
            super("TestSession", PROTOCOL, handler, event -> handler.seen.add("handler " + event));
        }

        CompletionStage<Void> open(ConnectSettings settings) {
            return openSession(settings);
        }
    }

    /** Records what is sent; can fail sends; reports to its listener when told. */
    static class FakeTransport implements Transport {
        final List<String> sent = Collections.synchronizedList(new ArrayList<>());
        final Transport.Listener listener;
        volatile IOException failSends;
        volatile boolean answerPings = true;
        final AtomicInteger pings = new AtomicInteger();

        FakeTransport(Transport.Listener listener) {
            this.listener = listener;
        }

        @Override
        public CompletionStage<Void> sendText(String text) {
            if (failSends != null) {
                return CompletableFuture.failedFuture(failSends);
            }
            sent.add(text);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> sendBinary(ByteBuffer data) {
            byte[] bytes = new byte[data.remaining()];
            data.get(bytes);
            sent.add("binary " + new String(bytes, StandardCharsets.UTF_8));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> sendPing(ByteBuffer data) {
            pings.incrementAndGet();
            if (answerPings) {
                listener.onPong(data);
            }
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletionStage<Void> close(int code, String reason) {
            sent.add("close " + code + " " + reason);
            // the peer answers at once
            listener.onClose(code, reason);
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void abort() {
            sent.add("abort");
        }
    }

    /**
     * Opens {@link FakeTransport}s as scripted: each connect takes the next outcome (open, refuse
     * with an HTTP status, or hang), the last one repeating; every transport opened is kept.
     */
    static final class FakeConnector implements Transport.Connector {
        final List<FakeTransport> opened = Collections.synchronizedList(new ArrayList<>());
        final List<Handshake> handshakes = Collections.synchronizedList(new ArrayList<>());
        private final Deque<Integer> outcomes = new ArrayDeque<>();
        private Consumer<FakeTransport> onOpen = transport -> {};

        /** {@code 101}: opens; {@code 0}: never answers; anything else: refused with that status. */
        FakeConnector(Integer... outcomes) {
            this.outcomes.addAll(List.of(outcomes));
        }

        FakeConnector whenOpen(Consumer<FakeTransport> onOpen) {
            this.onOpen = onOpen;
            return this;
        }

        @Override
        public synchronized CompletionStage<Transport> connect(Handshake handshake, Transport.Listener listener) {
            handshakes.add(handshake);
            int outcome = outcomes.size() > 1 ? outcomes.removeFirst() : outcomes.getFirst();
            if (outcome == 0) {
                return new CompletableFuture<>();
            }
            if (outcome != 101) {
                return CompletableFuture.failedFuture(new ConnectFailedException(
                        handshake.redactedUri(),
                        outcome,
                        "the server refused the WebSocket upgrade with HTTP " + outcome,
                        null));
            }
            FakeTransport transport = new FakeTransport(listener);
            opened.add(transport);
            listener.onOpen(transport);
            onOpen.accept(transport);
            return CompletableFuture.completedFuture(transport);
        }

        FakeTransport last() {
            return opened.get(opened.size() - 1);
        }
    }

    /** Settings for a client on {@code connector}, the credential fetched through {@code tokens}. */
    static ConnectSettings settings(
            FakeConnector connector,
            Duration connectTimeout,
            ReconnectPolicy reconnect,
            Duration pings,
            AtomicInteger tokens,
            Runnable onReconnect) {
        return new ConnectSettings(
                () -> Credential.of(() -> "token-" + tokens.incrementAndGet())
                        .fetch()
                        .thenApply(token -> new Handshake(
                                URI.create("ws://127.0.0.1:1/chat?key=" + token),
                                Map.of("Authorization", "Bearer " + token),
                                Set.of(),
                                Set.of("key"))),
                connector,
                connectTimeout,
                Optional.ofNullable(pings),
                Optional.ofNullable(reconnect),
                onReconnect);
    }
}
