package io.asyncgen.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A syntax error names where reading stopped and where the broken construct starts, in plain words. */
class SyntaxErrorsTest {

    @Test
    void anUnclosedBraceNamesTheLineItOpensOn() {
        assertEquals(
                List.of("spec.yaml:9:5: error: invalid YAML: reading stopped here, at a value where ',' or '}' should"
                        + " come, inside the '{' mapping that starts at line 8, column 8; is its closing '}', or a ',' between two"
                        + " entries, missing?"),
                SpecBuilder.document("""
            components:
              schemas:
                A: {type: object, properties: {x: {type: string}}
                B: {type: string}
            """).diagnostics());
    }

    @Test
    void anUnclosedBracketNamesTheLineItOpensOn() {
        assertEquals(
                List.of(
                        "spec.yaml:4:10: error: invalid YAML: reading stopped here, at ':' where ',' or ']' should come,"
                                + " inside the '[' list that starts at line 3, column 9; is its closing ']', or a ',' between two items,"
                                + " missing?"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n  tags: [a, b\n  version: '1'\n")
                        .diagnostics());
    }

    @Test
    void anUnclosedQuoteNamesWhereItOpens() {
        assertEquals(
                List.of("spec.yaml:5:1: error: invalid YAML: reading stopped here, at the end of the file, inside the"
                        + " quoted text that starts at line 3, column 10; is its closing quote missing?"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n  title: \"unterminated\n  version: 1\n")
                        .diagnostics());
    }

    @Test
    void aLineIndentedOutOfItsMappingNamesTheMapping() {
        assertEquals(
                List.of("spec.yaml:5:2: error: invalid YAML: reading stopped here, at a '-' list item where the"
                        + " mapping's next key (at its indentation) or its end should come, inside the mapping that starts at line 1,"
                        + " column 1; check this line's indentation against the mapping's keys"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n  title: t\n  version: 1\n - x\n")
                        .diagnostics());
    }

    @Test
    void aTabIsNamedAsSuch() {
        assertEquals(
                List.of("spec.yaml:3:1: error: invalid YAML: reading stopped here, at a tab character;"
                        + " YAML indents with spaces only"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n\ttitle: t\n").diagnostics());
    }

    @Test
    void anUnclosedJsonObjectNamesWhereItOpens() {
        SpecBuilder spec = SpecBuilder.spec("unused: true\n")
                .file("api.json", "{\"asyncapi\": \"2.6.0\", \"info\": {\"title\": \"t\",\n \"version\": \"1\"\n");
        assertEquals(
                List.of("api.json:3:1: error: invalid JSON: reading stopped here, at the end of the file, inside the"
                        + " object that starts at line 1, column 31; is its closing '}' missing?"),
                spec.diagnostics("api.json"));
    }

    @Test
    void aKeyWithoutItsColonNamesWhereTheKeyStarts() {
        assertEquals(
                List.of("spec.yaml:5:1: error: invalid YAML: reading stopped here, still looking for the ':' after the"
                        + " key that starts at line 4, column 1; a key needs ': ' after it on the same line; quote a value that"
                        + " spans lines"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n  title: t\nc\nd: e\n")
                        .diagnostics());
    }

    @Test
    void aListItemWhereAValueIsWritten() {
        assertEquals(
                List.of("spec.yaml:2:7: error: invalid YAML: reading stopped here, at a '-' list item that cannot"
                        + " start here; fix the syntax there"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo: - a\n").diagnostics());
    }

    @Test
    void aKeyAmongListItemsIsCalledAMappingKey() {
        assertEquals(
                List.of("spec.yaml:4:3: error: invalid YAML: reading stopped here, at a mapping key where the list's"
                        + " next '-' item (at its indentation) or its end should come, inside the list that starts at line 3,"
                        + " column 3; check this line's indentation against the list's '-' items"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n  - a\n  b: c\n").diagnostics());
    }

    @Test
    void anyOtherYamlSyntaxErrorKeepsTheParsersWords() {
        assertEquals(
                List.of("spec.yaml:2:7: error: invalid YAML: reading stopped here, at: found character '@' that"
                        + " cannot start any token. (Do not use @ for indentation); fix the syntax there"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo: @x\n").diagnostics());
    }

    @Test
    void aYamlValueTheParserCannotTakeIsAYamlError() {
        assertEquals(
                List.of("spec.yaml:2:18: error: invalid YAML: reading stopped here: Unexpected end of base64-encoded"
                        + " String: base64 variant 'MIME' expects padding (one or more '=' characters) at the end. This"
                        + " Base64Variant might have been incorrectly configured; fix the value there"),
                SpecBuilder.spec("asyncapi: 2.6.0\ninfo: !!binary 12\n").diagnostics());
    }

    @Test
    void anyOtherJsonSyntaxErrorKeepsTheParsersWords() {
        SpecBuilder spec =
                SpecBuilder.spec("unused: true\n").file("api.json", "{\"asyncapi\": \"2.6.0\",, \"info\": {}}\n");
        assertEquals(
                List.of("api.json:1:22: error: invalid JSON: reading stopped here: Unexpected character (','"
                        + " (code 44)): was expecting double-quote to start field name; fix the syntax there"),
                spec.diagnostics("api.json"));
    }

    @Test
    void aSecondDocumentInTheSameFileIsRefusedNotDropped() {
        assertEquals(
                List.of("spec.yaml:3:1: error: a second document starts here; a file holds one document: move this"
                        + " one into a file of its own"),
                SpecBuilder.spec("asyncapi: 2.6.0\n---\ninfo: {title: t, version: '1'}\nchannels: {}\n")
                        .diagnostics());
        SpecBuilder json =
                SpecBuilder.spec("unused: true\n").file("api.json", "{\"asyncapi\": \"2.6.0\"}\n{\"info\": {}}\n");
        assertEquals(
                List.of("api.json:2:1: error: a second document starts here; a file holds one document: move this one"
                        + " into a file of its own"),
                json.diagnostics("api.json"));
    }
}
