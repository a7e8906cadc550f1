package io.asyncgen.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Puts the parsers' syntax errors in plain words: where reading stopped (the diagnostic's own
 * place), what was found there instead of what, and where the construct that is broken starts
 * ("inside the '{' mapping that starts at line 12, column 16"), which is usually where the mistake is.
 */
final class SyntaxErrorWording {
    private static final Pattern EXPECTED = Pattern.compile("expected (.+?), but (?:found|got) '?(.+?)'?");
    private static final Pattern JSON_UNCLOSED = Pattern.compile(
            "Unexpected end-of-input: expected close marker for (Object|Array) \\(start marker at \\[.*?line: (\\d+), column: (\\d+)\\]\\)",
            Pattern.DOTALL);
    private static final Pattern JSON_SOURCE = Pattern.compile("\\s*(?:at )?\\[Source: [^\\]]*\\]");

    /** The SnakeYAML token names, as a reader would say them. */
    private static final Map<String, String> TOKENS = Map.ofEntries(
            Map.entry("<scalar>", "a value"),
            Map.entry("<block sequence start>", "a '-' list item"),
            Map.entry("-", "a '-' list item"),
            Map.entry("?", "a mapping key"),
            Map.entry("<block mapping start>", "the start of a new mapping"),
            Map.entry("<stream end>", "the end of the file"),
            Map.entry("<document start>", "a '---' document start"),
            Map.entry("<document end>", "a '...' document end"),
            Map.entry("<alias>", "an alias"),
            Map.entry("<anchor>", "an anchor"),
            Map.entry("<tag>", "a tag"),
            Map.entry("<directive>", "a directive"),
            Map.entry("the node content", "a value"));

    /** What each construct of a {@code while parsing/scanning ...} context is called, and what usually went wrong. */
    private record Construct(String name, String hint) {}

    private static final Map<String, Construct> CONSTRUCTS = Map.ofEntries(
            Map.entry(
                    "while parsing a flow mapping",
                    new Construct("the '{' mapping", "is its closing '}', or a ',' between two entries, missing?")),
            Map.entry(
                    "while parsing a flow sequence",
                    new Construct("the '[' list", "is its closing ']', or a ',' between two items, missing?")),
            Map.entry(
                    "while parsing a block mapping",
                    new Construct("the mapping", "check this line's indentation against the mapping's keys")),
            Map.entry(
                    "while parsing a block collection",
                    new Construct("the list", "check this line's indentation against the list's '-' items")),
            Map.entry(
                    "while scanning a quoted scalar",
                    new Construct("the quoted text", "is its closing quote missing?")),
            Map.entry(
                    "while scanning a double-quoted scalar",
                    new Construct("the quoted text", "is its closing quote missing?")),
            Map.entry(
                    "while scanning a simple key",
                    new Construct("the key", "a key needs ': ' after it on the same line")),
            Map.entry("while scanning a block scalar", new Construct("the '|' or '>' text block", null)),
            Map.entry("while scanning a plain scalar", new Construct("the unquoted value", "quote the value")),
            Map.entry("while scanning an anchor", new Construct("the anchor", null)),
            Map.entry("while scanning an alias", new Construct("the alias", null)),
            Map.entry("while parsing a block node", new Construct("the value", null)),
            Map.entry("while parsing a flow node", new Construct("the value", null)),
            Map.entry("while parsing a node", new Construct("the value", null)));

    private SyntaxErrorWording() {}

    /** The message for a YAML syntax error placed where reading stopped. */
    static String yaml(MarkedYAMLException error) {
        String problem = error.getProblem() == null ? "" : error.getProblem().trim();
        String context = error.getContext() == null ? "" : error.getContext().trim();
        Construct construct = CONSTRUCTS.get(context);
        if (construct == null && !context.isEmpty() && !context.equals("while scanning for the next token")) {
            construct = new Construct(context.replaceFirst("^while (?:parsing|scanning) an? ", "the "), null);
        }
        StringBuilder message = new StringBuilder("invalid YAML: reading stopped here");
        String hint;
        if (problem.equals("could not find expected ':'")) {
            message.append(", still looking for the ':' after ").append(construct == null ? "a key" : construct.name());
            hint = "a key needs ': ' after it on the same line; quote a value that spans lines";
        } else {
            message.append(", ").append(found(problem, context));
            hint = problemHint(problem);
            if (construct != null) {
                message.append(", inside ").append(construct.name());
                if (construct.hint() != null) {
                    hint = construct.hint();
                }
            }
        }
        Mark start = error.getContextMark();
        Mark stop = error.getProblemMark();
        if (construct != null && start != null && (stop == null || start.getIndex() != stop.getIndex())) {
            message.append(" that starts at line ")
                    .append(start.getLine() + 1)
                    .append(", column ")
                    .append(start.getColumn() + 1);
        }
        return message.append("; ").append(hint).toString();
    }

    /** The message for a JSON syntax error placed where reading stopped. */
    static String json(JsonProcessingException error) {
        String original = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
        Matcher unclosed = JSON_UNCLOSED.matcher(original);
        if (unclosed.find()) {
            boolean object = unclosed.group(1).equals("Object");
            return "invalid JSON: reading stopped here, at the end of the file, inside the "
                    + (object ? "object" : "array")
                    + " that starts at line " + unclosed.group(2) + ", column " + unclosed.group(3)
                    + "; is its closing '"
                    + (object ? "}" : "]") + "' missing?";
        }
        return "invalid JSON: reading stopped here: " + detail(error) + "; fix the syntax there";
    }

    /** The message for a YAML value the parser could not take (a malformed {@code !!binary}, a number too long). */
    static String yamlValue(JsonProcessingException error) {
        return "invalid YAML: reading stopped here: " + detail(error) + "; fix the value there";
    }

    /** The parser's own words, without where it read from. */
    private static String detail(JsonProcessingException error) {
        String original = error.getOriginalMessage() == null ? "" : error.getOriginalMessage();
        return JSON_SOURCE
                .matcher(original.lines().findFirst().orElse(""))
                .replaceAll("")
                .trim();
    }

    /** What reading stopped at, as the continuation of "reading stopped here, ...". */
    private static String found(String problem, String context) {
        Matcher expected = EXPECTED.matcher(problem);
        if (expected.matches()) {
            String wanted = expected.group(1);
            if (wanted.equals("<block end>")) {
                wanted = context.endsWith("block mapping")
                        ? "the mapping's next key (at its indentation) or its end"
                        : context.endsWith("block collection")
                                ? "the list's next '-' item (at its indentation) or its end"
                                : "the end of the indented block";
                return "at " + token(expected.group(2)) + " where " + wanted + " should come";
            }
            return "at " + token(expected.group(2)) + " where " + token(wanted) + " should come";
        }
        if (problem.equals("found unexpected end of stream")) {
            return "at the end of the file";
        }
        if (problem.equals("mapping values are not allowed here")) {
            return "at a ':' that cannot start a mapping here";
        }
        if (problem.startsWith("found character '\\t(TAB)'")) {
            return "at a tab character";
        }
        if (problem.endsWith("sequence entries are not allowed here")) {
            return "at a '-' list item that cannot start here";
        }
        return "at: " + problem;
    }

    private static String problemHint(String problem) {
        if (problem.equals("mapping values are not allowed here")) {
            return "quote a value that contains ': ', or check this line's indentation";
        }
        if (problem.startsWith("found character '\\t(TAB)'")) {
            return "YAML indents with spaces only";
        }
        return "fix the syntax there";
    }

    private static String token(String name) {
        String known = TOKENS.get(name);
        if (known != null) {
            return known;
        }
        if (name.contains(" or ") || name.startsWith("'")) {
            return name;
        }
        return "'" + name + "'";
    }
}
