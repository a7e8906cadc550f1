package io.asyncgen.core.codegen;

import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.asyncgen.core.testing.Jackson3;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 20: the golden cases for Jackson 3. Each file generated for Jackson 3 is the Jackson 2 file
 * (which {@link GoldenFilesTest} pins) with Jackson 3's databind package in its imports and nothing
 * else changed, so the Jackson 2 goldens stand for both targets; and every case compiles on
 * runtime-jackson3 and Jackson 3 alone, with {@code -Xlint:all} and not a word from javac, calling
 * nothing Jackson 3 deprecates.
 */
class Jackson3GoldenFilesTest {
    private static final String JACKSON_2 = "com.fasterxml.jackson.databind.";
    private static final String JACKSON_3 = "tools.jackson.databind.";

    static List<String> cases() {
        return GoldenCases.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void jackson3FilesAreTheJackson2FilesWithJackson3Imports(String name) throws Exception {
        Map<String, String> jackson2 = GoldenCases.generate(name, JsonTarget.JACKSON_2);
        Map<String, String> jackson3 = GoldenCases.generate(name, JsonTarget.JACKSON_3);
        assertEquals(jackson2.keySet(), jackson3.keySet(), name + ": the two targets generate different files");
        for (Map.Entry<String, String> file : jackson2.entrySet()) {
            String actual = jackson3.get(file.getKey());
            assertFalse(
                    actual.contains("com.fasterxml.jackson.databind"), name + "/" + file.getKey() + " names Jackson 2");
            assertEquals(withJackson3Imports(file.getValue()), actual, name + "/" + file.getKey());
        }
    }

    @Test
    void someGoldenFilesNameJackson3() throws Exception {
        // the comparison above is only worth something where there is a Jackson class to rewrite
        String record = GoldenCases.generate("record", JsonTarget.JACKSON_3).get("Point.java");
        assertTrue(record.contains("import tools.jackson.databind.JsonNode;\n"), record);
        assertTrue(record.contains("import com.fasterxml.jackson.annotation.JsonProperty;\n"), record);
    }

    /**
     * Compiled without the {@code @SuppressWarnings("deprecation")} every generated type carries (for
     * what a document deprecates), so that a call Jackson 3 deprecates ({@code isTextual()},
     * {@code asText()}) is a warning, and any warning fails: only the deprecation of the cases' own
     * types is allowed.
     */
    @Test
    void everyGoldenCaseCompilesOnJackson3AloneWithoutWarnings() throws Exception {
        List<JavaFileObject> sources = new ArrayList<>();
        for (String name : GoldenCases.names()) {
            String pkg = GoldenCases.packageName(name);
            GoldenCases.generate(name, JsonTarget.JACKSON_3)
                    .forEach((path, content) -> sources.add(JavaFileObjects.forSourceString(
                            pkg + "." + path.replace(".java", "").replace('/', '.'),
                            content.replace(SUPPRESS_DEPRECATION, ""))));
        }
        assertFalse(sources.isEmpty(), "no golden cases under " + GoldenCases.ROOT.toAbsolutePath());
        Compilation compilation = javac().withClasspath(Jackson3.classpath())
                .withOptions("-Xlint:all", "--release", "17")
                .compile(sources);
        List<String> messages = compilation.diagnostics().stream()
                .filter(d -> !(d.getKind() == Diagnostic.Kind.WARNING
                        && d.getMessage(null).contains(" in golden.")))
                .map(d -> d.getKind() + " "
                        + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
                        + d.getMessage(null))
                .toList();
        assertEquals(List.of(), messages);
        assertEquals(Compilation.Status.SUCCESS, compilation.status());
    }

    private static final String SUPPRESS_DEPRECATION = "@SuppressWarnings(\"deprecation\")\n";

    /**
     * A Jackson 2 file as Jackson 3 code must read: Jackson 3's package wherever Jackson 2's stood, the
     * imports in the order the generator sorts them (by name, so {@code tools.} moves to the end).
     */
    static String withJackson3Imports(String jackson2) {
        String renamed = jackson2.replace(JACKSON_2, JACKSON_3);
        List<String> lines = renamed.lines().toList();
        List<Integer> imports = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("import ")) {
                imports.add(i);
            }
        }
        if (imports.isEmpty()) {
            return renamed;
        }
        int first = imports.get(0);
        int last = imports.get(imports.size() - 1);
        assertEquals(last - first + 1, imports.size(), "the imports are one block");
        List<String> sorted = new ArrayList<>(new TreeSet<>(lines.subList(first, last + 1)));
        List<String> result = new ArrayList<>(lines.subList(0, first));
        result.addAll(sorted);
        result.addAll(lines.subList(last + 1, lines.size()));
        return result.stream().collect(Collectors.joining("\n", "", renamed.endsWith("\n") ? "\n" : ""));
    }
}
