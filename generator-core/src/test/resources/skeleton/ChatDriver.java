package com.example.gen;

import io.asyncgen.runtime.CloseStatus;
import io.asyncgen.runtime.DecodeException;
import io.asyncgen.runtime.Handshake;
import io.asyncgen.runtime.Transport;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * Drives the code generated from SkeletonSpecs.CHAT; compiled with it by ClientServerBehaviourTest.
 * Each scenario returns what happened, as lines, for the test to compare.
 */
public final class ChatDriver {
  private ChatDriver() {}

  /** Records what is sent, text and binary; the peer answers a close at once. */
  static class FakeTransport implements Transport {
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    private final Transport.Listener peer;

    FakeTransport(Transport.Listener peer) {
      this.peer = peer;
    }

    @Override
    public CompletionStage<Void> sendText(String text) {
      log.add(text);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> sendBinary(ByteBuffer data) {
      log.add("binary " + StandardCharsets.UTF_8.decode(data));
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> close(int code, String reason) {
      log.add("close " + code + " " + reason);
      peer.onClose(code, reason);
      return CompletableFuture.completedFuture(null);
    }
  }

  static final class ClientRecorder implements ChatEventHandler {
    final List<String> seen = Collections.synchronizedList(new ArrayList<>());

    @Override
    public void onSaid(Said event) {
      seen.add("said " + event.text());
    }

    @Override
    public void onLeft(Left event) {
      seen.add("left " + event.who());
    }

    @Override
    public void onSpeech(Speech event) {
      seen.add("speech " + new String(event.bytes(), StandardCharsets.UTF_8));
    }

    @Override
    public void onUnknown(ChatEvent.Unknown event) {
      seen.add("unknown " + event.json());
    }

    @Override
    public void onDecodeError(DecodeException error) {
      seen.add("decode error " + error.input());
    }

    @Override
    public void onConnectionClosed(CloseStatus status) {
      seen.add("connection closed " + status);
    }
  }

  private static ChatClient manualClient(ChatEventHandler handler) {
    return ChatClient.builder().handler(handler).build();
  }

  public static List<String> fragmentsAreReassembledAndDispatchedOnceInOrder() {
    ClientRecorder handler = new ClientRecorder();
    ChatClient client = manualClient(handler);
    List<String> heard = new ArrayList<>();
    client.on(Said.class, said -> heard.add("listener said " + said.text()));
    Transport.Listener listener = client.listener();
    listener.onOpen(new FakeTransport(listener));
    listener.onText("{\"type\":\"sa", false);
    listener.onText(new StringBuilder("id\",\"text\":\"hel"), false);
    listener.onText("lo\"}", true);
    listener.onText("{\"type\":\"left\",\"who\":\"bob\"}", true);
    listener.onBinary(ByteBuffer.wrap("pcm-".getBytes(StandardCharsets.UTF_8)), false);
    listener.onBinary(ByteBuffer.wrap("data".getBytes(StandardCharsets.UTF_8)), true);
    listener.onText("{\"type\":", false);
    listener.onText("\"joined\"}", true);
    listener.onText("{not json", true);
    listener.onText("{\"type\":\"said\",\"text\":\"bye\"}", true);
    List<String> seen = new ArrayList<>(handler.seen);
    seen.addAll(heard);
    return seen;
  }

  public static List<String> sendEncodesEachMessageInCallOrder() {
    ChatClient client = manualClient(new ClientRecorder());
    FakeTransport transport = new FakeTransport(client.listener());
    client.listener().onOpen(transport);
    client.sendSay(new Say("hi", Map.of()));
    client.send(new Leave(Map.of()));
    client.sendVoice("pcm".getBytes(StandardCharsets.UTF_8));
    client.sendVoice(ByteBuffer.wrap("more".getBytes(StandardCharsets.UTF_8)));
    try {
      client.sendSay(Say.builder().build());
    } catch (IllegalArgumentException e) {
      transport.log.add("IllegalArgumentException: " + e.getMessage());
    }
    return transport.log;
  }

  public static List<String> sendingFailsClearlyBeforeOpenAndAfterClose() {
    List<String> log = new ArrayList<>();
    ChatClient client = manualClient(new ClientRecorder());
    tryToSay(client, log);
    FakeTransport transport = new FakeTransport(client.listener());
    client.listener().onOpen(transport);
    log.add("open " + client.isOpen());
    client.close();
    log.add("open " + client.isOpen());
    tryToSay(client, log);
    log.addAll(transport.log);
    return log;
  }

  public static List<String> aCloseByThePeerCompletesClosedAndStopsSending() throws Exception {
    List<String> log = new ArrayList<>();
    ClientRecorder handler = new ClientRecorder();
    ChatClient client = manualClient(handler);
    client.listener().onOpen(new FakeTransport(client.listener()));
    client.listener().onClose(4000, "room closed");
    CloseStatus status = client.closed().toCompletableFuture().get(1, TimeUnit.SECONDS);
    log.add("closed " + status);
    log.addAll(handler.seen);
    tryToSay(client, log);
    return log;
  }

  public static List<String> serverSessionMirrorsTheClient() {
    List<String> log = new ArrayList<>();
    ChatCommandHandler handler = new ChatCommandHandler() {
      @Override
      public void onSay(Say event) {
        log.add("say " + event.text());
      }

      @Override
      public void onLeave(Leave event) {
        log.add("leave");
      }

      @Override
      public void onVoice(Voice event) {
        log.add("voice " + new String(event.bytes(), StandardCharsets.UTF_8));
      }
    };
    ChatServer server = new ChatServer(handler);
    FakeTransport transport = new FakeTransport(server.listener());
    server.listener().onOpen(transport);
    server.listener().onText("{\"type\":\"say\",", false);
    server.listener().onText("\"text\":\"ping\"}", true);
    server.listener().onText("{\"type\":\"leave\"}", true);
    server.listener().onBinary(ByteBuffer.wrap("mic".getBytes(StandardCharsets.UTF_8)), true);
    server.sendSaid(new Said("pong", Map.of()));
    server.sendLeft(Left.builder().who("ann").build());
    server.sendSpeech("tts".getBytes(StandardCharsets.UTF_8));
    log.addAll(transport.log);
    return log;
  }

  public static List<String> listenersAndAwaitSeeWhatTheHandlerSees() throws Exception {
    ChatClient client = manualClient(new ClientRecorder());
    FakeTransport transport = new FakeTransport(client.listener()) {
      @Override
      public CompletionStage<Void> sendText(String text) {
        // the peer answers every say at once, before the send completes
        client.listener().onText("{\"type\":\"said\",\"text\":\"echo\"}", true);
        return super.sendText(text);
      }
    };
    client.listener().onOpen(transport);
    Said reply = client.sendAndAwait(new Say("hi", Map.of()), Said.class, Duration.ofSeconds(10))
        .get(10, TimeUnit.SECONDS);
    CompletableFuture<Left> left = client.next(Left.class, l -> "bob".equals(l.who()), Duration.ofSeconds(10));
    client.listener().onText("{\"type\":\"left\",\"who\":\"ann\"}", true);
    client.listener().onText("{\"type\":\"left\",\"who\":\"bob\"}", true);
    return List.of("reply " + reply.text(), "left " + left.get(10, TimeUnit.SECONDS).who());
  }

  public static List<String> endpoint(String server, String region) throws Exception {
    ChatEndpoint.Builder builder = ChatEndpoint.builder().room("lobby 1").user("ann")
        .apiKey("key-123").bearerToken("tok-456").signature("sig-789").xTrace("t1");
    if (server != null) {
      builder.server(server);
    }
    if (region != null) {
      builder.region(region);
    }
    ChatEndpoint endpoint = builder.build();
    Handshake handshake = endpoint.handshake().toCompletableFuture().get(1, TimeUnit.SECONDS);
    return List.of(handshake.uri().toString(), handshake.headers().toString(), endpoint.toString(),
        handshake.toString());
  }

  public static List<String> aSuppliedCredentialIsFetchedForEveryHandshake() throws Exception {
    int[] calls = {0};
    ChatEndpoint endpoint = ChatEndpoint.builder().room("lobby").user("ann")
        .bearerToken(() -> "tok-" + ++calls[0]).build();
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      tokens.add(endpoint.handshake().toCompletableFuture().get(1, TimeUnit.SECONDS).headers().get("Authorization"));
    }
    tokens.add(endpoint.toString());
    return tokens;
  }

  public static String endpointProblems() {
    try {
      ChatEndpoint.builder().server("local").apiKey((String) null).build();
      return "built";
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  public static String endpointRefusesAServerTheDocumentDoesNotName() {
    try {
      ChatEndpoint.builder().server("staging").room("r").user("u").build();
      return "built";
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  /** Connects a client over the JDK transport, talks text and binary, and waits for the peer to close. */
  public static List<String> talkOverTheJdkTransport(String serverUrl) throws Exception {
    ClientRecorder handler = new ClientRecorder();
    ChatEndpoint endpoint = ChatEndpoint.builder().serverUrl(serverUrl).room("lobby").user("ann")
        .apiKey("key-123").build();
    ChatClient client = ChatClient.connect(endpoint, handler).toCompletableFuture().get(10, TimeUnit.SECONDS);
    client.sendSay(new Say("hi", Map.of()));
    client.sendVoice(new byte[] {1, 2, 3});
    client.sendSay(new Say("there", Map.of())).toCompletableFuture().get(10, TimeUnit.SECONDS);
    CloseStatus status = client.closed().toCompletableFuture().get(10, TimeUnit.SECONDS);
    List<String> log = new ArrayList<>(handler.seen);
    log.add("closed " + status);
    tryToSay(client, log);
    return log;
  }

  /** Opens a client against a server that refuses the handshake. */
  public static List<String> aRefusedHandshakeFailsOpenAndClosed(String serverUrl) throws Exception {
    List<String> log = new ArrayList<>();
    ChatEndpoint endpoint = ChatEndpoint.builder().serverUrl(serverUrl).room("lobby").user("ann")
        .signature("sig-secret").build();
    ChatClient client = ChatClient.builder().endpoint(endpoint).build();
    try {
      client.open().toCompletableFuture().get(10, TimeUnit.SECONDS);
      log.add("opened");
    } catch (ExecutionException e) {
      log.add("open failed: " + e.getCause().getMessage());
    }
    try {
      client.closed().toCompletableFuture().get(1, TimeUnit.SECONDS);
      log.add("closed normally");
    } catch (ExecutionException e) {
      log.add("closed failed: " + e.getCause().getClass().getSimpleName());
    }
    try {
      client.open();
    } catch (IllegalStateException e) {
      log.add("IllegalStateException: " + e.getMessage());
    }
    return log;
  }

  private static void tryToSay(ChatClient client, List<String> log) {
    try {
      client.sendSay(new Say("hello?", Map.of())).toCompletableFuture().get(1, TimeUnit.SECONDS);
      log.add("sent");
    } catch (ExecutionException e) {
      log.add(e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
    } catch (InterruptedException | java.util.concurrent.TimeoutException e) {
      log.add("not sent: " + e);
    }
  }
}
