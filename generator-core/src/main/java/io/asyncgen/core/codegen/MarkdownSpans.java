package io.asyncgen.core.codegen;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The inline Markdown of a paragraph as Javadoc HTML: {@code `code`} as {@code {@code ...}} (or
 * {@code <code>} with entities when the code could break the tag or the comment), {@code *em*}
 * and {@code _em_}, {@code **strong**} and {@code __strong__}, {@code [text](url)} and
 * {@code <url>} as links when the URL is {@code http}, {@code https} or {@code mailto} (else the
 * text alone), backslash escapes. Everything else is text, escaped. {@code _} inside a word
 * ({@code input_audio_buffer}) is never emphasis.
 */
final class MarkdownSpans {
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?://|mailto:)[^\\s<>]+)>");
    private static final Pattern DESTINATION = Pattern.compile(
            "\\(\\s*<?((?:https?://|mailto:)?[^\\s()<>]*)>?" + "(?:\\s+(?:\"[^\"]*\"|'[^']*'))?\\s*\\)");
    private static final Pattern LINKABLE = Pattern.compile("(?:https?://|mailto:)\\S+");

    /** How far a closing delimiter is looked for: keeps hostile text (10,000 brackets) linear. */
    private static final int FARTHEST_CLOSER = 500;

    private final String text;
    private final StringBuilder out = new StringBuilder();

    private MarkdownSpans(String text) {
        this.text = text;
    }

    static String render(String text) {
        MarkdownSpans spans = new MarkdownSpans(text);
        spans.renderRange(0, text.length());
        return spans.out.toString();
    }

    /** Text as it reads: HTML, {@code @}, backslashes and a comment's end as entities; no carriage returns. */
    static String escapeText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) != '\r') {
                out.append(escapeChar(text.charAt(i), i + 1 < text.length() ? text.charAt(i + 1) : ' '));
            }
        }
        return out.toString();
    }

    private void renderRange(int from, int to) {
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < to && isPunctuation(text.charAt(i + 1))) {
                out.append(escapeChar(text.charAt(i + 1), i + 2 < to ? text.charAt(i + 2) : ' '));
                i += 2;
            } else if (c == '`') {
                i = codeSpan(i, to);
            } else if (c == '<') {
                i = autolink(i, to);
            } else if (c == '[') {
                i = link(i, to);
            } else if (c == '*' || c == '_') {
                i = emphasis(i, to);
            } else {
                out.append(escapeChar(c, i + 1 < to ? text.charAt(i + 1) : ' '));
                i++;
            }
        }
    }

    private int codeSpan(int start, int to) {
        int ticks = run(start, to, '`');
        int close = closingTicks(start + ticks, to, ticks);
        if (close < 0) {
            out.append("`".repeat(ticks));
            return start + ticks;
        }
        String code = text.substring(start + ticks, close).replace('\n', ' ');
        if (code.length() > 2 && code.startsWith(" ") && code.endsWith(" ") && !code.isBlank()) {
            code = code.substring(1, code.length() - 1);
        }
        out.append(fitsCodeTag(code) ? "{@code " + code + "}" : "<code>" + escapeText(code) + "</code>");
        return close + ticks;
    }

    /** Whether {@code {@code ...}} shows the code as written: balanced braces, nothing the compiler or javadoc reads. */
    private static boolean fitsCodeTag(String code) {
        if (code.isBlank()
                || code.contains("*/")
                || code.contains("\\")
                || code.startsWith(" ")
                || code.endsWith(" ")) {
            return false;
        }
        int depth = 0;
        for (char c : code.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    private int closingTicks(int from, int to, int ticks) {
        to = Math.min(to, from + FARTHEST_CLOSER);
        int i = from;
        while (i < to) {
            if (text.charAt(i) == '`') {
                int length = run(i, to, '`');
                if (length == ticks) {
                    return i;
                }
                i += length;
            } else {
                i++;
            }
        }
        return -1;
    }

    private int autolink(int start, int to) {
        Matcher matcher = AUTOLINK.matcher(text).region(start, to);
        if (!matcher.lookingAt()) {
            out.append("&lt;");
            return start + 1;
        }
        out.append("<a href=\"")
                .append(attribute(matcher.group(1)))
                .append("\">")
                .append(escapeText(matcher.group(1)))
                .append("</a>");
        return matcher.end();
    }

    /** {@code [text](url)}: a link for a URL that can be one, else the text alone; a lone bracket is text. */
    private int link(int start, int to) {
        int close = closingBracket(start, to);
        Matcher destination = close < 0 ? null : DESTINATION.matcher(text).region(close + 1, to);
        if (destination == null || !destination.lookingAt()) {
            out.append('[');
            return start + 1;
        }
        String url = destination.group(1);
        boolean linkable = LINKABLE.matcher(url).matches();
        if (linkable) {
            out.append("<a href=\"").append(attribute(url)).append("\">");
        }
        renderRange(start + 1, close);
        if (linkable) {
            out.append("</a>");
        }
        return destination.end();
    }

    private int closingBracket(int start, int to) {
        to = Math.min(to, start + FARTHEST_CLOSER);
        int depth = 0;
        for (int i = start; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '`') {
                int ticks = run(i, to, '`');
                int close = closingTicks(i + ticks, to, ticks);
                i = close < 0 ? i + ticks - 1 : close + ticks - 1;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * {@code **strong**} or {@code *em*} (or with {@code _}) when a matching closer follows in the
     * same range; the delimiters are text otherwise (also a run of three or more).
     */
    private int emphasis(int start, int to) {
        char delimiter = text.charAt(start);
        int width = run(start, to, delimiter);
        if (width <= 2 && canOpen(start, start + width, to)) {
            int close = closer(start + width, to, delimiter, width);
            if (close > start + width) {
                String tag = width == 2 ? "strong" : "em";
                out.append('<').append(tag).append('>');
                renderRange(start + width, close);
                out.append("</").append(tag).append('>');
                return close + width;
            }
        }
        for (int i = start; i < start + width; i++) {
            out.append(escapeChar(delimiter, i + 1 < to ? text.charAt(i + 1) : ' '));
        }
        return start + width;
    }

    /** The start of a run of exactly {@code width} delimiters that can close, outside code spans; -1 if none. */
    private int closer(int from, int to, char delimiter, int width) {
        to = Math.min(to, from + FARTHEST_CLOSER);
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == '`') {
                int ticks = run(i, to, '`');
                int close = closingTicks(i + ticks, to, ticks);
                i = close < 0 ? i + ticks : close + ticks;
            } else if (c == delimiter) {
                int length = run(i, to, delimiter);
                if (length == width && canClose(i, i + length, to)) {
                    return i;
                }
                i += length;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** Followed by a non-space, and not inside a word (so {@code snake_case} and {@code 2*3*4} stay text). */
    private boolean canOpen(int start, int end, int to) {
        return end < to
                && !Character.isWhitespace(text.charAt(end))
                && (start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1)));
    }

    private boolean canClose(int start, int end, int to) {
        return start > 0
                && !Character.isWhitespace(text.charAt(start - 1))
                && (end >= to || !Character.isLetterOrDigit(text.charAt(end)));
    }

    private int run(int start, int to, char c) {
        int end = start;
        while (end < to && text.charAt(end) == c) {
            end++;
        }
        return end - start;
    }

    private static boolean isPunctuation(char c) {
        return c < 128 && !Character.isLetterOrDigit(c) && c > ' ' && c != 127;
    }

    /** One character as text; a star that a slash follows is an entity, so it cannot end the comment. */
    private static String escapeChar(char c, char next) {
        return switch (c) {
            case '\\' -> "&#92;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '&' -> "&amp;";
            case '@' -> "&#64;";
            case '*' -> next == '/' ? "&#42;" : "*";
            default -> String.valueOf(c);
        };
    }

    /** A URL inside {@code href="..."}. */
    private static String attribute(String url) {
        return url.replace("&", "&amp;")
                .replace("\"", "&quot;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("@", "&#64;")
                .replace("\\", "&#92;");
    }
}
