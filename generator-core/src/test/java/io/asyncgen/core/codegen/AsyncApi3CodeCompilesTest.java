package io.asyncgen.core.codegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.testing.OfficialExamples3;
import io.asyncgen.core.testing.VoiceDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every official AsyncAPI 3.0.0 and 3.1.0 example (read strictly) and the vendors' 3.0 voice
 * documents (read leniently, from the client's side they are written from) generate code that compiles with {@code -Xlint:all -Werror} for role
 * BOTH. Each document gets its own package; the files are compiled in one javac run per core.
 */
class AsyncApi3CodeCompilesTest {
    @Test
    void everyOfficialThreeDotXExampleAndVoiceDocumentGeneratesCodeThatCompiles() throws Exception {
        List<String> examples = OfficialExamples3.all();
        assertEquals(48, examples.size(), "official 3.x examples");
        List<GeneratedFile> files = new ArrayList<>();
        for (String example : examples) {
            files.addAll(generate(OfficialExamples3.read(example, true).api(), "corpus.v3." + slug(example), example));
        }
        for (VoiceDocuments.Document voice : VoiceDocuments.version("3")) {
            AsyncApi api =
                    new AsyncApiReader(voice.options()).read(voice.path()).api();
            files.addAll(generate(api, "corpus.voice." + slug(voice.file()), voice.file()));
        }
        int cores = Math.max(1, Runtime.getRuntime().availableProcessors());
        List<List<GeneratedFile>> batches = new ArrayList<>();
        for (int i = 0; i < cores; i++) {
            batches.add(new ArrayList<>());
        }
        // whole packages per batch: files of one document refer to each other
        String previous = null;
        int batch = -1;
        for (GeneratedFile file : files) {
            String folder = file.relativePath().substring(0, file.relativePath().lastIndexOf('/'));
            if (!folder.equals(previous)) {
                batch = (batch + 1) % cores;
                previous = folder;
            }
            batches.get(batch).add(file);
        }
        List<String> failures = new ArrayList<>();
        try (ParallelCompiles compiles = ParallelCompiles.full()) {
            batches.forEach(compiles::submit);
            compiles.failures().forEach(messages -> messages.ifPresent(failures::add));
        }
        if (!failures.isEmpty()) {
            fail(String.join("\n", failures));
        }
    }

    private static List<GeneratedFile> generate(AsyncApi api, String packageName, String source) {
        return new JavaGenerator(GenerationOptions.of(packageName, GeneratedRole.BOTH, source)).generate(api);
    }

    /** {@code 3.0.0/social-media/backend} -> {@code v3_0_0_social_media_backend}. */
    private static String slug(String name) {
        String slug =
                name.replaceFirst("\\.ya?ml$", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        return Character.isLetter(slug.charAt(0)) ? slug : "v" + slug;
    }
}
