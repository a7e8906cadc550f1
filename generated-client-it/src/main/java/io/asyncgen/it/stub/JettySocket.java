package io.asyncgen.it.stub;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/**
 * One WebSocket that the stub server accepted, as Jetty 12 reports it: text in (fragments as they
 * come), text out (in call order), close. A per-package adapter turns it into the generated
 * {@code Transport} of that package; this class knows nothing about any generated code.
 */
public final class JettySocket implements Session.Listener.AutoDemanding {
  /** What the socket reports, in order, from one thread at a time. */
  public interface Receiver {
    void onOpen(JettySocket socket);

    void onText(CharSequence text, boolean last);

    void onClose(int code, String reason);

    void onError(Throwable error);
  }

  private final String path;
  private final Map<String, String> query;
  private final Map<String, String> headers;
  private final Object lock = new Object();
  private final List<String> received = Collections.synchronizedList(new ArrayList<>());
  private final StringBuilder message = new StringBuilder();
  private final CompletableFuture<Integer> closed = new CompletableFuture<>();
  private Receiver receiver;
  private volatile Session session;
  private String closedBy;

  JettySocket(String path, Map<String, String> query, Map<String, String> headers) {
    this.path = path;
    this.query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
  }

  void receiver(Receiver receiver) {
    this.receiver = Objects.requireNonNull(receiver, "receiver");
  }

  /** The path the client asked for. */
  public String path() {
    return path;
  }

  /** The handshake's query parameters (the first value of each). */
  public Map<String, String> query() {
    return query;
  }

  /** A query parameter, or {@code fallback} when absent. */
  public String query(String name, String fallback) {
    return query.getOrDefault(name, fallback);
  }

  /** The handshake's headers, names in lower case (the first value of each). */
  public Map<String, String> headers() {
    return headers;
  }

  /** Every text message received, whole and as it came over the wire. */
  public List<String> received() {
    synchronized (received) {
      return List.copyOf(received);
    }
  }

  /** Completes with the close code once the connection ended (either side). */
  public CompletionStage<Integer> closed() {
    return closed;
  }

  @Override
  public void onWebSocketOpen(Session session) {
    this.session = session;
    receiver.onOpen(this);
  }

  @Override
  public void onWebSocketPartialText(String text, boolean last) {
    message.append(text);
    if (last) {
      received.add(message.toString());
      message.setLength(0);
    }
    receiver.onText(text, last);
  }

  @Override
  public void onWebSocketClose(int code, String reason, Callback done) {
    closedBy("closed by the peer: " + code);
    try {
      receiver.onClose(code, reason);
    } finally {
      closed.complete(code);
      done.succeed();
    }
  }

  @Override
  public void onWebSocketError(Throwable error) {
    closedBy("failed: " + error);
    receiver.onError(error);
    closed.complete(-1);
  }

  /**
   * Sends one whole message. Jetty queues frames, so calls that overlap go out in the order they
   * took the lock.
   *
   * @throws IllegalStateException once either side closed
   */
  public CompletionStage<Void> sendText(String text) {
    Callback.Completable sent = new Callback.Completable();
    synchronized (lock) {
      requireOpen();
      session.sendText(text, sent);
    }
    return sent;
  }

  /** Sends one message as {@code parts.size()} frames (a first frame and continuations), each after the previous one went out. */
  public CompletionStage<Void> sendFragments(List<String> parts) {
    CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
    for (int i = 0; i < parts.size(); i++) {
      String part = parts.get(i);
      boolean last = i == parts.size() - 1;
      chain = chain.thenCompose(ignored -> {
        Callback.Completable sent = new Callback.Completable();
        synchronized (lock) {
          requireOpen();
          session.sendPartialText(part, last, sent);
        }
        return sent;
      });
    }
    return chain;
  }

  /** Sends one message as a single frame whatever its size (no automatic fragmentation). */
  public CompletionStage<Void> sendSingleFrame(String text) {
    synchronized (lock) {
      requireOpen();
      session.setAutoFragment(false);
      session.setMaxFrameSize(Math.max(session.getMaxFrameSize(), 4L * text.length() + 16));
    }
    return sendText(text);
  }

  /** Starts the closing handshake; later sends fail. */
  public CompletionStage<Void> close(int code, String reason) {
    Callback.Completable done = new Callback.Completable();
    synchronized (lock) {
      if (closedBy != null) {
        done.succeed();
        return done;
      }
      closedBy = "closed by the stub server: " + code;
      session.close(code, reason, done);
    }
    return done;
  }

  private void closedBy(String why) {
    synchronized (lock) {
      if (closedBy == null) {
        closedBy = why;
      }
    }
  }

  private void requireOpen() {
    if (session == null) {
      throw new IllegalStateException("cannot send: the socket " + path + " is not open yet");
    }
    if (closedBy != null || !session.isOpen()) {
      throw new IllegalStateException("cannot send: the socket " + path + " is closed"
          + (closedBy == null ? "" : " (" + closedBy + ")"));
    }
  }

  @Override
  public String toString() {
    return "JettySocket[" + path + ", " + query + "]";
  }
}
