package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.read.ViolationCondenser.Finding;
import io.asyncgen.core.read.ViolationCondenser.KindMismatch;
import io.asyncgen.core.read.ViolationCondenser.SchemaError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Plain words for meta-schema findings: what is wrong, where in AsyncAPI terms ("security
 * scheme 'apiKey'", "the publish operation of channel 'chat'"), and what to change.
 */
final class ViolationWording {

    private ViolationWording() {}

    /** The whole message for a finding. */
    static String message(Finding finding) {
        if (finding instanceof KindMismatch mismatch) {
            return kindMismatch(mismatch);
        }
        SchemaError error = (SchemaError) finding;
        String fix = fix(error);
        return statement(error, null) + (fix.isEmpty() ? "" : "; " + fix);
    }

    private static String kindMismatch(KindMismatch mismatch) {
        List<String> clauses = new ArrayList<>();
        for (Finding reason : mismatch.reasons()) {
            clauses.add(reason instanceof SchemaError error ? statement(error, mismatch.object()) : message(reason));
        }
        return describe(mismatch.object()) + ": with " + mismatch.discriminator() + " '" + mismatch.declared() + "', "
                + joined(clauses, "and") + "; use " + mismatch.discriminator() + " '" + mismatch.fitting()
                + "', which accepts it as written";
    }

    /** What is wrong; subjects inside {@code base} are named relative to it ({@code null}: absolute). */
    private static String statement(SchemaError error, List<String> base) {
        String value = valueName(error.at(), base);
        JsonNode expected = error.expected();
        String text = switch (error.keyword()) {
            case "additionalProperties" -> "property '" + error.property() + "' is not allowed" + in(error.at(), base);
            case "required" ->
                error.at().equals(base)
                        ? "property '" + error.property() + "' is required"
                        : objectName(error.at(), base) + " is missing required property '" + error.property() + "'";
            case "type" -> value + " must be " + typeWords(expected) + " but is " + kindOf(error.actual());
            case "enum" -> value + " is " + shown(error.actual()) + " but must be " + choices(expected);
            case "const" -> value + " is " + shown(error.actual()) + " but must be " + shown(expected);
            case "pattern" ->
                value + " is " + shown(error.actual()) + " but must match the pattern " + expected.asText();
            case "format" -> value + " is " + shown(error.actual()) + ", which is not a valid " + expected.asText();
            case "uniqueItems" -> value + " lists the same item more than once";
            case "minItems" -> value + " must have at least " + expected.asText() + " item(s)";
            case "false" -> value + " is not allowed here";
            case "oneOf" -> objectName(error.at(), base) + " matches more than one of the forms allowed here";
            default -> value + ": " + error.fallback();
        };
        return error.context().isEmpty() ? text : text + " " + error.context();
    }

    /** What to change, when the statement does not say it already. */
    private static String fix(SchemaError error) {
        return switch (error.keyword()) {
            case "additionalProperties" ->
                closest(error.property(), error.declaredProperties())
                        .map(name -> "did you mean '" + name + "'?")
                        .or(() -> error.declaringAncestor()
                                .map(ancestor -> "move it to " + place(ancestor) + ", where it is allowed"))
                        .orElse("remove it, or rename it 'x-" + error.property() + "' to keep it as an extension");
            case "type" -> wrappedScalar(error).or(() -> unquotedText(error)).orElse("");
            case "enum" ->
                texts(error.expected()).size() < 2
                        ? ""
                        : closest(error.actual().asText(), texts(error.expected()))
                                .map(value -> "did you mean '" + value + "'?")
                                .orElse("");
            case "uniqueItems" -> "remove the duplicates";
            case "false" -> "remove it";
            case "oneOf" -> "change it so that it matches exactly one";
            default -> "";
        };
    }

    private static String place(List<String> at) {
        return at.isEmpty() ? "the top level of the document" : describe(at);
    }

    /** A mapping of one scalar where that scalar is wanted: OpenAPI's {@code discriminator: {propertyName: type}}. */
    private static Optional<String> wrappedScalar(SchemaError error) {
        JsonNode actual = error.actual();
        if (error.at().isEmpty() || actual == null || !actual.isObject() || actual.size() != 1) {
            return Optional.empty();
        }
        JsonNode member = actual.elements().next();
        boolean wanted = member.isValueNode() && typeWords(error.expected()).equals(kindOf(member));
        return wanted
                ? Optional.of(
                        "write the value itself: " + error.at().get(error.at().size() - 1) + ": " + member.asText())
                : Optional.empty();
    }

    /** A number or boolean where text is wanted: YAML read {@code version: 1.0} as a number. */
    private static Optional<String> unquotedText(SchemaError error) {
        JsonNode actual = error.actual();
        boolean quotable = actual != null
                && (actual.isNumber() || actual.isBoolean())
                && error.expected().isTextual()
                && error.expected().asText().equals("string");
        return quotable ? Optional.of("quote it: '" + actual.asText() + "'") : Optional.empty();
    }

    /** A name for the object at {@code at} in AsyncAPI terms, e.g. "security scheme 'apiKey'". */
    static String describe(List<String> at) {
        return named(at).orElseGet(() -> below(at));
    }

    /** Names a node by its path below the nearest named ancestor: "'payload/items' in message 'm1'". */
    private static String below(List<String> at) {
        int length = at.size() - 1;
        while (named(at.subList(0, length)).isEmpty()) {
            length--;
        }
        String path = "'" + joinedPath(at.subList(length, at.size())) + "'";
        return length == 0 ? path : path + " in " + named(at.subList(0, length)).orElseThrow();
    }

    private static Optional<String> named(List<String> at) {
        int size = at.size();
        if (size == 0) {
            return Optional.of("the document");
        }
        String top = at.get(0);
        if (size == 1) {
            return top.equals("info") || top.equals("components") ? Optional.of(top) : Optional.empty();
        }
        if (size == 2 && (top.equals("servers") || top.equals("channels"))) {
            return Optional.of(top.substring(0, top.length() - 1) + " '" + at.get(1) + "'");
        }
        if (size == 3 && top.equals("components")) {
            return Optional.of(singular(at.get(1)) + " '" + at.get(2) + "'");
        }
        if (size >= 3 && top.equals("channels") && isOperation(at.get(2))) {
            String operation = "the " + at.get(2) + " operation of channel '" + at.get(1) + "'";
            if (size == 3) {
                return Optional.of(operation);
            }
            if (size == 4 && at.get(3).equals("message")) {
                return Optional.of("the message of " + operation);
            }
        }
        return Optional.empty();
    }

    private static boolean isOperation(String token) {
        return token.equals("publish") || token.equals("subscribe");
    }

    /** "securitySchemes" -> "security scheme", "correlationIds" -> "correlation id". */
    private static String singular(String kind) {
        String words = kind.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return words.endsWith("s") ? words.substring(0, words.length() - 1) : words;
    }

    /** A value by its key ("'operationId' in ..."), or by its own name when it has one ("security scheme 'x'"). */
    private static String valueName(List<String> at, List<String> base) {
        return relative(at, base)
                .orElseGet(() -> at.size() > 1 && named(at).isPresent() || at.isEmpty() ? describe(at) : below(at));
    }

    private static String objectName(List<String> at, List<String> base) {
        return relative(at, base).orElseGet(() -> describe(at));
    }

    /** The quoted path of {@code at} below {@code base}, when it lies strictly below it. */
    private static Optional<String> relative(List<String> at, List<String> base) {
        return base != null
                        && at.size() > base.size()
                        && at.subList(0, base.size()).equals(base)
                ? Optional.of("'" + joinedPath(at.subList(base.size(), at.size())) + "'")
                : Optional.empty();
    }

    private static String in(List<String> at, List<String> base) {
        return at.equals(base) ? "" : " in " + objectName(at, base);
    }

    private static String joinedPath(List<String> tokens) {
        return String.join("/", tokens);
    }

    /** "a, b and c" (or "or"). */
    private static String joined(List<String> parts, String conjunction) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(", ", parts.subList(0, parts.size() - 1)) + " " + conjunction + " "
                + parts.get(parts.size() - 1);
    }

    private static String typeWords(JsonNode expected) {
        if (!expected.isArray()) {
            return typeWord(expected.asText());
        }
        List<String> words = new ArrayList<>();
        expected.forEach(type -> words.add(typeWord(type.asText())));
        return joined(words, "or");
    }

    /** JSON Schema type names in the words of a YAML author. */
    private static String typeWord(String type) {
        return switch (type) {
            case "object" -> "a mapping";
            case "array" -> "a sequence";
            case "string" -> "a string";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "a boolean";
            default -> type;
        };
    }

    private static String kindOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isArray()) {
            return "a sequence";
        }
        if (value.isTextual()) {
            return "a string";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        return value.isIntegralNumber() ? "an integer" : "a number";
    }

    private static String shown(JsonNode value) {
        if (value == null) {
            return "null";
        }
        if (value.isTextual()) {
            return "'" + value.asText() + "'";
        }
        return value.isContainerNode() ? kindOf(value) : value.asText();
    }

    private static String choices(JsonNode expected) {
        List<String> values = texts(expected);
        return values.size() == 1 ? "'" + values.get(0) + "'" : "one of [" + String.join(", ", values) + "]";
    }

    private static List<String> texts(JsonNode values) {
        List<String> texts = new ArrayList<>();
        if (values != null) {
            values.forEach(value -> texts.add(value.asText()));
        }
        return texts;
    }

    /** The candidate a typo most likely meant: same letters ignoring case, or one or two edits away. */
    static Optional<String> closest(String written, List<String> candidates) {
        String lower = written.toLowerCase(Locale.ROOT);
        int tolerance = written.length() <= 3 ? 1 : 2;
        return candidates.stream()
                .filter(candidate -> !candidate.equals(written))
                .filter(candidate -> distance(lower, candidate.toLowerCase(Locale.ROOT)) <= tolerance)
                .min(Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** Edit distance counting a swap of neighbours as one edit (optimal string alignment). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
