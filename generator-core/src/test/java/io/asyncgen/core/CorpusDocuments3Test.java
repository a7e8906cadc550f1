package io.asyncgen.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.model.Action;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.Connection;
import io.asyncgen.core.model.CorrelationId;
import io.asyncgen.core.model.Direction;
import io.asyncgen.core.model.Message;
import io.asyncgen.core.model.Operation;
import io.asyncgen.core.model.Reply;
import io.asyncgen.core.model.Role;
import io.asyncgen.core.read.ReadOptions;
import io.asyncgen.core.testing.Corpus;
import io.asyncgen.core.testing.OfficialExamples3;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The official AsyncAPI 3.0.0 and 3.1.0 examples and the vendors' 3.0 documents, read as users will. */
class CorpusDocuments3Test {

    static List<String> officialExamples() {
        return OfficialExamples3.all();
    }

    @ParameterizedTest
    @MethodSource("officialExamples")
    void officialExampleIsValidInStrictMode(String example) throws SpecException {
        String version = example.substring(0, example.indexOf('/'));
        List<String> warnings = OfficialExamples3.read(example, true).warnings().stream()
                .map(d -> d.toString(OfficialExamples3.folder(version))
                        .lines()
                        .findFirst()
                        .orElseThrow())
                .toList();
        assertEquals(expectedWarnings(example), warnings);
    }

    /** What the official examples themselves do that asyncgen warns about. */
    private static List<String> expectedWarnings(String example) {
        return switch (example) {
            // 3.0.0's adeo gives the reply an address while its reply channel has a fixed one (3.1.0's fixes it)
            case "3.0.0/adeo-kafka-request-reply" ->
                List.of("adeo-kafka-request-reply-asyncapi.yml:132:11: warning:"
                        + " the reply of operation 'requestCosting' gives a reply address, but its channel 'costingResponse' has"
                        + " the fixed address 'adeo-{env}-case-study-COSTING-RESPONSE-{version}'; the address the request names is"
                        + " used. With a reply address, write the reply channel's address as null or leave it out");
            case "3.1.0/adeo-kafka-request-reply" ->
                List.of(
                        "adeo-kafka-request-reply-asyncapi.yml:71:5: warning:"
                                + " channel 'costingResponseChannel' has no address (it is known only at run time); its connection is"
                                + " generated under the channel's key 'costingResponseChannel'; write the address if it is known");
            default -> List.of();
        };
    }

    @Test
    void streetlightsActionsSpeakFromTheApplicationsSide() throws SpecException {
        AsyncApi api = OfficialExamples3.read("3.0.0/streetlights-mqtt", true).api();
        Connection measured = api.connection("smartylighting/streetlights/1/0/event/{streetlightId}/lighting/measured")
                .orElseThrow();
        Operation receive = measured.operations().get(0);
        assertEquals(
                List.of(Action.RECEIVE, Optional.of("receiveLightMeasurement"), Direction.OUTBOUND, Direction.INBOUND),
                List.of(
                        receive.action(),
                        receive.operationId(),
                        receive.action().direction(Role.CLIENT),
                        receive.action().direction(Role.SERVER)));
        assertEquals(List.of("LightMeasured"), keys(measured.messages(Direction.OUTBOUND, Role.CLIENT)));
    }

    @Test
    void krakenReplyIsOnItsOperationAndItsMessagesArriveOnTheReplyChannel() throws SpecException {
        AsyncApi api = OfficialExamples3.read("3.0.0/kraken-websocket-request-reply-message-filter-in-reply", true)
                .api();
        Connection exchange = api.connection("/").orElseThrow();
        Operation subscribe = exchange.operations().stream()
                .filter(o -> o.operationId().equals(Optional.of("receiveSubscribeRequest")))
                .findFirst()
                .orElseThrow();
        Reply reply = subscribe.reply().orElseThrow();
        assertEquals(
                List.of(
                        "currencyExchange",
                        Optional.of("/"),
                        Optional.empty(),
                        List.of("SubscriptionStatus", "DummyCurrencyInfo")),
                List.of(reply.channel(), reply.channelAddress(), reply.address(), keys(reply.messages())));
        Operation answers = exchange.operations().stream()
                .filter(o -> o.answers().equals(Optional.of("receiveSubscribeRequest")))
                .findFirst()
                .orElseThrow();
        assertEquals(List.of(Action.SEND, reply.messages()), List.of(answers.action(), answers.messages()));
        assertEquals(
                Optional.of("$message.payload#/reqid"),
                reply.messages().get(1).correlationId().map(CorrelationId::location));
        assertEquals(
                List.of("Ping", "Subscribe", "Unsubscribe"), keys(exchange.messages(Direction.OUTBOUND, Role.CLIENT)));
        assertEquals(
                List.of("Heartbeat", "SystemStatus", "Pong", "SubscriptionStatus", "DummyCurrencyInfo"),
                keys(exchange.messages(Direction.INBOUND, Role.CLIENT)));
    }

    @Test
    void adeoReplyAddressIsTheRuntimeExpressionOfTheRequestHeader() throws SpecException {
        AsyncApi api =
                OfficialExamples3.read("3.1.0/adeo-kafka-request-reply", true).api();
        Reply reply = api.connections().stream()
                .flatMap(c -> c.operations().stream())
                .flatMap(o -> o.reply().stream())
                .findFirst()
                .orElseThrow();
        assertEquals(
                List.of(
                        "costingResponseChannel",
                        Optional.empty(),
                        "$message.header#/REPLY_TOPIC",
                        List.of("CostingResponse"),
                        Optional.of("$message.header#/REQUEST_ID")),
                List.of(
                        reply.channel(),
                        reply.channelAddress(),
                        reply.address().orElseThrow().location(),
                        keys(reply.messages()),
                        reply.messages().get(0).correlationId().map(CorrelationId::location)));
    }

    @Test
    void voiceDocumentsInThreeDotZeroReadLenientlyAsOneConnectionEach() throws SpecException {
        Map<String, List<Integer>> counts = new TreeMap<>();
        for (String voice : List.of(
                "assemblyai-usm-streaming-asyncapi-3.0.yml",
                "speechmatics-flow-asyncapi-3.0.yml",
                "speechmatics-realtime-asyncapi-3.0.yml")) {
            AsyncApi api = new AsyncApiReader(ReadOptions.defaults())
                    .read(Corpus.file("upstream-voice/" + voice))
                    .api();
            Connection connection = api.connections().get(0);
            counts.put(
                    voice,
                    List.of(
                            api.connections().size(),
                            connection.messages(Direction.OUTBOUND, Role.CLIENT).size(),
                            connection.messages(Direction.INBOUND, Role.CLIENT).size()));
        }
        // one connection each; the messages a client sends and receives
        assertEquals(
                Map.of(
                        "assemblyai-usm-streaming-asyncapi-3.0.yml",
                        List.of(1, 3, 4),
                        "speechmatics-flow-asyncapi-3.0.yml",
                        List.of(1, 14, 6),
                        "speechmatics-realtime-asyncapi-3.0.yml",
                        List.of(1, 15, 8)),
                counts);
    }

    private static List<String> keys(List<Message> messages) {
        return messages.stream().map(Message::key).toList();
    }
}
