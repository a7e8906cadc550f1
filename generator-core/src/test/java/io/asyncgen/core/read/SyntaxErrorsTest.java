package io.asyncgen.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A syntax error names where reading stopped and where the broken construct starts, in plain words. */
class SyntaxErrorsTest {

  @Test
  void anUnclosedBraceNamesTheLineItOpensOn() {
    assertEquals(List.of("spec.yaml:9:5: error: invalid YAML: reading stopped here, at a value where ',' or '}' should"
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
    assertEquals(List.of("spec.yaml:4:10: error: invalid YAML: reading stopped here, at ':' where ',' or ']' should come,"
            + " inside the '[' list that starts at line 3, column 9; is its closing ']', or a ',' between two items,"
            + " missing?"),
        SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n  tags: [a, b\n  version: '1'\n").diagnostics());
  }

  @Test
  void anUnclosedQuoteNamesWhereItOpens() {
    assertEquals(List.of("spec.yaml:5:1: error: invalid YAML: reading stopped here, at the end of the file, inside the"
            + " quoted text that starts at line 3, column 10; is its closing quote missing?"),
        SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n  title: \"unterminated\n  version: 1\n").diagnostics());
  }

  @Test
  void aLineIndentedOutOfItsMappingNamesTheMapping() {
    assertEquals(List.of("spec.yaml:5:2: error: invalid YAML: reading stopped here, at a '-' list item where the"
            + " mapping's next key (at its indentation) or its end should come, inside the mapping that starts at line 1,"
            + " column 1; check this line's indentation against the mapping's keys"),
        SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n  title: t\n  version: 1\n - x\n").diagnostics());
  }

  @Test
  void aTabIsNamedAsSuch() {
    assertEquals(List.of("spec.yaml:3:1: error: invalid YAML: reading stopped here, at a tab character;"
            + " YAML indents with spaces only"),
        SpecBuilder.spec("asyncapi: 2.6.0\ninfo:\n\ttitle: t\n").diagnostics());
  }

  @Test
  void anUnclosedJsonObjectNamesWhereItOpens() {
    SpecBuilder spec = SpecBuilder.spec("unused: true\n")
        .file("api.json", "{\"asyncapi\": \"2.6.0\", \"info\": {\"title\": \"t\",\n \"version\": \"1\"\n");
    assertEquals(List.of("api.json:3:1: error: invalid JSON: reading stopped here, at the end of the file, inside the"
        + " object that starts at line 1, column 31; is its closing '}' missing?"), spec.diagnostics("api.json"));
  }
}
