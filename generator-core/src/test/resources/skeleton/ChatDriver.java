package com.example.gen;

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

  /** Records what is sent; fails like a real transport once closed. */
  static final class FakeTransport implements Transport {
    final List<String> log = new ArrayList<>();
    private boolean closed;

    @Override
    public CompletionStage<Void> sendText(String text) {
      if (closed) {
        throw new IllegalStateException("fake transport closed");
      }
      log.add(text);
      return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletionStage<Void> close(int code, String reason) {
      closed = true;
      log.add("close " + code + " " + reason);
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
    public void onUnknown(ChatEvent.Unknown event) {
      seen.add("unknown " + event.json());
    }

    @Override
    public void onDecodeError(DecodeException error) {
      seen.add("decode error " + error.input());
    }
  }

  public static List<String> fragmentsAreReassembledAndDispatchedOnceInOrder() {
    ClientRecorder handler = new ClientRecorder();
    Transport.Listener listener = new RoomsRoomClient(handler).listener();
    listener.onOpen(new FakeTransport());
    listener.onText("{\"type\":\"sa", false);
    listener.onText(new StringBuilder("id\",\"text\":\"hel"), false);
    listener.onText("lo\"}", true);
    listener.onText("{\"type\":\"left\",\"who\":\"bob\"}", true);
    listener.onText("{\"type\":", false);
    listener.onText("\"joined\"}", true);
    listener.onText("{not json", true);
    listener.onText("{\"type\":\"said\",\"text\":\"bye\"}", true);
    return handler.seen;
  }

  public static List<String> sendEncodesEachMessageInCallOrder() {
    RoomsRoomClient client = new RoomsRoomClient(new ClientRecorder());
    FakeTransport transport = new FakeTransport();
    client.listener().onOpen(transport);
    client.sendSay(new Say("hi", Map.of()));
    client.send(new Leave(Map.of()));
    try {
      client.sendSay(Say.builder().build());
    } catch (IllegalArgumentException e) {
      transport.log.add("IllegalArgumentException: " + e.getMessage());
    }
    return transport.log;
  }

  public static List<String> sendingFailsClearlyBeforeOpenAndAfterClose() {
    List<String> log = new ArrayList<>();
    RoomsRoomClient client = new RoomsRoomClient(new ClientRecorder());
    tryToSay(client, log);
    FakeTransport transport = new FakeTransport();
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
    RoomsRoomClient client = new RoomsRoomClient(new ClientRecorder());
    client.listener().onOpen(new FakeTransport());
    client.listener().onClose(4000, "room closed");
    Transport.CloseStatus status = client.closed().toCompletableFuture().get(1, TimeUnit.SECONDS);
    log.add("closed " + status.code() + " " + status.reason());
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
    };
    RoomsRoomServer server = new RoomsRoomServer(handler);
    FakeTransport transport = new FakeTransport();
    server.listener().onOpen(transport);
    server.listener().onText("{\"type\":\"say\",", false);
    server.listener().onText("\"text\":\"ping\"}", true);
    server.listener().onText("{\"type\":\"leave\"}", true);
    server.sendSaid(new Said("pong", Map.of()));
    server.sendLeft(Left.builder().who("ann").build());
    log.addAll(transport.log);
    return log;
  }

  public static List<String> endpoint(String server, String region) {
    RoomsRoomEndpoint.Builder builder = RoomsRoomEndpoint.builder().room("lobby 1").user("ann")
        .apiKey("key-123").bearerToken("tok-456").signature("sig-789").xTrace("t1");
    if (server != null) {
      builder.server(server);
    }
    if (region != null) {
      builder.region(region);
    }
    RoomsRoomEndpoint endpoint = builder.build();
    return List.of(endpoint.uri().toString(), endpoint.headers().toString(), endpoint.toString());
  }

  public static String endpointProblems() {
    try {
      RoomsRoomEndpoint.builder().server("local").build();
      return "built";
    } catch (IllegalStateException e) {
      return e.getMessage();
    }
  }

  /** Connects a client over the JDK transport, sends one message, and waits for the peer to close. */
  public static List<String> talkOverTheJdkTransport(String serverUrl) throws Exception {
    ClientRecorder handler = new ClientRecorder();
    RoomsRoomEndpoint endpoint = RoomsRoomEndpoint.builder().serverUrl(serverUrl).room("lobby").user("ann")
        .apiKey("key-123").build();
    RoomsRoomClient client = RoomsRoomClient.connect(endpoint, handler).toCompletableFuture().get(10, TimeUnit.SECONDS);
    client.sendSay(new Say("hi", Map.of()));
    client.sendSay(new Say("there", Map.of())).toCompletableFuture().get(10, TimeUnit.SECONDS);
    Transport.CloseStatus status = client.closed().toCompletableFuture().get(10, TimeUnit.SECONDS);
    List<String> log = new ArrayList<>(handler.seen);
    log.add("closed " + status.code() + " " + status.reason());
    tryToSay(client, log);
    return log;
  }

  /** Opens a client against a server that refuses the handshake. */
  public static List<String> aRefusedHandshakeFailsOpenAndClosed(String serverUrl) throws Exception {
    List<String> log = new ArrayList<>();
    RoomsRoomClient client = new RoomsRoomClient(new ClientRecorder());
    RoomsRoomEndpoint endpoint = RoomsRoomEndpoint.builder().serverUrl(serverUrl).room("lobby").user("ann").build();
    try {
      client.open(endpoint).toCompletableFuture().get(10, TimeUnit.SECONDS);
      log.add("opened");
    } catch (ExecutionException e) {
      log.add("open failed: " + e.getCause().getClass().getName());
    }
    try {
      client.closed().toCompletableFuture().get(1, TimeUnit.SECONDS);
      log.add("closed normally");
    } catch (ExecutionException e) {
      log.add("closed failed: " + e.getCause().getClass().getName());
    }
    try {
      client.open(endpoint);
    } catch (IllegalStateException e) {
      log.add("IllegalStateException: " + e.getMessage());
    }
    return log;
  }

  private static void tryToSay(RoomsRoomClient client, List<String> log) {
    try {
      client.sendSay(new Say("hello?", Map.of()));
      log.add("sent");
    } catch (IllegalStateException e) {
      log.add("IllegalStateException: " + e.getMessage());
    }
  }
}
