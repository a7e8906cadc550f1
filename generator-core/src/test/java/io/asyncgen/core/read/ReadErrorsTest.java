package io.asyncgen.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.model.EnumType;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each broken input gives one exact message at one exact place. */
class ReadErrorsTest {

    @Test
    void malformedYamlNamesTheProblemAndItsPlace() {
        assertEquals(
                List.of("spec.yaml:3:11: error: invalid YAML: reading stopped here, at a ':' that cannot start a"
                        + " mapping here; quote a value that contains ': ', or check this line's indentation"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n  title: a: b\n").diagnostics());
    }

    @Test
    void jsonDocumentsAreReadWithTheirOwnLocations() {
        SpecBuilder spec = SpecBuilder.spec("unused: true\n")
                .file(
                        "api.json",
                        "{\n  \"asyncapi\": \"2.6.0\",\n  \"info\": {\"title\": \"t\", \"version\": \"1\"},\n"
                                + "  \"channels\": {\"a\": {\"publish\": {\"message\": {\"$ref\": \"#/x\"}}}}\n}\n");
        assertEquals(
                List.of("api.json:4:54: error: $ref '#/x' points to nothing: 'x' not found in #"),
                spec.diagnostics("api.json"));
    }

    @Test
    void olderTwoDotXDocumentsAreReadAsTwoDotSix() {
        assertEquals(
                List.of(),
                SpecBuilder.spec("asyncapi: 2.0.0\ninfo: {title: t, version: '1'}\nchannels: {}\n")
                        .strict()
                        .diagnostics());
    }

    @Test
    void unknownAsyncapiVersionIsRefused() {
        assertEquals(
                List.of("spec.yaml:1:11: error: unsupported asyncapi version '3.2.0';"
                        + " asyncgen reads AsyncAPI 2.0.0 to 2.6.0, 3.0.0 and 3.1.0 documents"),
                SpecBuilder.spec("asyncapi: 3.2.0\ninfo: {title: t, version: '1'}\n")
                        .diagnostics());
    }

    @Test
    void unresolvedLocalRefPointsAtTheRef() {
        assertEquals(
                List.of("spec.yaml:10:19: error: $ref '#/components/schemas/Missing' points to nothing:"
                        + " 'Missing' not found in #/components/schemas"),
                SpecBuilder.document("""
            components:
              schemas:
                Holder:
                  properties:
                    x: {$ref: '#/components/schemas/Missing'}
            """).diagnostics());
    }

    @Test
    void unresolvedCrossFileRefNamesTheFile() {
        assertEquals(
                List.of("spec.yaml:10:19: error: $ref 'common.yaml#/Nope' points to nothing: 'Nope' not found in"
                        + " common.yaml#"),
                SpecBuilder.document("""
            components:
              schemas:
                Holder:
                  properties:
                    x: {$ref: 'common.yaml#/Nope'}
            """)
                        .file("common.yaml", "Yes: {type: string}\n")
                        .diagnostics());
    }

    @Test
    void missingReferencedFileIsReported() {
        SpecBuilder spec = SpecBuilder.document("""
        components:
          schemas:
            Holder:
              properties:
                x: {$ref: 'gone.yaml'}
        """);
        List<String> diagnostics = spec.diagnostics();
        assertEquals(
                List.of("spec.yaml:10:19: error: $ref 'gone.yaml' cannot be followed: file '" + spec.folder()
                        + "/gone.yaml' does not exist"),
                diagnostics);
    }

    @Test
    void pureRefCycleIsAnErrorNamingTheCycle() {
        assertEquals(
                List.of("spec.yaml:8:15: error: circular $ref: #/components/schemas/A -> #/components/schemas/B"
                        + " -> #/components/schemas/A; a chain of references must end at a real definition"),
                SpecBuilder.document("""
            components:
              schemas:
                A: {$ref: '#/components/schemas/B'}
                B: {$ref: '#/components/schemas/A'}
            """).diagnostics());
    }

    @Test
    void remoteRefIsRefusedUnlessAllowed() {
        assertEquals(
                List.of("spec.yaml:10:19: error: remote $ref 'https://example.com/schemas.yaml#/X' refused;"
                        + " allow remote references with --allow-remote-refs (command line) or"
                        + " <allowRemoteRefs>true</allowRemoteRefs> (Maven plugin)"),
                SpecBuilder.document("""
            components:
              schemas:
                Holder:
                  properties:
                    x: {$ref: 'https://example.com/schemas.yaml#/X'}
            """).diagnostics());
    }

    @Test
    void refEscapingTheSpecFolderIsRefused() {
        SpecBuilder spec = SpecBuilder.document("""
        components:
          schemas:
            Holder:
              properties:
                x: {$ref: '../outside.yaml'}
        """);
        List<String> diagnostics = spec.diagnostics();
        assertEquals(
                List.of(
                        "spec.yaml:10:19: error: $ref '../outside.yaml' points outside the spec's folder "
                                + spec.folder()
                                + "; move the file below it, or allow it with --allow-refs-outside-root or a wider --spec-root"
                                + " (command line), or <allowRefsOutsideRoot>true</allowRefsOutsideRoot> or <specRoot> (Maven plugin)"),
                diagnostics);
    }

    @Test
    void aliasBombIsRefusedQuickly() {
        StringBuilder yaml =
                new StringBuilder("asyncapi: 2.6.0\nx0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("x")
                    .append(i)
                    .append(": &a")
                    .append(i)
                    .append(" [")
                    .append(String.join(", ", Collections.nCopies(9, "*a" + (i - 1))))
                    .append("]\n");
        }
        List<String> diagnostics = SpecBuilder.spec(yaml.toString()).diagnostics();
        assertEquals(
                List.of("spec.yaml:8:5: error: the document expands to more than 1000000 nodes through YAML aliases"
                        + " (an alias bomb?); refusing to read it"),
                diagnostics);
    }

    @Test
    void absurdNestingIsRefused() {
        String deep = "a: ".repeat(1) + "[".repeat(300) + "]".repeat(300) + "\n";
        assertEquals(
                List.of("spec.yaml:1:204: error: the document nests deeper than 200 levels;"
                        + " refusing to read it (a generated or hostile document?)"),
                SpecBuilder.spec(deep).diagnostics());
    }

    @Test
    void duplicateMessageIdIsAnError() {
        assertEquals(
                List.of("spec.yaml:18:18: error: duplicate messageId 'hello' (also used at line 15);"
                        + " every messageId must be unique in a document\n  in message Two (spec.yaml:18:7)\n  in the publish"
                        + " operation (spec.yaml:10:5)\n  in channel b (spec.yaml:9:3)"),
                SpecBuilder.document("""
            channels:
              a:
                publish:
                  message: {$ref: '#/components/messages/One'}
              b:
                publish:
                  message: {$ref: '#/components/messages/Two'}
            components:
              messages:
                One:
                  messageId: hello
                  payload: {type: string}
                Two:
                  messageId: hello
                  payload: {type: string}
            """).diagnostics());
    }

    @Test
    void yaml11BooleanWordsStayStringsWithAWarning() {
        SpecBuilder spec = SpecBuilder.document("""
        components:
          schemas:
            Switch:
              type: string
              enum: [ON, OFF]
        """);
        assertEquals(
                List.of("ON", "OFF"),
                ((EnumType) spec.link().type("Switch"))
                        .values().stream().map(EnumType.EnumValue::wire).toList());
        assertEquals(
                List.of(
                        "spec.yaml:10:14: warning: unquoted 'ON' is a boolean in YAML 1.1 but is read as the string \"ON\""
                                + " (YAML 1.2, JSON); quote it, or write true/false if a boolean is meant",
                        "spec.yaml:10:18: warning: unquoted 'OFF' is a boolean in YAML 1.1 but is read as the string \"OFF\""
                                + " (YAML 1.2, JSON); quote it, or write true/false if a boolean is meant"),
                spec.diagnostics());
    }

    @Test
    void aRefThatIsNoUriReferenceIsAnError() {
        assertEquals(
                List.of(
                        "spec.yaml:10:19: error: $ref 'a b|c:d%zz' is not a valid reference: Illegal character in"
                                + " scheme name at index 1: a%20b%7Cc:d%25zz",
                        "spec.yaml:10:19: warning: 'properties/x/$ref' in schema 'Holder' is 'a b|c:d%zz', which is not a valid"
                                + " uri-reference"),
                SpecBuilder.document("""
            components:
              schemas:
                Holder:
                  properties:
                    x: {$ref: 'a b|c:d%zz'}
            """).diagnostics());
    }

    @Test
    void aRefFragmentThatIsNoJsonPointerSaysHowToWriteOne() {
        assertEquals(
                List.of("spec.yaml:10:19: error: $ref '#Holder' has a fragment that is not a JSON pointer; write it"
                        + " as '#/path/to/node'"),
                SpecBuilder.document("""
            components:
              schemas:
                Holder:
                  properties:
                    x: {$ref: '#Holder'}
            """).diagnostics());
    }

    @Test
    void aRefToAFolderCannotBeFollowed() {
        assertEquals(
                List.of("spec.yaml:10:19: error: $ref 'sub' cannot be followed: Is a directory"),
                SpecBuilder.document("""
            components:
              schemas:
                Holder:
                  properties:
                    x: {$ref: 'sub'}
            """)
                        .file("sub/a.yaml", "A: {type: string}\n")
                        .diagnostics());
    }

    @Test
    void anEmptyDocumentHasNoPosition() {
        assertEquals(
                List.of("spec.yaml: error: the document is empty"),
                SpecBuilder.spec("# nothing yet\n").diagnostics());
    }

    @Test
    void aDuplicateKeyNamesTheLineOfTheFirst() {
        assertEquals(
                List.of("spec.yaml:4:1: error: duplicate key 'info' (first at line 2); remove one of them"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo: {title: t, version: '1'}\nchannels: {}\ninfo: {title: u,"
                                + " version: '2'}\n")
                        .diagnostics());
    }

    @Test
    void anAliasWithoutAnchorIsRefused() {
        assertEquals(
                List.of("spec.yaml:2:7: error: YAML alias '*nothing' names no anchor defined before it"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo: *nothing\nchannels: {}\n")
                        .diagnostics());
    }

    @Test
    void aMergeKeyIsRefused() {
        assertEquals(
                List.of("spec.yaml:4:3: error: YAML merge keys ('<<') are not supported; write the members out or use"
                        + " a $ref"),
                SpecBuilder.spec(
                                "asyncapi: 2.6.0\nbase: &b {title: t}\ninfo:\n  <<: *b\n  version: '1'\nchannels: {}\n")
                        .diagnostics());
    }

    @Test
    void aDocumentThatIsNoMappingIsRefused() {
        assertEquals(
                List.of("spec.yaml:1:1: error: an AsyncAPI document must be a mapping, but this is a sequence"),
                SpecBuilder.spec("- asyncapi\n- 2.6.0\n").diagnostics());
    }

    @Test
    void aDocumentWithoutVersionIsRefused() {
        assertEquals(
                List.of("spec.yaml:1:1: error: missing 'asyncapi' version; an AsyncAPI document starts with its"
                        + " version, such as asyncapi: '3.0.0'"),
                SpecBuilder.spec("info: {title: t, version: '1'}\nchannels: {}\n")
                        .diagnostics());
    }
}
