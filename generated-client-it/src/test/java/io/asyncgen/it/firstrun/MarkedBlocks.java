package io.asyncgen.it.firstrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The fenced blocks of a Markdown document that an HTML comment right above marks for a test:
 * {@code <!-- run: asyncgen -->}, {@code <!-- run: stub -->}, {@code <!-- run: project -->},
 * {@code <!-- output: project -->} or {@code <!-- file: PATH -->}. Unmarked blocks are prose; a
 * marker without a block below it is the doc author's mistake and fails with its line.
 */
final class MarkedBlocks {
    private static final Pattern MARKER = Pattern.compile("<!-- (run|output|file): (\\S+) -->");
    private static final Pattern FENCE = Pattern.compile("```(\\w*)");

    /** One marked block: {@code kind} {@code run}, {@code output} or {@code file}, its argument, its text. */
    record Block(String kind, String argument, String text, int line) {
        /** The commands of a {@code run} block: one per line, and per {@code &&} within a line. */
        List<String> commands() {
            List<String> commands = new ArrayList<>();
            for (String line : text.split("\n")) {
                for (String command : line.split("&&")) {
                    if (!command.isBlank()) {
                        commands.add(command.strip());
                    }
                }
            }
            return commands;
        }
    }

    private MarkedBlocks() {}

    static List<Block> of(Path document) throws IOException {
        List<String> lines = Files.readAllLines(document);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).strip());
            if (!marker.matches()) {
                continue;
            }
            if (i + 1 >= lines.size()
                    || !FENCE.matcher(lines.get(i + 1).strip()).matches()) {
                throw new IllegalStateException(document + ":" + (i + 1) + ": the marker "
                        + lines.get(i).strip() + " must be followed, on the next line, by a fenced block (```)");
            }
            StringBuilder text = new StringBuilder();
            int end = i + 2;
            while (end < lines.size() && !lines.get(end).strip().equals("```")) {
                text.append(lines.get(end)).append('\n');
                end++;
            }
            if (end >= lines.size()) {
                throw new IllegalStateException(document + ":" + (i + 2) + ": the fenced block is never closed");
            }
            blocks.add(new Block(marker.group(1), marker.group(2), text.toString(), i + 1));
            i = end;
        }
        return blocks;
    }

    /** The blocks of {@code kind} and {@code argument}, in document order. */
    static List<Block> select(List<Block> blocks, String kind, String argument) {
        return blocks.stream()
                .filter(b -> b.kind().equals(kind) && b.argument().equals(argument))
                .toList();
    }
}
