package io.asyncgen.core.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PackageExtensionTest {
    private static final String HEADER = "asyncapi: 2.6.0\ninfo: {title: Test, version: '1'}\nchannels: {}\n";

    @Test
    void theTopLevelExtensionIsTheDocumentsPackage() {
        assertEquals(
                Optional.of("com.acme.realtime"),
                SpecBuilder.spec(HEADER + "x-java-package: com.acme.realtime\n")
                        .link()
                        .javaPackage());
        assertEquals(Optional.empty(), SpecBuilder.spec(HEADER).link().javaPackage());
    }

    @Test
    void anOverlayCanSetIt() {
        SpecBuilder spec =
                SpecBuilder.spec(HEADER).file("package.overlay.yaml", """
        overlay: 1.0.0
        info: {title: package, version: '1'}
        actions:
          - target: $
            update: {x-java-package: com.acme.vendor}
        """).overlay("package.overlay.yaml");
        assertEquals(Optional.of("com.acme.vendor"), spec.link().javaPackage());
    }

    @Test
    void aValueThatIsNoPackageNameIsAnError() {
        assertEquals(
                List.of("spec.yaml:4:17: error: x-java-package must be a Java package name such as com.acme.realtime"
                        + " (dot-separated identifiers, no keywords), but is 'com.acme.class'"),
                SpecBuilder.spec(HEADER + "x-java-package: com.acme.class\n").diagnostics());
        assertEquals(
                List.of("spec.yaml:4:17: error: x-java-package must be a Java package name such as com.acme.realtime"
                        + " (dot-separated identifiers, no keywords), but is a mapping"),
                SpecBuilder.spec(HEADER + "x-java-package: {name: com.acme}\n").diagnostics());
    }

    @Test
    void anywhereElseItIsIgnoredWithAWarning() {
        SpecBuilder spec = SpecBuilder.spec(HEADER + """
        components:
          schemas:
            Audio:
              x-java-package: com.acme.audio
              type: object
              properties:
                format: {$ref: 'formats.yaml#/Format'}
        """)
                .file("formats.yaml", "Format:\n  type: string\n  x-java-package: com.acme.formats\n");
        String ignored = ": warning: x-java-package is read only at the top of the root document, where it sets the"
                + " package of all generated code (a sealed union and its members share one package); ignored here";
        assertEquals(List.of("formats.yaml:3:3" + ignored, "spec.yaml:7:7" + ignored), spec.diagnostics());
    }
}
