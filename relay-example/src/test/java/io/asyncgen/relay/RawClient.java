package io.asyncgen.relay;

import io.asyncgen.runtime.CloseStatus;
import io.asyncgen.runtime.Frame;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * A test client on the JDK's WebSocket, as a browser or phone would be: sends exactly the text and
 * bytes it is given, records exactly what it receives. It shares no code with the relay.
 */
final class RawClient implements WebSocket.Listener {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final ScriptedUpstream.Frames received = new ScriptedUpstream.Frames();
    final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
    private final StringBuilder text = new StringBuilder();
    private ByteBuffer binary = ByteBuffer.allocate(0);
    private WebSocket socket;

    private RawClient() {}

    /** Connects to {@code url} with {@code headers} and, when not empty, {@code subprotocols}. */
    static RawClient connect(String url, Map<String, String> headers, List<String> subprotocols) throws Exception {
        RawClient client = new RawClient();
        WebSocket.Builder builder = HTTP.newWebSocketBuilder();
        headers.forEach(builder::header);
        if (!subprotocols.isEmpty()) {
            builder.subprotocols(
                    subprotocols.get(0),
                    subprotocols.subList(1, subprotocols.size()).toArray(String[]::new));
        }
        client.socket = builder.buildAsync(URI.create(url), client)
                .get(ScriptedUpstream.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        return client;
    }

    /** The subprotocol the server chose ("" for none). */
    String subprotocol() {
        return socket.getSubprotocol();
    }

    void sendText(String... texts) throws Exception {
        for (String message : texts) {
            socket.sendText(message, true).get(ScriptedUpstream.WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    void sendBinary(byte[] bytes) throws Exception {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).get(ScriptedUpstream.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    void close(int code, String reason) throws Exception {
        socket.sendClose(code, reason).get(ScriptedUpstream.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Drops the connection without a closing handshake. */
    void drop() {
        socket.abort();
    }

    CloseStatus awaitClosed() throws Exception {
        return closed.get(ScriptedUpstream.WAIT.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            received.add(Frame.text(text.toString()));
            text.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
        binary = ByteBuffer.allocate(binary.remaining() + data.remaining())
                .put(binary)
                .put(data)
                .flip();
        if (last) {
            received.add(Frame.binary(binary));
            binary = ByteBuffer.allocate(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new CloseStatus(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.completeExceptionally(error);
    }
}
