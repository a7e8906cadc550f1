package io.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.diagnostic.Diagnostic;
import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.testing.SpecBuilder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TypeNameAllocatorTest {
    private static final SourceLocation FIRST = new SourceLocation("spec.yaml", 8, 13, "/components/schemas/a");
    private static final SourceLocation SECOND = new SourceLocation("spec.yaml", 9, 13, "/components/schemas/b");

    private final Diagnostics diagnostics = new Diagnostics();
    private final TypeNameAllocator allocator = new TypeNameAllocator(diagnostics);

    private static SchemaNameHints key(String componentKey) {
        return new SchemaNameHints(Optional.empty(), Optional.of(componentKey), Optional.empty());
    }

    private static SchemaNameHints chosen(String javaName) {
        return new SchemaNameHints(Optional.of(javaName), Optional.empty(), Optional.empty());
    }

    private List<String> warnings() {
        return diagnostics.all().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aSchemaNamedBuilderIsNumberedBecauseGeneratedTypesNestABuilder() {
        assertEquals("Builder2", allocator.allocate(key("Builder"), "Unused", FIRST));
        assertEquals(
                List.of(
                        "spec.yaml:8:13: warning: type name 'Builder' is already used by generated code (java.lang"
                                + " or asyncgen's support types); this one is named 'Builder2' (set x-java-name to choose a name)"),
                warnings());
    }

    @Test
    void everyReservedNameIsNumberedAlsoWhenChosenWithXJavaName() {
        for (String reserved : ReservedTypeNames.forSchemaTypes()) {
            assertEquals(reserved + "2", allocator.allocate(chosen(reserved), "Unused", FIRST));
        }
        assertEquals(ReservedTypeNames.forSchemaTypes().size(), warnings().size());
    }

    @Test
    void reservedNamesAreComparedIgnoringCaseBecauseTheyBecomeFileNames() {
        assertEquals("BUILDER2", allocator.allocate(chosen("BUILDER"), "Unused", FIRST));
    }

    @Test
    void aSecondSchemaWithTheSameNameIsNumberedAndToldWhereTheFirstIs() {
        assertEquals("FooBar", allocator.allocate(key("foo_bar"), "Unused", FIRST));
        assertEquals("FooBar2", allocator.allocate(key("FooBar"), "Unused", SECOND));
        assertEquals(
                List.of("spec.yaml:9:13: warning: type name 'FooBar' is already used by the schema at line 8;"
                        + " this one is named 'FooBar2' (set x-java-name to choose a name)"),
                warnings());
    }

    @Test
    void xJavaNameWinsOverTheKeyWhichWinsOverTheTitleWhichWinsOverThePlace() {
        assertEquals(
                "Chosen",
                new SchemaNameHints(Optional.of("Chosen"), Optional.of("key"), Optional.of("Title"))
                        .preferred()
                        .orElseThrow());
        assertEquals(
                "MyEvent",
                new SchemaNameHints(Optional.of("my event"), Optional.empty(), Optional.empty())
                        .preferred()
                        .orElseThrow());
        assertEquals(
                "SessionKey",
                new SchemaNameHints(Optional.empty(), Optional.of("session.key"), Optional.of("Title"))
                        .preferred()
                        .orElseThrow());
        assertEquals(
                "VoiceSettings",
                allocator.allocate(
                        new SchemaNameHints(Optional.empty(), Optional.empty(), Optional.of("voice settings")),
                        "SessionVoice",
                        FIRST));
        assertEquals(
                "SessionVoice",
                allocator.allocate(
                        new SchemaNameHints(Optional.empty(), Optional.empty(), Optional.empty()),
                        "SessionVoice",
                        SECOND));
        assertEquals(List.of(), warnings());
    }

    @Test
    void aComponentSchemaCalledStringDoesNotHideJavaLangString() {
        SpecBuilder spec = SpecBuilder.document("""
        components:
          schemas:
            String: {type: object, properties: {text: {type: string}}}
        """);

        AsyncApi api = spec.link();
        assertEquals(List.of("String2"), List.copyOf(api.types().keySet()));
        assertEquals(
                List.of(
                        "spec.yaml:8:13: warning: type name 'String' is already used by generated code (java.lang"
                                + " or asyncgen's support types); this one is named 'String2' (set x-java-name to choose a name)",
                        "  in schema String (spec.yaml:8:5)"),
                spec.diagnostics().stream().flatMap(String::lines).toList());
    }
}
