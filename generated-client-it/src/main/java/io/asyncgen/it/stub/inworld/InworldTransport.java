package io.asyncgen.it.stub.inworld;

import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.inworld.Transport;
import java.util.Objects;
import java.util.concurrent.CompletionStage;

/**
 * The generated {@link Transport} of the Inworld Realtime code on a socket Jetty accepted:
 * what Jetty reports goes to the generated server session's listener, what the session sends goes
 * to Jetty.
 */
public final class InworldTransport implements Transport, JettySocket.Receiver {
  private final Transport.Listener listener;
  private final Runnable opened;
  private volatile JettySocket socket;

  /**
   * @param listener the generated server session's {@code listener()}
   * @param opened runs once the session can send (to greet the client)
   */
  public InworldTransport(Transport.Listener listener, Runnable opened) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.opened = Objects.requireNonNull(opened, "opened");
  }

  /** The socket underneath, for what the generated API cannot express (raw or fragmented frames). */
  public JettySocket socket() {
    return socket;
  }

  @Override
  public void onOpen(JettySocket accepted) {
    this.socket = accepted;
    listener.onOpen(this);
    this.opened.run();
  }

  @Override
  public void onText(CharSequence text, boolean last) {
    listener.onText(text, last);
  }

  @Override
  public void onClose(int code, String reason) {
    listener.onClose(code, reason);
  }

  @Override
  public void onError(Throwable error) {
    listener.onError(error);
  }

  @Override
  public CompletionStage<Void> sendText(String text) {
    return socket.sendText(text);
  }

  @Override
  public CompletionStage<Void> close(int code, String reason) {
    return socket.close(code, reason);
  }

  @Override
  public String toString() {
    return "InworldTransport[" + socket + "]";
  }
}
