package io.asyncgen.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.it.kraken.DummyCurrencyInfoPayload;
import io.asyncgen.it.kraken.KrakenWebsocketsClient;
import io.asyncgen.it.kraken.KrakenWebsocketsEndpoint;
import io.asyncgen.it.kraken.KrakenWebsocketsInbound;
import io.asyncgen.it.kraken.KrakenWebsocketsOutboundHandler;
import io.asyncgen.it.kraken.KrakenWebsocketsServer;
import io.asyncgen.it.kraken.Ping;
import io.asyncgen.it.kraken.Pong;
import io.asyncgen.it.kraken.Subscribe;
import io.asyncgen.it.kraken.SubscriptionStatusSuccess;
import io.asyncgen.it.kraken.Unsubscribe;
import io.asyncgen.it.stub.JettySocket;
import io.asyncgen.it.stub.StubServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Request/reply of AsyncAPI 3.x, on the official Kraken WebSocket example: the client's generated
 * {@code requestPing}, {@code requestSubscribe} and {@code requestUnsubscribe} against an exchange
 * built on the generated server of the same document, which answers out of order on purpose.
 */
class RequestReplyTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String PATH = "/kraken/";

    @RegisterExtension
    static final StubServerExtension stub = StubServerExtension.startedBy(
            () -> StubServer.builder().service(PATH, Exchange::accept).start());

    /** Answers a ping with a pong for another request first, then its own; a subscribe with currency info. */
    private static final class Exchange implements KrakenWebsocketsOutboundHandler {
        private final KrakenWebsocketsServer session = new KrakenWebsocketsServer(this);

        static void accept(JettySocket socket) {
            socket.attach(new Exchange().session.listener(), () -> {});
        }

        @Override
        public void onPing(Ping ping) {
            session.sendPong(
                    Pong.builder().event("pong").reqid(ping.reqid() + 1000).build());
            session.sendPong(Pong.builder().event("pong").reqid(ping.reqid()).build());
        }

        @Override
        public void onSubscribe(Subscribe subscribe) {
            session.sendDummyCurrencyInfo(DummyCurrencyInfoPayload.builder()
                    .reqid(subscribe.reqid() + 1)
                    .build());
            session.sendDummyCurrencyInfo(
                    DummyCurrencyInfoPayload.builder().reqid(subscribe.reqid()).build());
        }

        @Override
        public void onUnsubscribe(Unsubscribe unsubscribe) {
            // no answer: the client's request times out
        }
    }

    private static KrakenWebsocketsClient connect() throws Exception {
        KrakenWebsocketsClient client = KrakenWebsocketsClient.builder()
                .endpoint(KrakenWebsocketsEndpoint.builder()
                        .serverUrl(stub.server().url() + PATH)
                        .build())
                .build();
        client.open().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        return client;
    }

    @Test
    void aRequestCompletesWithTheReplyThatCarriesItsCorrelationIdNotJustTheNextOne() throws Exception {
        try (KrakenWebsocketsClient client = connect()) {
            List<Long> pongs = Collections.synchronizedList(new ArrayList<>());
            client.on(Pong.class, pong -> pongs.add(pong.reqid()));

            Pong numbered = client.requestPing(Ping.builder().build(), WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);
            Pong chosen =
                    client.requestPing(Ping.builder().reqid(42L).build(), WAIT).get(WAIT.toSeconds(), TimeUnit.SECONDS);

            assertEquals(1L, numbered.reqid(), "a request without reqid gets the session's next number");
            assertEquals(42L, chosen.reqid());
            assertEquals(List.of(1001L, 1L, 1042L, 42L), pongs, "the other pongs arrived first and were passed over");
        }
    }

    @Test
    void aReplyOfSeveralMessagesCompletesWithTheOneThatMatches() throws Exception {
        try (KrakenWebsocketsClient client = connect()) {
            KrakenWebsocketsInbound reply = client.requestSubscribe(
                            Subscribe.builder()
                                    .reqid(7L)
                                    .pair(List.of("XBT/USD"))
                                    .build(),
                            WAIT)
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);

            DummyCurrencyInfoPayload info = assertInstanceOf(DummyCurrencyInfoPayload.class, reply);
            assertEquals(7L, info.reqid());
        }
    }

    @Test
    void aRequestNobodyAnswersTimesOut() throws Exception {
        try (KrakenWebsocketsClient client = connect()) {
            ExecutionException e = assertThrows(
                    ExecutionException.class,
                    () -> client.requestUnsubscribe(
                                    Unsubscribe.builder().reqid(3L).build(), Duration.ofMillis(300))
                            .get(WAIT.toSeconds(), TimeUnit.SECONDS));
            assertInstanceOf(TimeoutException.class, e.getCause());
            assertEquals(
                    "no " + KrakenWebsocketsInbound.SubscriptionStatusValue.class.getSimpleName()
                            + " arrived within 300 ms",
                    e.getCause().getMessage());
        }
    }

    /** Compile-time check that the success member exists: a status reply is one of the document's shapes. */
    static final Class<?> STATUS = SubscriptionStatusSuccess.class;
}
