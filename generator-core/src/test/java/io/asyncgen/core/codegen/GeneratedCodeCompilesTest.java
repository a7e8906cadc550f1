package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.read.ReadOptions;
import io.asyncgen.core.testing.Corpus;
import io.asyncgen.core.testing.VoiceDocuments;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real document we know generates code that compiles with {@code -Xlint:all -Werror} for
 * role BOTH: the official AsyncAPI 2.6 examples, the vendors' upstream documents and 2.6 voice
 * documents (lenient) and the project's own {@code spec/*.yaml}. Each document gets its own package; all of them are
 * compiled in a few javac runs, one per core.
 */
class GeneratedCodeCompilesTest {
    private static final Path EXAMPLES = Corpus.file("asyncapi-2.6/examples");
    private static final Path SOCIAL_MEDIA = EXAMPLES.resolve("social-media");
    private static final Path PROJECT_SPECS = Path.of("../spec");

    /** A document to read, the options to read it with, and the package its code goes to. */
    record Document(Path file, ReadOptions options, String packageName) {}

    static List<Document> documents() throws IOException {
        List<Document> documents = new ArrayList<>();
        for (Path file : list(EXAMPLES, "*.yml")) {
            documents.add(new Document(file, ReadOptions.defaults(), "corpus.examples." + slug(file)));
        }
        try (Stream<Path> services = Files.list(SOCIAL_MEDIA)) {
            for (Path service : services.filter(d -> Files.isRegularFile(d.resolve("asyncapi.yaml")))
                    .sorted()
                    .toList()) {
                documents.add(new Document(
                        service.resolve("asyncapi.yaml"),
                        ReadOptions.defaults().withSpecRoot(SOCIAL_MEDIA),
                        "corpus.social_media." + slug(service)));
            }
        }
        for (Path file : list(Corpus.file("upstream"), "*.yml")) {
            documents.add(new Document(file, ReadOptions.defaults(), "corpus.upstream." + slug(file)));
        }
        for (VoiceDocuments.Document voice : VoiceDocuments.version("2")) {
            documents.add(new Document(voice.path(), voice.options(), "corpus.voice." + slug(voice.path())));
        }
        for (Path file : list(PROJECT_SPECS, "*.yaml")) {
            documents.add(new Document(file, ReadOptions.defaults(), "corpus.spec." + slug(file)));
        }
        return documents;
    }

    @Test
    void everyOfficialExampleUpstreamDocumentAndProjectSpecGeneratesCodeThatCompiles() throws Exception {
        List<Document> documents = documents();
        List<Integer> counts = counts(documents);
        assertEquals(
                List.of(16, 5, 3, 2),
                counts.subList(0, 4),
                "corpus documents found (examples, social media, upstream, 2.6 voice documents)");
        assertTrue(counts.get(4) > 0, "no spec/*.yaml found at " + PROJECT_SPECS.toAbsolutePath());
        List<List<GeneratedFile>> generated = new ArrayList<>();
        for (Document document : documents) {
            AsyncApi api =
                    new AsyncApiReader(document.options()).read(document.file()).api();
            generated.add(new JavaGenerator(GenerationOptions.of(
                            document.packageName(),
                            GeneratedRole.BOTH,
                            document.file().getFileName().toString()))
                    .generate(api));
        }
        List<String> failures = new ArrayList<>();
        try (ParallelCompiles compiles = ParallelCompiles.full()) {
            balanced(generated, Runtime.getRuntime().availableProcessors()).forEach(compiles::submit);
            compiles.failures().forEach(messages -> messages.ifPresent(failures::add));
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    /** Splits the documents' files into {@code bins} batches of about the same size, largest documents first. */
    private static List<List<GeneratedFile>> balanced(List<List<GeneratedFile>> documents, int bins) {
        List<List<GeneratedFile>> batches = new ArrayList<>();
        long[] sizes = new long[Math.max(1, bins)];
        for (int i = 0; i < sizes.length; i++) {
            batches.add(new ArrayList<>());
        }
        List<List<GeneratedFile>> bySize = new ArrayList<>(documents);
        bySize.sort(Comparator.comparingLong(GeneratedCodeCompilesTest::size).reversed());
        for (List<GeneratedFile> document : bySize) {
            int smallest = 0;
            for (int i = 1; i < sizes.length; i++) {
                smallest = sizes[i] < sizes[smallest] ? i : smallest;
            }
            batches.get(smallest).addAll(document);
            sizes[smallest] += size(document);
        }
        return batches;
    }

    private static long size(List<GeneratedFile> files) {
        return files.stream().mapToLong(f -> f.content().length()).sum();
    }

    private static List<Integer> counts(List<Document> documents) {
        return Stream.of(
                        "corpus.examples.", "corpus.social_media.", "corpus.upstream.", "corpus.voice.", "corpus.spec.")
                .map(prefix -> (int) documents.stream()
                        .filter(d -> d.packageName().startsWith(prefix))
                        .count())
                .toList();
    }

    private static List<Path> list(Path folder, String glob) throws IOException {
        List<Path> files = new ArrayList<>();
        try (var stream = Files.newDirectoryStream(folder, glob)) {
            stream.forEach(files::add);
        }
        files.sort(Comparator.naturalOrder());
        return files;
    }

    /** {@code azure-openai-asyncapi.yml} -> {@code azure_openai_asyncapi}. */
    private static String slug(Path file) {
        String name = file.getFileName()
                .toString()
                .replaceFirst("\\.ya?ml$", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_");
        return Optional.of(name)
                .filter(n -> !n.isEmpty() && Character.isLetter(n.charAt(0)))
                .orElse("_" + name);
    }
}
