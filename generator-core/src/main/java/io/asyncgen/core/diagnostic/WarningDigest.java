package io.asyncgen.core.diagnostic;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Warnings as a build prints them: of each kind, per document, the first {@value #SHOWN} as they
 * are, then one line that counts the rest and says where the last one is. A vendor's document that
 * breaks one rule 65 times (Deepgram's component keys) gives four lines instead of 65; the
 * {@code validate} goal and command still list every one.
 *
 * <p>Two warnings are of one kind when they are in the same file and their messages differ only in
 * quoted names, {@code {parameters}} and numbers.
 */
public final class WarningDigest {
    /** How many warnings of one kind are shown before the rest are counted. */
    public static final int SHOWN = 3;

    private static final Pattern APOSTROPHE = Pattern.compile("(\\w)'(\\w)");
    private static final Pattern VARIABLE_PARTS = Pattern.compile("'[^']*'|\"[^\"]*\"|\\{[^}]*}|\\d+");

    private WarningDigest() {}

    /** {@code warnings} in their order, those beyond the first {@value #SHOWN} of a kind replaced by one count. */
    public static List<Diagnostic> of(List<Diagnostic> warnings) {
        Map<String, List<Diagnostic>> byKind = new HashMap<>();
        for (Diagnostic warning : warnings) {
            byKind.computeIfAbsent(kind(warning), k -> new ArrayList<>()).add(warning);
        }
        List<Diagnostic> shown = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Diagnostic warning : warnings) {
            String kind = kind(warning);
            int index = seen.merge(kind, 1, Integer::sum) - 1;
            if (index < SHOWN) {
                shown.add(warning);
            }
            List<Diagnostic> same = byKind.get(kind);
            if (index == SHOWN - 1 && same.size() > SHOWN) {
                shown.add(count(same));
            }
        }
        return shown;
    }

    private static Diagnostic count(List<Diagnostic> same) {
        Diagnostic first = same.get(0);
        Diagnostic next = same.get(SHOWN);
        Diagnostic last = same.get(same.size() - 1);
        int more = same.size() - SHOWN;
        return new Diagnostic(
                first.severity(),
                more + " more warning" + (more == 1 ? "" : "s") + " like the one at "
                        + first.location().seenFrom(next.location()) + ", the last at "
                        + last.location().seenFrom(next.location())
                        + "; the validate goal (asyncgen validate) lists every one",
                next.location(),
                List.of());
    }

    private static String kind(Diagnostic warning) {
        String message = APOSTROPHE.matcher(warning.message()).replaceAll("$1$2");
        return warning.location().file() + "\n" + warning.severity() + "\n"
                + VARIABLE_PARTS.matcher(message).replaceAll("_");
    }
}
