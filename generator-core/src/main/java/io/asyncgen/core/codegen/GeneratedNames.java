package io.asyncgen.core.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeSpec;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/** How generated types are named and annotated in the package being generated. */
final class GeneratedNames {
    static final String GENERATOR = "io.asyncgen";

    private final String packageName;
    private final JsonTarget json;
    private final Set<String> javaLangClashes;

    /** {@code generatedSimpleNames}: every top-level type of the package, to find java.lang clashes. */
    GeneratedNames(String packageName, JsonTarget json, Collection<String> generatedSimpleNames) {
        this.packageName = packageName;
        this.json = json;
        this.javaLangClashes = javaLangClashes(generatedSimpleNames);
    }

    /**
     * Adds what every top-level type carries: {@code @Generated} (no date), permission to use
     * types the document deprecates, and qualified names where a generated type hides a
     * {@code java.lang} one.
     */
    TypeSpec.Builder topLevel(TypeSpec.Builder type) {
        type.addAnnotation(TypeSpecs.generated()).addAnnotation(TypeSpecs.suppressDeprecation());
        if (!javaLangClashes.isEmpty()) {
            type.alwaysQualify(javaLangClashes.toArray(String[]::new));
        }
        return type;
    }

    private static Set<String> javaLangClashes(Collection<String> names) {
        Set<String> clashes = new TreeSet<>();
        for (String name : names) {
            try {
                Class.forName("java.lang." + name, false, ClassLoader.getPlatformClassLoader());
                clashes.add(name);
            } catch (ClassNotFoundException | LinkageError e) {
                // not a java.lang name: no clash
            }
        }
        return clashes;
    }

    ClassName type(String simpleName) {
        return ClassName.get(packageName, simpleName);
    }

    /** The Jackson classes of the JSON library the code is generated for. */
    JsonTarget json() {
        return json;
    }

    ClassName jsonSupport() {
        return RuntimeTypes.JSON_SUPPORT;
    }

    ClassName decodeException() {
        return RuntimeTypes.DECODE_EXCEPTION;
    }

    String packageName() {
        return packageName;
    }
}
