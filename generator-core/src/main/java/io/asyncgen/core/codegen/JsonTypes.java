package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Class names of the JDK types and Jackson annotations generated code uses, the same for both JSON
 * targets; the Jackson classes that differ come from {@link JsonTarget}.
 */
final class JsonTypes {
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName STRING = ClassName.get(String.class);
    static final ClassName LIST = ClassName.get(List.class);
    static final ClassName MAP = ClassName.get(Map.class);
    static final ClassName LINKED_HASH_MAP = ClassName.get(LinkedHashMap.class);
    static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
    static final ClassName SET = ClassName.get(Set.class);
    static final ClassName FUNCTION = ClassName.get(Function.class);
    static final TypeName STRING_LIST = ParameterizedTypeName.get(LIST, STRING);

    private JsonTypes() {}
}
