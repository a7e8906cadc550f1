package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/type-mapping.md} shows golden files, so they cannot drift: a code block after
 * {@code <!-- golden: <case>/expected/<File>.java -->} must equal that file, and one after
 * {@code <!-- golden: <case>/spec.yaml -->} must appear verbatim in that spec. With
 * {@code -Dasyncgen.updateGolden=true} the Java blocks are rewritten from freshly generated code.
 */
class GoldenTypeMappingDocTest {
    private static final Path DOC = Path.of("../docs/type-mapping.md");
    private static final Pattern BLOCK =
            Pattern.compile("<!-- golden: ([^ ]+) -->\n```(java|yaml)\n(.*?)```\n", Pattern.DOTALL);

    /** A code block of the doc: the golden file it shows and where its text starts and ends. */
    private record Block(String source, String language, String text, int start, int end) {}

    @Test
    void codeBlocksEqualTheGoldenFiles() throws Exception {
        String doc = Files.readString(DOC);
        if (GoldenCases.updating()) {
            Files.writeString(DOC, withGeneratedCode(doc));
            return;
        }
        List<Block> blocks = blocks(doc);
        assertTrue(blocks.size() > 10, "expected golden code blocks in " + DOC.toAbsolutePath());
        for (Block block : blocks) {
            String golden = Files.readString(GoldenCases.ROOT.resolve(block.source()));
            if (block.language().equals("java")) {
                assertEquals(
                        golden,
                        block.text(),
                        block.source() + " in " + DOC + " differs from the golden file"
                                + " (-Dasyncgen.updateGolden=true rewrites it)");
            } else {
                assertTrue(
                        golden.contains(block.text()),
                        "the snippet of " + block.source() + " in " + DOC + " is not in the spec:\n" + block.text());
            }
        }
    }

    @Test
    void everyGoldenCaseIsShownInTheDoc() throws Exception {
        TreeSet<String> shown = new TreeSet<>();
        blocks(Files.readString(DOC))
                .forEach(b -> shown.add(b.source().substring(0, b.source().indexOf('/'))));
        assertEquals(new TreeSet<>(GoldenCases.names()), shown, "golden cases shown in " + DOC);
    }

    private static List<Block> blocks(String doc) {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(doc);
        while (matcher.find()) {
            blocks.add(
                    new Block(matcher.group(1), matcher.group(2), matcher.group(3), matcher.start(3), matcher.end(3)));
        }
        return blocks;
    }

    /** The doc with every Java block replaced by the code generated now. */
    private static String withGeneratedCode(String doc) throws Exception {
        StringBuilder updated = new StringBuilder();
        int copied = 0;
        for (Block block : blocks(doc)) {
            if (block.language().equals("java")) {
                String caseName = block.source().substring(0, block.source().indexOf('/'));
                String file = block.source().substring(block.source().lastIndexOf('/') + 1);
                Map<String, String> generated = GoldenCases.generate(caseName);
                if (!generated.containsKey(file)) {
                    throw new AssertionError(DOC + " shows " + block.source() + ", which is no longer generated");
                }
                updated.append(doc, copied, block.start()).append(generated.get(file));
                copied = block.end();
            }
        }
        return updated.append(doc.substring(copied)).toString();
    }
}
