package io.asyncgen.core.codegen;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders the Markdown that descriptions are written in as Javadoc HTML: paragraphs, bullet and
 * numbered lists (nested by indentation), fenced code, headings as bold paragraphs, and the inline
 * spans of {@link MarkdownSpans}. Anything else (tables, quotes, raw HTML) shows as written. The
 * result is safe inside a comment: text is escaped as {@link Javadocs#escape} escapes it, and no
 * {@code *}{@code /} or backslash survives anywhere.
 */
final class MarkdownJavadoc {
    private static final Pattern FENCE = Pattern.compile(" {0,3}(`{3,}|~{3,}).*");
    private static final Pattern HEADING = Pattern.compile(" {0,3}#{1,6}(?:[ \t]+(.*?))?[ \t#]*");
    private static final Pattern ITEM = Pattern.compile("( *)([-*+]|(\\d{1,9})[.)])( +|$)(.*)");

    /** A block of a description. */
    private sealed interface Block permits Paragraph, Heading, Code, ListBlock {}

    private record Paragraph(String text) implements Block {}

    private record Heading(String text) implements Block {}

    private record Code(List<String> lines) implements Block {}

    /** A list: {@code start} is the number of the first item of a numbered list, null for bullets. */
    private record ListBlock(Integer start, List<List<Block>> items) implements Block {}

    /** Where a list item starts: its marker kind and the column its text starts at. */
    private record Marker(boolean numbered, int number, int contentColumn, String firstLine) {}

    private MarkdownJavadoc() {}

    /** The description as Javadoc: its first block as is, later ones as paragraphs; ends with a line break. */
    static String render(String markdown) {
        List<String> lines = List.of(markdown.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replace("\t", "    ")
                .split("\n", -1));
        return safe(blocks(lines)).strip() + "\n";
    }

    /** The description on one line (for a {@code @param} or after a label): blocks joined by spaces. */
    static String renderInline(String markdown) {
        return render(markdown).strip().replaceAll("\\s*\n\\s*", " ");
    }

    /** The blocks of a description: the first as is, the later paragraphs each starting with {@code <p>}. */
    private static String blocks(List<String> lines) {
        StringBuilder out = new StringBuilder();
        List<Block> blocks = parse(lines);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (i > 0) {
                out.append("\n\n");
            }
            boolean paragraph = block instanceof Paragraph || block instanceof Heading;
            if (paragraph && i > 0) {
                out.append("<p>");
            }
            out.append(html(block));
        }
        return out.toString();
    }

    private static String html(Block block) {
        if (block instanceof Paragraph paragraph) {
            return MarkdownSpans.render(paragraph.text());
        } else if (block instanceof Heading heading) {
            return "<strong>" + MarkdownSpans.render(heading.text()) + "</strong>";
        } else if (block instanceof Code code) {
            return code(code.lines());
        }
        return list((ListBlock) block);
    }

    private static String code(List<String> lines) {
        StringBuilder out = new StringBuilder("<pre>\n");
        lines.forEach(line -> out.append(MarkdownSpans.escapeText(line)).append('\n'));
        return out.append("</pre>").toString();
    }

    private static String list(ListBlock list) {
        StringBuilder out = new StringBuilder(
                list.start() == null
                        ? "<ul>\n"
                        : list.start() == 1 ? "<ol>\n" : "<ol start=\"" + list.start() + "\">\n");
        for (List<Block> item : list.items()) {
            out.append("<li>").append(itemText(item)).append("</li>\n");
        }
        return out.append(list.start() == null ? "</ul>" : "</ol>").toString();
    }

    private static String itemText(List<Block> item) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < item.size(); i++) {
            Block block = item.get(i);
            out.append(i == 0 ? "" : block instanceof Paragraph || block instanceof Heading ? "\n<p>" : "\n");
            out.append(html(block));
        }
        return out.toString();
    }

    private static List<Block> parse(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher fence = FENCE.matcher(line);
            Matcher heading = HEADING.matcher(line);
            if (line.isBlank()) {
                i++;
            } else if (fence.matches()) {
                i = fencedCode(lines, i, fence.group(1), blocks);
            } else if (heading.matches()) {
                blocks.add(new Heading(heading.group(1) == null ? "" : heading.group(1)));
                i++;
            } else if (marker(line) != null) {
                i = list(lines, i, blocks);
            } else {
                List<String> text = new ArrayList<>();
                while (i < lines.size() && !lines.get(i).isBlank() && !interruptsParagraph(lines.get(i))) {
                    text.add(lines.get(i).strip());
                    i++;
                }
                blocks.add(new Paragraph(String.join("\n", text)));
            }
        }
        return blocks;
    }

    /** As in CommonMark, only a numbered list that starts at 1 interrupts a paragraph ("in\n2024. we"). */
    private static boolean interruptsParagraph(String line) {
        Marker marker = marker(line);
        return startsBlock(line) && (marker == null || !marker.numbered() || marker.number() == 1);
    }

    private static boolean startsBlock(String line) {
        return FENCE.matcher(line).matches() || HEADING.matcher(line).matches() || marker(line) != null;
    }

    /** Reads a fenced code block starting at line {@code start}; returns the line after it. */
    private static int fencedCode(List<String> lines, int start, String fence, List<Block> blocks) {
        List<String> code = new ArrayList<>();
        int i = start + 1;
        while (i < lines.size() && !lines.get(i).strip().startsWith(fence)) {
            code.add(lines.get(i));
            i++;
        }
        blocks.add(new Code(code));
        return Math.min(i + 1, lines.size());
    }

    /**
     * Reads a list starting at line {@code start}: items of the same kind, each with the lines
     * indented to its text (nested blocks) and the lines that simply continue it; returns the line
     * after it.
     */
    private static int list(List<String> lines, int start, List<Block> blocks) {
        Marker first = marker(lines.get(start));
        List<List<Block>> items = new ArrayList<>();
        Marker current = first;
        int i = start;
        while (current != null && current.numbered() == first.numbered()) {
            List<String> itemLines = new ArrayList<>(List.of(current.firstLine()));
            i++;
            while (i < lines.size()) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    int next = i;
                    while (next < lines.size() && lines.get(next).isBlank()) {
                        next++;
                    }
                    if (next < lines.size() && indent(lines.get(next)) >= current.contentColumn()) {
                        itemLines.add("");
                        i++;
                        continue;
                    }
                    i = next < lines.size() && sameKind(marker(lines.get(next)), first) ? next : i;
                    break;
                }
                if (indent(line) >= current.contentColumn()) {
                    itemLines.add(line.substring(current.contentColumn()));
                } else if (startsBlock(line)) {
                    break;
                } else {
                    itemLines.add(line.strip());
                }
                i++;
            }
            items.add(parse(itemLines));
            current = i < lines.size() && !lines.get(i).isBlank() ? marker(lines.get(i)) : null;
            if (current != null && indent(lines.get(i)) >= first.contentColumn()) {
                current = null;
            }
        }
        blocks.add(new ListBlock(first.numbered() ? first.number() : null, items));
        return i;
    }

    private static boolean sameKind(Marker marker, Marker first) {
        return marker != null && marker.numbered() == first.numbered();
    }

    private static Marker marker(String line) {
        Matcher item = ITEM.matcher(line);
        if (!item.matches()) {
            return null;
        }
        boolean numbered = item.group(3) != null;
        int afterMarker = item.group(1).length() + item.group(2).length();
        int spaces = item.group(4).length();
        int column = spaces == 0 || spaces > 4 ? afterMarker + 1 : afterMarker + spaces;
        String text = spaces > 4 ? line.substring(afterMarker + 1) : item.group(5);
        if (text.isBlank() && !numbered && item.group(2).equals("*")) {
            return null;
        }
        return new Marker(numbered, numbered ? Integer.parseInt(item.group(3)) : 0, column, text);
    }

    private static int indent(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    /** The last guard: nothing rendered may end the comment or start a unicode escape. */
    private static String safe(String javadoc) {
        return javadoc.replace("*/", "&#42;/").replace("\\", "&#92;");
    }
}
