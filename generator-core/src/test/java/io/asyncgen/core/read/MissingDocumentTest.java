package io.asyncgen.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.Diagnostic;
import io.asyncgen.core.diagnostic.SpecException;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document that is not there is an error about the document itself, without an invented line and column. */
class MissingDocumentTest {
    private static final String PLUGIN_ADVICE = "add the artifact that contains it under <plugin><dependencies>";

    @TempDir
    Path folder;

    @Test
    void aMissingFileHasNoPosition() {
        assertEquals(
                List.of(folder.resolve("gone.yaml") + ": error: the file does not exist"),
                read(folder.resolve("gone.yaml").toUri(), ClassLoader.getPlatformClassLoader()));
    }

    @Test
    void aFolderIsNoDocument() throws Exception {
        Files.createDirectories(folder.resolve("specs"));
        assertEquals(
                List.of(folder.resolve("specs") + ": error: cannot read the document: Is a directory"),
                read(folder.resolve("specs").toUri(), ClassLoader.getPlatformClassLoader()));
    }

    @Test
    void aMissingClasspathDocumentSaysWhereTheArtifactGoes() throws Exception {
        assertEquals(
                List.of("classpath:asyncapi/realtime.yaml: error: not on the classpath; " + PLUGIN_ADVICE),
                read(URI.create("classpath:/asyncapi/realtime.yaml"), classpath()));
    }

    @Test
    void aMisspeltClasspathDocumentNamesWhatItsFolderHolds() throws Exception {
        Files.createDirectories(folder.resolve("asyncapi"));
        Files.writeString(folder.resolve("asyncapi/azure-openai-realtime.yaml"), "asyncapi: 2.6.0\n");
        Files.writeString(folder.resolve("asyncapi/inworld-realtime.yaml"), "asyncapi: 2.6.0\n");
        Files.writeString(folder.resolve("asyncapi/notes.txt"), "not a document\n");
        assertEquals(
                List.of("classpath:asyncapi/azure-openai-realtime.yml: error: not on the classpath, whose asyncapi/"
                        + " holds azure-openai-realtime.yaml, inworld-realtime.yaml; check the name, or "
                        + PLUGIN_ADVICE),
                read(URI.create("classpath:/asyncapi/azure-openai-realtime.yml"), classpath()));
    }

    private ClassLoader classpath() throws Exception {
        return new URLClassLoader(new URL[] {folder.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }

    private static List<String> read(URI uri, ClassLoader classLoader) {
        try {
            new AsyncApiReader(ReadOptions.defaults(), new DocumentFetcher(classLoader, PLUGIN_ADVICE)).read(uri);
            throw new AssertionError("expected the document to be missing");
        } catch (SpecException e) {
            return e.diagnostics().stream().map(Diagnostic::toString).toList();
        }
    }
}
