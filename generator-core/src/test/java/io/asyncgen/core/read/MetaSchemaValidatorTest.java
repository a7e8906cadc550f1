package io.asyncgen.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.diagnostic.Diagnostic;
import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.Severity;
import io.asyncgen.core.testing.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MetaSchemaValidatorTest {
    private static final Path CORPUS = Corpus.root();
    private static final String HEADER = "asyncapi: 2.6.0\ninfo:\n  title: Demo\n  version: 1.0.0\nchannels: {}\n";

    @Test
    void officialExamplesHaveNoViolations() throws IOException {
        Path examples = CORPUS.resolve("asyncapi-2.6/examples");
        List<Path> documents;
        try (Stream<Path> files = Files.walk(examples)) {
            documents = files.filter(file -> file.getParent().equals(examples)
                                    && file.toString().endsWith(".yml")
                            || file.getParent().getParent().endsWith("social-media") && file.endsWith("asyncapi.yaml"))
                    .sorted()
                    .toList();
        }
        Map<String, List<String>> violations = new TreeMap<>();
        documents.forEach(document -> {
            List<String> found = validate(document);
            if (!found.isEmpty()) {
                violations.put(examples.relativize(document).toString(), found);
            }
        });

        assertEquals(21, documents.size());
        assertEquals(Map.of(), violations);
    }

    @Test
    void azureDocumentHasItsMisplacedInfoMembersAndItsApiKeyInAHeader() {
        assertEquals(
                List.of(
                        "upstream/azure-openai-asyncapi.yml:28:3: warning: property 'tags' is not allowed in info;"
                                + " move it to the top level of the document, where it is allowed",
                        "upstream/azure-openai-asyncapi.yml:35:3: warning: property 'externalDocs' is not allowed in info;"
                                + " move it to the top level of the document, where it is allowed",
                        "upstream/azure-openai-asyncapi.yml:217:13: warning: security scheme 'apiKey': with type 'apiKey',"
                                + " 'in' is 'header' but must be one of [user, password] and property 'name' is not allowed;"
                                + " use type 'httpApiKey', which accepts it as written"),
                validate(CORPUS.resolve("upstream/azure-openai-asyncapi.yml")));
    }

    @Test
    void openAiBetaDocumentHasAnObjectDiscriminatorAndAnApiKeyInAHeader() {
        assertEquals(
                List.of(
                        "upstream/openai-realtime-asyncapi.yml:468:13: warning: security scheme 'openAiBeta': with type 'apiKey',"
                                + " 'in' is 'header' but must be one of [user, password] and property 'name' is not allowed;"
                                + " use type 'httpApiKey', which accepts it as written",
                        "upstream/openai-realtime-asyncapi.yml:1142:9: warning: 'discriminator' in schema 'Item' must be a string"
                                + " but is a mapping; write the value itself: discriminator: type"),
                validate(CORPUS.resolve("upstream/openai-realtime-asyncapi.yml")));
    }

    @Test
    void inworldDocumentConformsToTheMetaSchema() {
        assertEquals(List.of(), validate(CORPUS.resolve("upstream/inworld-ai-asyncapi.yml")));
    }

    @Test
    void missingInfoIsReportedAtTheDocument() {
        assertEquals(
                List.of("inline.yaml:1:1: warning: the document is missing required property 'info'"), validate("""
            asyncapi: 2.6.0
            channels: {}
            """));
    }

    @Test
    void unknownTopLevelPropertyIsReportedAtItsKey() {
        assertEquals(
                List.of("inline.yaml:5:1: warning: property 'paths' is not allowed in the document;"
                        + " remove it, or rename it 'x-paths' to keep it as an extension"),
                validate("""
            asyncapi: 2.6.0
            info:
              title: Demo
              version: 1.0.0
            paths: {}
            channels: {}
            """));
    }

    @Test
    void operationIdOfTheWrongTypeIsReportedAtItsValue() {
        assertEquals(
                List.of("inline.yaml:8:20: warning: 'operationId' in the publish operation of channel"
                        + " 'user/signedup' must be a string but is an integer; quote it: '42'"),
                validate("""
            asyncapi: 2.6.0
            info:
              title: Demo
              version: 1.0.0
            channels:
              user/signedup:
                publish:
                  operationId: 42
                  message:
                    payload:
                      type: string
            """));
    }

    @Test
    void unknownSecuritySchemeTypeListsEveryTypeAndSuggestsTheClosest() {
        assertEquals(
                List.of(
                        "inline.yaml:9:13: warning: 'type' in security scheme 'key' is 'httpapikey' but must be"
                                + " one of [userPassword, apiKey, X509, symmetricEncryption, asymmetricEncryption, http, httpApiKey,"
                                + " oauth2, openIdConnect, plain, scramSha256, scramSha512, gssapi]; did you mean 'httpApiKey'?"),
                validate("""
            asyncapi: 2.6.0
            info:
              title: Demo
              version: 1.0.0
            channels: {}
            components:
              securitySchemes:
                key:
                  type: httpapikey
                  in: header
                  name: api-key
            """));
    }

    @Test
    void messageWithoutRefIsCheckedAsAMessageObject() {
        assertEquals(
                List.of("inline.yaml:9:9: warning: property 'nmae' is not allowed in the message of the"
                        + " subscribe operation of channel 'chat'; did you mean 'name'?"),
                validate("""
            asyncapi: 2.6.0
            info:
              title: Demo
              version: 1.0.0
            channels:
              chat:
                subscribe:
                  message:
                    nmae: Hello
                    payload:
                      type: string
            """));
    }

    @Test
    void aValueOutsideItsPatternShowsThePattern() {
        assertEquals(
                List.of("inline.yaml:9:33: warning: 'correlationId/location' in message 'M' is 'header.replyTo' but"
                        + " must match the pattern ^\\$message\\.(header|payload)#(\\/(([^\\/~])|(~[01]))*)*"),
                validate(HEADER
                        + "components:\n  messages:\n    M:\n      correlationId: {location: header.replyTo}\n"));
    }

    @Test
    void aListThatRepeatsAnItemOrIsEmpty() {
        assertEquals(
                List.of(
                        "inline.yaml:8:33: warning: 'required' in schema 'S' lists the same item more than once;"
                                + " remove the duplicates",
                        "inline.yaml:9:16: warning: 'oneOf' in schema 'T' must have at least 1 item(s)"),
                validate(HEADER
                        + "components:\n  schemas:\n    S: {type: object, required: [a, a]}\n    T: {oneOf: []}\n"));
    }

    @Test
    void anyOtherViolationKeepsTheValidatorsWords() {
        assertEquals(
                List.of("inline.yaml:8:34: warning: 'minLength' in schema 'S': must have a minimum value of 0"),
                validate(HEADER + "components:\n  schemas:\n    S: {type: string, minLength: -1}\n"));
    }

    @Test
    void sameDocumentGivesTheSameDiagnosticsEveryTime() {
        Path azure = CORPUS.resolve("upstream/azure-openai-asyncapi.yml");

        assertEquals(validate(azure), validate(azure));
    }

    private static List<String> validate(Path file) {
        try {
            return validate(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> validate(String yaml) {
        return validate("inline.yaml", yaml);
    }

    /** The validator's diagnostics only (the reader's own warnings, such as YAML 1.1 booleans, aside). */
    private static List<String> validate(String file, String text) {
        SpecNode document =
                new SpecTreeReader(new Diagnostics()).read(file, text).orElseThrow();
        Diagnostics diagnostics = new Diagnostics();
        MetaSchemaValidator.asyncApi26().validate(document, Severity.WARNING, diagnostics);
        return diagnostics.all().stream()
                .map((Diagnostic d) -> d.toString(CORPUS))
                .toList();
    }
}
