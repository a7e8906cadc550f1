package io.asyncgen.it.stub.preview;

import io.asyncgen.it.azure.preview.ClientEventHandler;
import io.asyncgen.it.azure.preview.DecodeException;
import io.asyncgen.it.azure.preview.OpenaiRealtimeServer;
import io.asyncgen.it.azure.preview.ServerEventCodec;
import io.asyncgen.it.azure.preview.Transport;
import io.asyncgen.it.stub.JettySocket;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Replays a recording of real server events (one JSON event per line) to the client through the
 * generated preview (pre-GA) server session: each line is decoded with the generated codec and sent with
 * {@link OpenaiRealtimeServer#send}, so what the client gets is what the generated code re-encodes. A line
 * that is not JSON goes out as it is. Closes normally ({@code 1000 replay done}) after the last line.
 */
public final class PreviewReplay {
  /** The close reason after the last line. */
  public static final String DONE = "replay done";

  private PreviewReplay() {
  }

  /** The scenario for a socket just accepted. */
  public static JettySocket.Receiver accept(JettySocket socket, Path recording) {
    List<String> lines = read(recording);
    OpenaiRealtimeServer session = new OpenaiRealtimeServer(new ClientEventHandler() {
    });
    return new PreviewTransport(session.listener(), () -> {
      Thread player = new Thread(() -> play(session, socket, lines), "stub-replay");
      player.setDaemon(true);
      player.start();
    });
  }

  private static void play(OpenaiRealtimeServer session, JettySocket socket, List<String> lines) {
    CompletionStage<Void> last = CompletableFuture.completedFuture(null);
    try {
      for (String line : lines) {
        try {
          last = session.send(ServerEventCodec.decode(line));
        } catch (DecodeException notJson) {
          last = socket.sendText(line);
        }
      }
      last.whenComplete((sent, failed) -> session.close(Transport.NORMAL_CLOSURE, DONE));
    } catch (IllegalStateException closed) {
      // the client went away before the end of the recording
    }
  }

  private static List<String> read(Path recording) {
    try {
      return Files.readAllLines(recording, StandardCharsets.UTF_8).stream().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
