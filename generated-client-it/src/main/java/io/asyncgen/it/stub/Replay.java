package io.asyncgen.it.stub;

import io.asyncgen.runtime.DecodeException;
import io.asyncgen.runtime.Session;
import io.asyncgen.runtime.Transport;
import io.asyncgen.runtime.internal.Protocol;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Replays a recording of real server events (one JSON event per line) to the client through a
 * generated server session, whichever API it is for: each line is decoded with the generated codec
 * and sent with {@link Session#send}, so what the client gets is what the generated code re-encodes.
 * A line that is not JSON goes out as it is. Closes normally ({@code 1000 replay done}) after the
 * last line.
 */
public final class Replay {
    /** The close reason after the last line. */
    public static final String DONE = "replay done";

    private Replay() {}

    /**
     * Plays {@code recording} on {@code socket} through {@code session}, once the connection is open.
     *
     * @param decode the generated codec of what the session sends ({@code ServerEventCodec::decode})
     */
    public static <O> void start(
            JettySocket socket, Path recording, Session<?, O> session, Protocol.TextDecoder<? extends O> decode) {
        List<String> lines = read(recording);
        socket.attach(session.listener(), () -> {
            Thread player = new Thread(() -> play(session, decode, socket, lines), "stub-replay");
            player.setDaemon(true);
            player.start();
        });
    }

    private static <O> void play(
            Session<?, O> session, Protocol.TextDecoder<? extends O> decode, JettySocket socket, List<String> lines) {
        CompletionStage<Void> last = CompletableFuture.completedFuture(null);
        for (String line : lines) {
            try {
                last = session.send(decode.decode(line));
            } catch (DecodeException notJson) {
                last = socket.sendText(line);
            }
        }
        // a client that went away before the end fails the sends, and the close is a no-op
        last.whenComplete((sent, failed) -> session.close(Transport.NORMAL_CLOSURE, DONE));
    }

    private static List<String> read(Path recording) {
        try {
            return Files.readAllLines(recording, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
