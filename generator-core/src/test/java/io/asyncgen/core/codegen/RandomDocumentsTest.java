package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.fail;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.read.ReadOptions;
import io.asyncgen.core.testing.Jackson3;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property test: random documents (see {@link RandomDocuments}) must be valid AsyncAPI 2.6 (read in
 * strict mode), link, and generate code that compiles with {@code -Xlint:all -Werror}. Document {@code i} of a run uses seed
 * {@code seed + i}; a failure prints the seed and the document, and
 * {@code -Dasyncgen.seed=N -Dasyncgen.documents=1} replays exactly that document.
 */
class RandomDocumentsTest {
    private static final int DOCUMENTS = Integer.getInteger("asyncgen.documents", 500);
    /** Documents per compiler run: one javac start for many small packages keeps the test fast. */
    private static final int PER_COMPILE = 50;
    /** How many of the documents are also generated for Jackson 3: a sample, the generators are the same. */
    private static final int JACKSON3_DOCUMENTS = 50;

    private static final Pattern PACKAGE = Pattern.compile("random/doc(\\d+)/");

    private static final long DEFAULT_SEED = 20261123L;

    @Test
    void everyRandomDocumentReadsLinksAndGeneratesCodeThatCompiles(@TempDir Path folder) throws Exception {
        checkRandomDocuments(folder, DOCUMENTS, JsonTarget.JACKSON_2, ParallelCompiles.checkOnly());
    }

    /** Issue 20: the first of the same documents, generated for Jackson 3, compile on runtime-jackson3 and Jackson 3 alone. */
    @Test
    void aSampleOfRandomDocumentsGeneratesCodeThatCompilesForJackson3(@TempDir Path folder) throws Exception {
        checkRandomDocuments(
                folder,
                Math.min(DOCUMENTS, JACKSON3_DOCUMENTS),
                JsonTarget.JACKSON_3,
                ParallelCompiles.checkOnly(Jackson3.classpath()));
    }

    private static void checkRandomDocuments(Path folder, int count, JsonTarget target, ParallelCompiles parallel)
            throws Exception {
        // a fixed seed keeps CI reproducible; -Dasyncgen.seed=random explores new documents, -Dasyncgen.seed=N replays
        String configured = System.getProperty("asyncgen.seed", "").strip();
        long seed = configured.isEmpty()
                ? DEFAULT_SEED
                : configured.equals("random")
                        ? new SecureRandom().nextInt(Integer.MAX_VALUE)
                        : Long.parseLong(configured);
        System.out.println(
                "RandomDocumentsTest: " + count + " documents for " + target + " from -Dasyncgen.seed=" + seed);
        List<String> failures = new ArrayList<>();
        Map<Integer, String> documents = new LinkedHashMap<>();
        try (ParallelCompiles compiles = parallel) {
            for (int start = 0; start < count; start += PER_COMPILE) {
                List<GeneratedFile> batch = new ArrayList<>();
                for (int i = start; i < Math.min(count, start + PER_COMPILE); i++) {
                    String document = RandomDocuments.document(seed + i);
                    documents.put(i, document);
                    try {
                        batch.addAll(generate(folder, i, document, seed + i, target));
                    } catch (Exception | StackOverflowError e) {
                        failures.add(replay(seed, i) + " failed to read, link or generate: " + e + "\n" + document);
                    }
                }
                compiles.submit(batch);
            }
            compiles.failures().forEach(messages -> messages.ifPresent(m -> failures.add(report(seed, documents, m))));
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " failure(s) for -Dasyncgen.seed=" + seed + "; the first:\n"
                    + String.join("\n\n", failures.subList(0, Math.min(3, failures.size()))));
        }
    }

    /** Formats half of the documents map to JDK classes ({@code typeMappings}). */
    private static final Map<String, String> TYPE_MAPPINGS = Map.of(
            "date-time",
            "java.time.OffsetDateTime",
            "uuid",
            "java.util.UUID",
            "uri",
            "java.net.URI",
            "int64",
            "java.math.BigInteger");

    /** Generates for one of the three roles, and with or without type mappings, as the document's seed says. */
    private static List<GeneratedFile> generate(
            Path folder, int index, String document, long documentSeed, JsonTarget target) throws Exception {
        Path file = folder.resolve("doc" + index + ".yaml");
        Files.writeString(file, document);
        // strict: a document the meta-schema rejects fails here, so every document is valid AsyncAPI 2.6
        AsyncApi api = new AsyncApiReader(ReadOptions.defaults().withStrict(true))
                .read(file)
                .api();
        GeneratedRole role = GeneratedRole.values()[(int) Math.floorMod(documentSeed, 3L)];
        Map<String, String> typeMappings = Math.floorMod(documentSeed / 3, 2L) == 0 ? TYPE_MAPPINGS : Map.of();
        return new JavaGenerator(new GenerationOptions("random.doc" + index, role, typeMappings, "doc.yaml", target))
                .generate(api);
    }

    /** The compiler's messages, then every document they point at, each with the seed that replays it. */
    private static String report(long seed, Map<Integer, String> documents, String messages) {
        StringBuilder report = new StringBuilder(messages).append('\n');
        Matcher matcher = PACKAGE.matcher(messages);
        TreeSet<Integer> failing = new TreeSet<>();
        while (matcher.find()) {
            failing.add(Integer.parseInt(matcher.group(1)));
        }
        for (int index : failing) {
            report.append("\n").append(replay(seed, index)).append(":\n").append(documents.get(index));
        }
        return report.toString();
    }

    private static String replay(long seed, int index) {
        return "document " + index + " of seed " + seed + " (replay: -Dasyncgen.seed=" + (seed + index)
                + " -Dasyncgen.documents=1)";
    }
}
