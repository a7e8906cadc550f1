package io.asyncgen.core.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Java identifiers from wire names: {@code response.output_text.delta} becomes the type name
 * {@code ResponseOutputTextDelta}, the member name {@code responseOutputTextDelta} and the constant
 * {@code RESPONSE_OUTPUT_TEXT_DELTA}. Words are split at every character that cannot be part of a
 * Java identifier, at {@code _}, and at lower-to-upper case changes; results are never keywords,
 * never empty and never start with a digit.
 */
public final class JavaNames {
    private static final Set<String> RESERVED = Set.of(
            "abstract",
            "assert",
            "boolean",
            "break",
            "byte",
            "case",
            "catch",
            "char",
            "class",
            "const",
            "continue",
            "default",
            "do",
            "double",
            "else",
            "enum",
            "extends",
            "final",
            "finally",
            "float",
            "for",
            "goto",
            "if",
            "implements",
            "import",
            "instanceof",
            "int",
            "interface",
            "long",
            "native",
            "new",
            "package",
            "private",
            "protected",
            "public",
            "return",
            "short",
            "static",
            "strictfp",
            "super",
            "switch",
            "synchronized",
            "this",
            "throw",
            "throws",
            "transient",
            "try",
            "void",
            "volatile",
            "while",
            "true",
            "false",
            "null",
            "_",
            "var",
            "yield",
            "record",
            "sealed",
            "permits",
            "non-sealed",
            "exports",
            "module",
            "open",
            "opens",
            "provides",
            "requires",
            "to",
            "transitive",
            "uses",
            "with",
            "when");

    private JavaNames() {}

    /** A type name: {@code session.update} -> {@code SessionUpdate}; {@code 2fa} -> {@code _2fa}. */
    public static String typeName(String wire) {
        StringBuilder name = new StringBuilder();
        for (String word : words(wire)) {
            name.append(capitalize(word));
        }
        return safe(name.toString(), "Unnamed");
    }

    /** A field, parameter or method name: {@code event_id} -> {@code eventId}; {@code class} -> {@code class_}. */
    public static String memberName(String wire) {
        List<String> words = words(wire);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            name.append(i == 0 ? decapitalize(word) : capitalize(word));
        }
        return safe(name.toString(), "value");
    }

    /** An enum constant: {@code in_progress} -> {@code IN_PROGRESS}; {@code audio/pcm} -> {@code AUDIO_PCM}. */
    public static String constantName(String wire) {
        String name = String.join("_", words(wire)).toUpperCase(Locale.ROOT);
        return safe(name, "EMPTY");
    }

    /** {@code prefix} followed by the type name of {@code wire}: ("on", "error") -> {@code onError}. */
    public static String methodName(String prefix, String wire) {
        return safe(prefix + typeName(wire), prefix);
    }

    /**
     * The singular of a member name by English plural rules, for the method that adds one item to a
     * list ({@code tools} -> {@code tool}, {@code outputModalities} -> {@code outputModality},
     * {@code statuses} -> {@code status}); a name that is not a plural is kept ({@code content}).
     */
    public static String singular(String member) {
        String lower = member.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies") && member.length() > 4) {
            return member.substring(0, member.length() - 3) + "y";
        }
        for (String ending : List.of("sses", "shes", "ches", "xes", "zes", "uses")) {
            if (lower.endsWith(ending)) {
                return member.substring(0, member.length() - 2);
            }
        }
        boolean plural = lower.endsWith("s")
                && !lower.endsWith("ss")
                && !lower.endsWith("us")
                && !lower.endsWith("is")
                && member.length() > 2;
        return plural ? member.substring(0, member.length() - 1) : member;
    }

    /**
     * A type name chosen with {@code x-java-name}: kept as written when it is an identifier starting
     * with an upper-case letter, else converted like a wire name ({@code my event} -> {@code MyEvent}).
     */
    public static String chosenTypeName(String requested) {
        return isIdentifier(requested) && Character.isUpperCase(requested.codePointAt(0))
                ? requested
                : typeName(requested);
    }

    /**
     * A member name chosen with {@code x-java-name}: kept as written when it is an identifier not
     * starting with an upper-case letter (which could hide a type of the same name), else converted
     * ({@code TokenLimit} -> {@code tokenLimit}, {@code class} -> {@code class_}).
     */
    public static String chosenMemberName(String requested) {
        return isIdentifier(requested) && !Character.isUpperCase(requested.codePointAt(0))
                ? requested
                : memberName(requested);
    }

    private static boolean isIdentifier(String name) {
        return !name.isEmpty()
                && !isReserved(name)
                && Character.isJavaIdentifierStart(name.codePointAt(0))
                && name.codePoints().allMatch(Character::isJavaIdentifierPart)
                && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
    }

    /** Whether {@code word} is a Java keyword, literal or restricted identifier. */
    public static boolean isReserved(String word) {
        return RESERVED.contains(word);
    }

    /** Splits a wire name into words (letters and digits; case changes start a word). */
    static List<String> words(String wire) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < wire.length(); ) {
            int c = wire.codePointAt(i);
            i += Character.charCount(c);
            boolean part =
                    Character.isJavaIdentifierPart(c) && c != '_' && c != '$' && !Character.isIdentifierIgnorable(c);
            if (!part) {
                flush(word, words);
            } else {
                boolean caseChange =
                        Character.isUpperCase(c) && (Character.isLowerCase(previous) || Character.isDigit(previous));
                if (caseChange) {
                    flush(word, words);
                }
                word.appendCodePoint(c);
            }
            previous = part ? c : 0;
        }
        flush(word, words);
        return words;
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (word.length() > 0) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    private static String capitalize(String word) {
        int first = word.codePointAt(0);
        String rest = word.substring(Character.charCount(first));
        boolean shouting = rest.codePoints().anyMatch(Character::isLetter)
                && rest.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        return new StringBuilder()
                .appendCodePoint(Character.toUpperCase(first))
                .append(shouting ? rest.toLowerCase(Locale.ROOT) : rest)
                .toString();
    }

    private static String decapitalize(String word) {
        boolean shouting = word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        if (shouting) {
            return word.toLowerCase(Locale.ROOT);
        }
        int first = word.codePointAt(0);
        return new StringBuilder()
                .appendCodePoint(Character.toLowerCase(first))
                .append(word.substring(Character.charCount(first)))
                .toString();
    }

    private static String safe(String name, String fallback) {
        if (name.isEmpty()) {
            return fallback;
        }
        if (!Character.isJavaIdentifierStart(name.codePointAt(0))) {
            name = "_" + name;
        }
        return isReserved(name) ? name + "_" : name;
    }
}
