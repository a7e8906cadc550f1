package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.read.ReadOptions;
import io.asyncgen.core.testing.Corpus;
import io.asyncgen.core.testing.OfficialExamples3;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A 2.x and a 3.x document describing the same API give the same Java, except for the header
 * line naming the source (its JSON pointer differs between the versions). Where the two documents
 * of an official example say different things (names, descriptions, URLs), the test lists each
 * difference with its reason.
 */
class SameApiInBothVersionsTest {

    @Test
    void azureRealtimeInThreeDotZeroFormGeneratesTheSameFilesAsTheTwoDotSixDocument() throws SpecException {
        Path specs = Path.of("../spec");
        Map<String, String> v2 = generate(read(specs.resolve("azure-openai-realtime.yaml"), ReadOptions.defaults()));
        Map<String, String> v3 =
                generate(read(specs.resolve("azure-openai-realtime.asyncapi3.yaml"), ReadOptions.defaults()));
        assertEquals(List.of(), differences(v2, v3));
        assertEquals(v2.keySet(), v3.keySet());
    }

    /**
     * What tells the two forms of an official example apart in the generated code: union names that
     * differ (2.x names a union from an operationId or, without one, from the channel and direction;
     * 3.x from the operation's key), then files that still differ, each for a reason written here.
     */
    record Expected(Map<String, String> renames, List<String> remaining, String why) {}

    static Map<String, Expected> officialExamples() {
        String noOperationId =
                "the 2.6 operation has no operationId, so its union is named <Connection>Outbound/Inbound;"
                        + " the 3.x operation's key names it";
        Map<String, Expected> examples = new TreeMap<>();
        examples.put("simple", new Expected(Map.of("AccountServiceInbound", "UserSignedup"), List.of(), noOperationId));
        examples.put("anyof", new Expected(Map.of("AnyOfExampleOutbound", "Test"), List.of(), noOperationId));
        examples.put(
                "oneof",
                new Expected(
                        Map.of(
                                "TestOutbound",
                                "TestMsg",
                                "Test2Inbound",
                                "Test",
                                "Test2SubscribeMessage1",
                                "ObjectWithKey",
                                "Test2SubscribeMessage2",
                                "ObjectWithKey2"),
                        List.of(),
                        noOperationId
                                + "; the 2.6 messages of test2 are written inline without names (Test2SubscribeMessage<n>),"
                                + " the 3.x ones have keys in the channel's messages (objectWithKey)"));
        examples.put("not", new Expected(Map.of("NotExampleOutbound", "TestMsg"), List.of(), noOperationId));
        examples.put("application-headers", new Expected(Map.of(), List.of(), "same API, same names"));
        examples.put("correlation-id", new Expected(Map.of(), List.of(), "same API, same names"));
        examples.put(
                "gitter-streaming",
                new Expected(
                        Map.of("GitterStreamingInbound", "RoomInfo"),
                        List.of("differs: RoomsRoomIdResourceResource.java"),
                        noOperationId
                                + "; the 3.x parameter 'resource' is its own schema, so its description becomes the enum's"
                                + " Javadoc; the 2.6 parameter's description is beside its schema"));
        examples.put(
                "mercure",
                new Expected(
                        Map.of(
                                "MercureHubExampleInbound",
                                "SendBooksInfo",
                                "MercureHubExampleOutbound",
                                "ReceiveBooksInfo"),
                        List.of("differs: MercureHubExampleEndpoint.java"),
                        noOperationId
                                + "; the 2.6 server's url says https://demo.mercure.rocks, the 3.x server gives the host and"
                                + " protocol 'mercure' (mercure://demo.mercure.rocks); the 3.x parameter 'id' has a description"));
        examples.put(
                "operation-security",
                new Expected(
                        Map.of("NotificationsInbound", "AuthRevoke"),
                        List.of("differs: MessageHeaders.java"),
                        noOperationId + "; the 3.x message's headers declare Content-Type,"
                                + " which the 2.6 document declares in the operation's http binding instead"));
        String messageKeys = "a 2.6 message written inline without a name is named from its operationId"
                + " (ReceiveSumResultMessage); a 3.x message by its key in the channel's messages (receiveSumResult)";
        examples.put(
                "rpc-client",
                new Expected(
                        Map.of("ReceiveSumResultMessage", "ReceiveSumResult", "RequestSumMessage", "RequestSum"),
                        List.of(),
                        messageKeys));
        examples.put(
                "rpc-server",
                new Expected(
                        Map.of("SendSumResultMessage", "SendSumResult", "SumMessage", "Sum"), List.of(), messageKeys));
        examples.put(
                "slack-rtm",
                new Expected(
                        Map.of(
                                "SlackRealTimeMessagingInbound",
                                "Messages",
                                "SlackRealTimeMessagingOutbound",
                                "OutgoingMessage"),
                        List.of(),
                        noOperationId));
        examples.put("streetlights-kafka", new Expected(Map.of(), List.of(), "same API, same names"));
        examples.put("streetlights-mqtt", new Expected(Map.of(), List.of(), "same API, same names"));
        examples.put("streetlights-operation-security", new Expected(Map.of(), List.of(), "same API, same names"));
        examples.put(
                "websocket-gemini",
                new Expected(
                        Map.of("GeminiMarketDataWebsocketInbound", "MarketData"),
                        List.of("differs: V1MarketdataSymbolSymbol.java"),
                        noOperationId
                                + "; the 3.x parameter 'symbol' is its own schema, so its description becomes the enum's"
                                + " Javadoc; the 2.6 parameter's description is beside its schema"));
        examples.put(
                "social-media/backend",
                new Expected(
                        Map.of(
                                "CommentCommentIdChangedOutbound",
                                "CommentChange",
                                "CommentLikedInbound",
                                "CommentLiked",
                                "LikeCommentOutbound",
                                "CommentLike",
                                "UpdateCommentLikesInbound",
                                "CommentLikeUpdate"),
                        List.of("differs: CommentCommentIdChangedEndpoint.java"),
                        noOperationId + "; the 3.x parameter commentId has a description, the 2.6 one has none"));
        examples.put(
                "social-media/comments-service",
                new Expected(
                        Map.of(
                                "CommentCommentIdChangedInbound",
                                "CommentChange",
                                "CommentLikedOutbound",
                                "CommentLiked"),
                        List.of("differs: CommentCommentIdChangedEndpoint.java"),
                        noOperationId + "; the 3.x parameter commentId has a description, the 2.6 one has none"));
        examples.put(
                "social-media/frontend",
                new Expected(
                        Map.of("LikeCommentInbound", "LikeComment", "UpdateCommentLikesOutbound", "UpdateCommentLiked"),
                        List.of(),
                        noOperationId));
        examples.put(
                "social-media/notification-service",
                new Expected(Map.of("NotificationsServiceOutbound", "CommentLiked"), List.of(), noOperationId));
        examples.put(
                "social-media/public-api",
                new Expected(Map.of("PublicOutbound", "CommentLiked"), List.of(), noOperationId));
        return examples;
    }

    /** Each example in 3.0.0 and in 3.1.0 form: {@code 3.0.0/simple}, {@code 3.1.0/simple}, ... */
    static List<String> officialExampleNames() {
        return OfficialExamples3.VERSIONS.stream()
                .flatMap(version -> officialExamples().keySet().stream().map(name -> version + "/" + name))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("officialExampleNames")
    void officialExampleInBothFormsGeneratesTheSameFilesButForTheListedDifferences(String example)
            throws SpecException {
        String name = example.substring(example.indexOf('/') + 1);
        Path examples26 = Corpus.file("asyncapi-2.6/examples");
        ReadOptions options = ReadOptions.defaults();
        Path v2File = examples26.resolve(name.startsWith("social-media/") ? name + "/asyncapi.yaml" : name + ".yml");
        if (name.startsWith("social-media/")) {
            options = options.withSpecRoot(examples26.resolve("social-media"));
        }
        Expected expected = officialExamples().get(name);
        Map<String, String> v2 = renamed(generate(read(v2File, options)), expected.renames());
        Map<String, String> v3 = new TreeMap<>();
        generate(OfficialExamples3.read(example, false)).forEach((path, content) -> v3.put(path, normalized(content)));
        assertEquals(expected.remaining(), differences(v2, v3), expected.why());
    }

    /**
     * The files with every name renamed as {@code renames} says (a union's name also starts its codec,
     * dispatcher and handler names; a message key also starts its payload's name), in file names and
     * code, in one pass; then with every run of white space as one space, since a longer or shorter
     * name wraps lines differently.
     */
    private static Map<String, String> renamed(Map<String, String> files, Map<String, String> renames) {
        Map<String, String> result = new TreeMap<>();
        files.forEach((path, content) -> result.put(rename(path, renames), normalized(rename(content, renames))));
        return result;
    }

    private static String rename(String text, Map<String, String> renames) {
        if (renames.isEmpty()) {
            return text;
        }
        List<String> longestFirst = new ArrayList<>(renames.keySet());
        longestFirst.sort((a, b) -> b.length() - a.length());
        Pattern any = Pattern.compile(
                String.join("|", longestFirst.stream().map(Pattern::quote).toList()));
        return any.matcher(text).replaceAll(m -> renames.get(m.group()));
    }

    /** Every run of white space as one space, and none after an opening or before a closing parenthesis (wrapping). */
    private static String normalized(String content) {
        return content.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
    }

    private static AsyncApiReader.Result read(Path file, ReadOptions options) throws SpecException {
        return new AsyncApiReader(options).read(file);
    }

    private static Map<String, String> generate(AsyncApiReader.Result result) {
        Map<String, String> files = new TreeMap<>();
        new JavaGenerator(GenerationOptions.of("com.example.same", GeneratedRole.BOTH, "api.yaml"))
                .generate(result.api())
                .forEach(f -> files.put(f.relativePath(), withoutSourcePointer(f.content())));
        return files;
    }

    /** The header line names the source as {@code api.yaml#/pointer}; the pointer differs between versions. */
    private static String withoutSourcePointer(String content) {
        return content.replaceFirst(
                "^// Generated by asyncgen from api\\.yaml#[^ ]*\\. Do not edit\\.",
                "// Generated by asyncgen from api.yaml. Do not edit.");
    }

    /** Files only in one form ({@code -2.x: A.java}, {@code +3.x: B.java}) and files whose content differs. */
    static List<String> differences(Map<String, String> v2, Map<String, String> v3) {
        List<String> differences = new ArrayList<>();
        TreeSet<String> all = new TreeSet<>(v2.keySet());
        all.addAll(v3.keySet());
        for (String path : all) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            if (!v3.containsKey(path)) {
                differences.add("only 2.x: " + name);
            } else if (!v2.containsKey(path)) {
                differences.add("only 3.x: " + name);
            } else if (!v2.get(path).equals(v3.get(path))) {
                differences.add("differs: " + name);
            }
        }
        return differences;
    }
}
