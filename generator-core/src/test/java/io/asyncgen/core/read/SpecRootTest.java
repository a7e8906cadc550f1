package io.asyncgen.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.testing.SpecBuilder;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code $ref}s reach below the document's folder and below the spec root; nothing else. */
class SpecRootTest {
    private static final String SERVICE = """
      asyncapi: 2.6.0
      info: {title: a, version: '1'}
      channels:
        /a:
          publish:
            message:
              payload: {$ref: '../common/schemas.yaml#/Ping'}
      """;

    @Test
    void aRefToASiblingFolderIsFollowedBelowTheSpecRoot() {
        SpecBuilder spec = SpecBuilder.spec("unused: true\n")
                .specRootAtFolder()
                .file("specs/service-a/asyncapi.yaml", SERVICE)
                .file("specs/common/schemas.yaml", "Ping: {type: object, properties: {type: {const: ping}}}\n");
        assertEquals(List.of(), spec.diagnostics("specs/service-a/asyncapi.yaml"));
    }

    @Test
    void withoutASpecRootOnlyTheDocumentsFolderIsReachable() {
        SpecBuilder spec = SpecBuilder.spec("unused: true\n")
                .file("specs/service-a/asyncapi.yaml", SERVICE)
                .file("specs/common/schemas.yaml", "Ping: {type: object}\n");
        List<String> diagnostics = spec.diagnostics("specs/service-a/asyncapi.yaml");
        assertEquals(
                List.of("specs/service-a/asyncapi.yaml:7:25: error: $ref '../common/schemas.yaml#/Ping' points outside"
                        + " the spec's folder " + spec.folder()
                        + "/specs/service-a; move the file below it, or allow it with"
                        + " --allow-refs-outside-root or a wider --spec-root (command line), or"
                        + " <allowRefsOutsideRoot>true</allowRefsOutsideRoot> or <specRoot> (Maven plugin)"),
                diagnostics);
    }

    @Test
    void aRefLeavingBothTheDocumentsFolderAndTheSpecRootNamesBoth() {
        SpecBuilder spec = SpecBuilder.spec("unused: true\n")
                .file("specs/service-a/asyncapi.yaml", SERVICE)
                .file("specs/common/schemas.yaml", "Ping: {type: object}\n");
        spec.options(ReadOptions.defaults().withSpecRoot(Path.of("/nonexistent/elsewhere")));
        List<String> diagnostics = spec.diagnostics("specs/service-a/asyncapi.yaml");
        assertEquals(
                List.of("specs/service-a/asyncapi.yaml:7:25: error: $ref '../common/schemas.yaml#/Ping' points outside"
                        + " the spec's folder " + spec.folder()
                        + "/specs/service-a and the spec root /nonexistent/elsewhere; move the"
                        + " file below it, or allow it with --allow-refs-outside-root or a wider --spec-root (command line), or"
                        + " <allowRefsOutsideRoot>true</allowRefsOutsideRoot> or <specRoot> (Maven plugin)"),
                diagnostics);
    }
}
