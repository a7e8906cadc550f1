package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.asyncgen.core.testing.GeneratedCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One folder per feature under {@code src/test/resources/golden}: the generated files must equal
 * {@code expected/} byte for byte, none missing and none extra. Run with
 * {@code -Dasyncgen.updateGolden=true} to rewrite {@code expected/} instead (adds, updates, deletes).
 */
class GoldenFilesTest {

    static List<String> cases() {
        return GoldenCases.names();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedFilesEqualTheExpectedFolder(String name) throws Exception {
        Map<String, String> actual = GoldenCases.compared(name);
        if (GoldenCases.updating()) {
            GoldenCases.write(name, actual);
            return;
        }
        Map<String, String> expected = GoldenCases.expected(name);
        assertEquals(
                new TreeSet<>(expected.keySet()),
                new TreeSet<>(actual.keySet()),
                name + ": generated file names differ from expected/ (-Dasyncgen.updateGolden=true rewrites it)");
        for (Map.Entry<String, String> file : expected.entrySet()) {
            assertEquals(
                    file.getValue(),
                    actual.get(file.getKey()),
                    name + "/" + file.getKey() + " differs (-Dasyncgen.updateGolden=true rewrites it)");
        }
    }

    /**
     * Compiling proves little here: text after an early {@code *}{@code /} could still be valid Java.
     * So the words of the descriptions must stay inside comments, and no {@code \\u} may remain that
     * javac would turn into a character before it sees the comment.
     */
    @Test
    void descriptionsThatWouldEndACommentStayInsideIt() throws Exception {
        Map<String, String> files = GoldenCases.generate("javadoc-escaping");
        for (String name : List.of("Comment.java", "Marker.java")) {
            String code = withoutCommentsAndLiterals(files.get(name));
            for (String word : List.of("oops", "nobody", "inside", "escape")) {
                assertFalse(code.contains(word), name + ": '" + word + "' escaped its comment");
            }
            assertFalse(UNICODE_ESCAPE.matcher(files.get(name)).find(), name + ": a unicode escape remains");
        }
    }

    /** A backslash javac reads as the start of a unicode escape: preceded by an even number of backslashes. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u");

    /** The source with comments and string and character literals removed, as javac's scanner sees them. */
    private static String withoutCommentsAndLiterals(String source) {
        StringBuilder code = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i++);
                while (i < source.length() && source.charAt(i) != quote) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
            } else {
                code.append(source.charAt(i++));
            }
        }
        return code.toString();
    }

    @Test
    void everyGoldenCaseCompilesWithoutWarnings() throws Exception {
        List<GeneratedFile> all = new ArrayList<>();
        for (String name : GoldenCases.names()) {
            String folder = GoldenCases.packageName(name).replace('.', '/') + "/";
            GoldenCases.generate(name).forEach((path, content) -> all.add(new GeneratedFile(folder + path, content)));
        }
        assertFalse(all.isEmpty(), "no golden cases under " + GoldenCases.ROOT.toAbsolutePath());
        GeneratedCode.compile(all);
    }
}
