package io.asyncgen.core.naming;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReservedTypeNamesTest {

    @Test
    void schemaTypesMayTakeNeitherJavaLangNorTheRuntimesNorTheNestedNames() {
        assertEquals(
                List.of(
                        "String",
                        "Long",
                        "Double",
                        "Boolean",
                        "Object",
                        "Override",
                        "Deprecated",
                        "Exception",
                        "RuntimeException",
                        "IllegalArgumentException",
                        "IllegalStateException",
                        "System",
                        "SuppressWarnings",
                        "CharSequence",
                        "StringBuilder",
                        "Throwable",
                        "Void",
                        "JsonSupport",
                        "DecodeException",
                        "Builder",
                        "Known",
                        "Unknown"),
                ReservedTypeNames.forSchemaTypes());
    }

    @Test
    void theNestedNamesAreTheBuilderTheKnownValuesAndTheUnknownValue() {
        assertEquals(List.of("Builder", "Known", "Unknown"), ReservedTypeNames.nested());
    }
}
