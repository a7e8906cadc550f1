import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the Jackson 3 form of Jackson 2 sources: every file that names a Jackson 2 package is copied
 * with the rules of a rewrite table applied (others as they are: a transport's {@code IOException}
 * is not Jackson's), or replaced by the hand-written file of the same path in an overrides folder. Fails
 * when a rule matched nowhere (the table went stale), when an override replaces nothing, or when
 * output still contains what the table forbids (Jackson 2 packages). Writes only changed files and
 * deletes stale ones, so an unchanged build recompiles nothing.
 *
 * <pre>
 * java Jackson3Sources.java --table FILE (--to DIR [--overrides DIR] --from DIR [--only PATH]...)...
 * </pre>
 *
 * Each {@code --from} folder is written to the {@code --to} folder named before it, with the
 * {@code --overrides} named before it (since that {@code --to}); {@code --only} limits the
 * {@code --from} before it to the given paths (relative to it), else every {@code .java} file below
 * it is taken. A rule must match somewhere in the whole run. JDK 17 single-file program: run by the
 * build, never shipped.
 */
public final class Jackson3Sources {
    /** What a file must name to be rewritten: one that uses no Jackson 2 class is copied as it is. */
    private static final String JACKSON_2 = "com.fasterxml.jackson.";

    /** One line of the table: {@code name: from => to}, matched as a whole token. */
    record Rule(String name, int line, Pattern from, String to) {}

    /** What the table says: its rules, in order, and the text no output may contain. */
    record Table(Path file, List<Rule> rules, List<String> forbidden) {}

    /** A folder of sources (all of its {@code .java} files, or only some) and where its Jackson 3 form goes. */
    record Source(Path folder, List<String> only, Path to, Path overrides) {}

    public static void main(String[] args) {
        try {
            run(args);
        } catch (IllegalArgumentException | IllegalStateException e) {
            System.err.println("Jackson3Sources: " + e.getMessage());
            System.exit(1);
        } catch (IOException e) {
            System.err.println("Jackson3Sources: " + e);
            System.exit(1);
        }
    }

    private static void run(String[] args) throws IOException {
        Path tablePath = null;
        Path to = null;
        Path overrides = null;
        List<Source> sources = new ArrayList<>();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            String value = args[i + 1];
            switch (args[i]) {
                case "--table" -> tablePath = Path.of(value);
                case "--to" -> {
                    to = Path.of(value);
                    overrides = null;
                }
                case "--overrides" -> overrides = Path.of(value);
                case "--from" -> {
                    if (to == null) {
                        throw new IllegalArgumentException("--from " + value + " comes before any --to");
                    }
                    sources.add(new Source(Path.of(value), new ArrayList<>(), to, overrides));
                }
                case "--only" -> {
                    if (sources.isEmpty()) {
                        throw new IllegalArgumentException("--only " + value + " comes before any --from");
                    }
                    sources.get(sources.size() - 1).only().add(value);
                }
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (tablePath == null || sources.isEmpty()) {
            throw new IllegalArgumentException(
                    "usage: --table FILE (--to DIR [--overrides DIR] --from DIR [--only PATH]...)...");
        }
        Table table = read(tablePath);
        Map<Path, Map<String, String>> output = translate(table, sources);
        for (Map.Entry<Path, Map<String, String>> folder : output.entrySet()) {
            int written = write(folder.getKey(), folder.getValue());
            System.out.println("Jackson3Sources: " + folder.getValue().size() + " files for Jackson 3 in "
                    + folder.getKey() + " (" + written + " changed), "
                    + table.rules().size() + " rules of " + table.file().getFileName());
        }
    }

    /** Reads {@code name: from => to} rules and {@code forbid: text} lines; {@code #} starts a comment line. */
    static Table read(Path file) throws IOException {
        List<Rule> rules = new ArrayList<>();
        List<String> forbidden = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon < 0) {
                throw new IllegalArgumentException(file + ":" + n + ": expected 'name: from => to' or 'forbid: text'");
            }
            String name = line.substring(0, colon);
            String body = line.substring(colon + 2);
            if (name.equals("forbid")) {
                forbidden.add(body);
                continue;
            }
            int arrow = body.indexOf(" => ");
            if (arrow < 0) {
                throw new IllegalArgumentException(file + ":" + n + ": rule " + name + " has no ' => '");
            }
            String to = body.substring(arrow + 4);
            rules.add(new Rule(name, n, token(body.substring(0, arrow)), to.equals("\"\"") ? "" : to));
        }
        return new Table(file, rules, forbidden);
    }

    /**
     * The literal {@code text} where it stands as a whole: not preceded (or followed) by a letter,
     * digit, {@code _} or {@code $} when it starts (or ends) with one, so {@code JsonLocation} never
     * matches inside {@code JsonLocationX}.
     */
    private static Pattern token(String text) {
        String before = Character.isJavaIdentifierPart(text.charAt(0)) ? "(?<![\\w$])" : "";
        String after = Character.isJavaIdentifierPart(text.charAt(text.length() - 1)) ? "(?![\\w$])" : "";
        return Pattern.compile(before + Pattern.quote(text) + after);
    }

    /** Every output file by output folder and path, in a fixed order. */
    static Map<Path, Map<String, String>> translate(Table table, List<Source> sources) throws IOException {
        Map<Path, Map<String, Path>> inputs = new LinkedHashMap<>();
        for (Source source : sources) {
            Map<String, Path> into = inputs.computeIfAbsent(source.to(), k -> new TreeMap<>());
            for (String path : files(source.folder(), source.only())) {
                if (into.put(path, source.folder().resolve(path)) != null) {
                    throw new IllegalArgumentException(path + " comes from two --from folders into " + source.to());
                }
            }
        }
        Map<Path, Path> replacements = new TreeMap<>();
        for (Source source : sources) {
            if (source.overrides() == null || !Files.isDirectory(source.overrides())) {
                continue;
            }
            for (String path : files(source.overrides(), List.of())) {
                if (!inputs.get(source.to()).containsKey(path)) {
                    throw new IllegalStateException(
                            "override " + source.overrides().resolve(path) + " replaces no source"
                                    + " file; delete it, or move it to where the source it replaces now lives");
                }
                replacements.put(source.to().resolve(path), source.overrides().resolve(path));
            }
        }
        Map<Rule, Integer> uses = new LinkedHashMap<>();
        table.rules().forEach(rule -> uses.put(rule, 0));
        Map<Path, Map<String, String>> output = new LinkedHashMap<>();
        List<String> leaks = new ArrayList<>();
        for (Map.Entry<Path, Map<String, Path>> folder : inputs.entrySet()) {
            for (Map.Entry<String, Path> input : folder.getValue().entrySet()) {
                Path override = replacements.get(folder.getKey().resolve(input.getKey()));
                String text = Files.readString(override != null ? override : input.getValue());
                if (override == null && text.contains(JACKSON_2)) {
                    for (Rule rule : table.rules()) {
                        Matcher matcher = rule.from().matcher(text);
                        int count = 0;
                        StringBuilder rewritten = new StringBuilder();
                        while (matcher.find()) {
                            count++;
                            matcher.appendReplacement(rewritten, Matcher.quoteReplacement(rule.to()));
                        }
                        matcher.appendTail(rewritten);
                        text = rewritten.toString();
                        uses.merge(rule, count, Integer::sum);
                    }
                }
                for (String forbidden : table.forbidden()) {
                    int at = text.indexOf(forbidden);
                    if (at >= 0) {
                        int line = (int) text.substring(0, at)
                                        .chars()
                                        .filter(c -> c == '\n')
                                        .count()
                                + 1;
                        leaks.add((override != null ? override : input.getValue()) + ":" + line + ": still has '"
                                + forbidden + "'");
                    }
                }
                output.computeIfAbsent(folder.getKey(), k -> new TreeMap<>()).put(input.getKey(), text);
            }
        }
        List<String> unused = uses.entrySet().stream()
                .filter(e -> e.getValue() == 0)
                .map(e -> table.file() + ":" + e.getKey().line() + ": rule "
                        + e.getKey().name() + " matched nowhere")
                .toList();
        if (!unused.isEmpty()) {
            throw new IllegalStateException(
                    "the rewrite table is stale (delete or fix the rule):\n  " + String.join("\n  ", unused));
        }
        if (!leaks.isEmpty()) {
            throw new IllegalStateException("Jackson 2 left in the Jackson 3 sources (add a rule to " + table.file()
                    + ", or an override):\n  " + String.join("\n  ", leaks));
        }
        return output;
    }

    private static List<String> files(Path folder, List<String> only) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        if (!only.isEmpty()) {
            for (String path : only) {
                if (!Files.isRegularFile(folder.resolve(path))) {
                    throw new IllegalArgumentException("--only " + path + ": no such file in " + folder);
                }
            }
            return only;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            return all.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".java"))
                    .map(p -> folder.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        }
    }

    /** Makes {@code folder} hold exactly {@code files}; returns how many were written. */
    private static int write(Path folder, Map<String, String> files) throws IOException {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> all = Files.walk(folder)) {
                for (Path stale : all.filter(Files::isRegularFile).toList()) {
                    if (!files.containsKey(folder.relativize(stale).toString().replace('\\', '/'))) {
                        Files.delete(stale);
                    }
                }
            }
        }
        int written = 0;
        for (Map.Entry<String, String> file : files.entrySet()) {
            Path path = folder.resolve(file.getKey());
            if (!Files.exists(path) || !Files.readString(path).equals(file.getValue())) {
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue());
                written++;
            }
        }
        return written;
    }

    private Jackson3Sources() {}
}
