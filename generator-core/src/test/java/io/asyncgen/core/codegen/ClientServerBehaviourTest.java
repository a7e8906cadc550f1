package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.core.testing.GeneratedCode;
import io.asyncgen.core.testing.LoopbackWebSocketServer;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the client, server session, endpoint and JDK transport generated from {@link SkeletonSpecs#CHAT}:
 * {@code skeleton/ChatDriver.java} is compiled with them and each scenario returns what happened.
 */
class ClientServerBehaviourTest {
  private static ClassLoader loader;

  @BeforeAll
  static void compileChatWithItsDriver() throws IOException {
    List<GeneratedFile> files = new ArrayList<>(SkeletonSpecs.generate(SkeletonSpecs.CHAT, GeneratedRole.BOTH));
    try (InputStream driver = ClientServerBehaviourTest.class.getResourceAsStream("/skeleton/ChatDriver.java")) {
      files.add(new GeneratedFile("com/example/gen/ChatDriver.java",
          new String(driver.readAllBytes(), StandardCharsets.UTF_8)));
    }
    loader = GeneratedCode.load(GeneratedCode.compile(files));
  }

  @Test
  void fragmentedFramesAreReassembledAndEachMessageDispatchedOnceInOrder() {
    assertEquals(List.of("said hello", "left bob", "unknown {\"type\":\"joined\"}", "decode error {not json",
        "said bye"), drive("fragmentsAreReassembledAndDispatchedOnceInOrder"));
  }

  @Test
  void sendEncodesInCallOrderAndAnIncompleteMessageIsAnIllegalArgument() {
    assertEquals(List.of("{\"type\":\"say\",\"text\":\"hi\"}", "{\"type\":\"leave\"}",
        "IllegalArgumentException: cannot encode Say: text is required"), drive("sendEncodesEachMessageInCallOrder"));
  }

  @Test
  void sendBeforeOpenOrAfterCloseFailsWithAClearIllegalState() {
    assertEquals(List.of("IllegalStateException: cannot send: RoomsRoomClient is not open yet", "open true",
        "open false", "IllegalStateException: cannot send Say: RoomsRoomClient is closed", "close 1000 "),
        drive("sendingFailsClearlyBeforeOpenAndAfterClose"));
  }

  @Test
  void aCloseByThePeerCompletesClosedWithItsCodeAndReason() {
    assertEquals(List.of("closed 4000 room closed", "IllegalStateException: cannot send Say: RoomsRoomClient is closed"),
        drive("aCloseByThePeerCompletesClosedAndStopsSending"));
  }

  @Test
  void serverSessionDispatchesClientMessagesAndSendsServerMessages() {
    assertEquals(List.of("say ping", "leave", "{\"type\":\"said\",\"text\":\"pong\"}",
        "{\"type\":\"left\",\"who\":\"ann\"}"), drive("serverSessionMirrorsTheClient"));
  }

  @Test
  void endpointBuildsTheUriAndHeadersAndHidesEverySecretInToString() {
    assertEquals(List.of(
        "wss://chat.example.com/eu/rooms/lobby%201?user=ann&sig=sig-789&version=2",
        "{X-Chat-Key=key-123, Authorization=Bearer tok-456, X-Trace=t1}",
        "RoomsRoomEndpoint[uri=wss://chat.example.com/eu/rooms/lobby%201?user=ann&sig=****&version=2,"
            + " headers={X-Chat-Key=****, Authorization=****, X-Trace=t1}]"),
        drive("endpoint", null, null));
    assertEquals("wss://chat.example.com/us/rooms/lobby%201?user=ann&sig=sig-789&version=2",
        drive("endpoint", "production", "us").get(0));
  }

  @Test
  void endpointNamesEveryMissingValue() {
    assertEquals("cannot build RoomsRoomEndpoint: server variable 'port' is not set; channel parameter 'room' is not"
        + " set; query parameter 'user' is required: call user(String)", call("endpointProblems"));
  }

  @Test
  void endpointRefusesAServerTheDocumentDoesNotName() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> drive("endpoint", "staging", null));
    assertEquals("unknown server 'staging'; the document names: production, local", e.getMessage());
  }

  @Test
  void jdkTransportTalksToARealWebSocketServer() throws Exception {
    try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
      CompletableFuture<List<String>> client = CompletableFuture.supplyAsync(
          () -> drive("talkOverTheJdkTransport", server.url()));
      server.accept();
      server.sendText("{\"type\":\"said\",", false);
      server.sendText("\"text\":\"wel", false);
      server.sendText("come\"}", true);
      List<String> received = List.of(server.receiveText(), server.receiveText());
      server.sendClose(1001, "going away");
      String reply = server.receiveText();

      assertEquals(List.of("said welcome", "closed 1001 going away",
          "IllegalStateException: cannot send Say: RoomsRoomClient is closed"), client.get(20, TimeUnit.SECONDS));
      assertEquals(List.of("{\"type\":\"say\",\"text\":\"hi\"}", "{\"type\":\"say\",\"text\":\"there\"}"), received);
      assertEquals("close 1001 ", reply);
      assertEquals("GET /rooms/lobby?user=ann&version=2 HTTP/1.1", server.request().get(0));
      assertEquals(List.of("X-Chat-Key: key-123"),
          server.request().stream().filter(h -> h.startsWith("X-Chat-Key")).toList());
    }
  }

  @Test
  void aRefusedHandshakeFailsOpenAndClosed() throws Exception {
    try (LoopbackWebSocketServer server = LoopbackWebSocketServer.start()) {
      CompletableFuture<List<String>> client = CompletableFuture.supplyAsync(
          () -> drive("aRefusedHandshakeFailsOpenAndClosed", server.url()));
      server.refuse(401);

      assertEquals(List.of("open failed: java.net.http.WebSocketHandshakeException",
          "closed failed: java.net.http.WebSocketHandshakeException",
          "IllegalStateException: RoomsRoomClient was opened or closed before; create a new one"),
          client.get(20, TimeUnit.SECONDS));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<String> drive(String scenario, Object... arguments) {
    return (List<String>) call(scenario, arguments);
  }

  private static Object call(String scenario, Object... arguments) {
    try {
      Class<?> driver = Class.forName("com.example.gen.ChatDriver", true, loader);
      Method method = Arrays.stream(driver.getMethods()).filter(m -> m.getName().equals(scenario)).findFirst()
          .orElseThrow(() -> new AssertionError("no scenario " + scenario));
      return method.invoke(null, arguments);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new AssertionError(e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
