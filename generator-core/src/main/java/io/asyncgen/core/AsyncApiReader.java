package io.asyncgen.core;

import io.asyncgen.core.diagnostic.Diagnostic;
import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.Severity;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.link.Linker;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.read.DocumentFetcher;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.MetaSchemaValidator;
import io.asyncgen.core.read.ReadOptions;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecFile;
import io.asyncgen.core.read.SpecRules;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Pattern;

/**
 * The front of the pipeline: reads a document and everything it references, validates it
 * against the official meta-schema of its version (2.6.0 for 2.0 to 2.6, 3.0.0, 3.1.0) and links
 * it into the model, whichever version it is written in. Collects every problem and
 * fails once, listing them all.
 */
public final class AsyncApiReader {
    private static final Pattern SUPPORTED_VERSION = Pattern.compile("2\\.[0-6]\\.[0-9]+|3\\.[01]\\.[0-9]+");

    private final ReadOptions options;
    private final DocumentFetcher fetcher;

    public AsyncApiReader(ReadOptions options, DocumentFetcher fetcher) {
        this.options = options;
        this.fetcher = fetcher;
    }

    public AsyncApiReader(ReadOptions options) {
        this(options, DocumentFetcher.standard());
    }

    /** A linked document with the files it was read from (for fingerprints). */
    public record Result(AsyncApi api, List<SpecFile> files, List<Diagnostic> warnings) {}

    /**
     * Checks the document against the meta-schema of its version. 2.6 extends 2.0 to 2.5, so an
     * older document is checked as 2.6 too, and a 3.0.x or 3.1.x one as 3.0.0 or 3.1.0, except for
     * its own version number.
     */
    private List<Diagnostic> validate(MapNode root, String version) {
        Diagnostics found = new Diagnostics();
        MetaSchemaValidator validator = version.startsWith("3.0.")
                ? MetaSchemaValidator.asyncApi30()
                : version.startsWith("3.1.") ? MetaSchemaValidator.asyncApi31() : MetaSchemaValidator.asyncApi26();
        String checkedAs = version.startsWith("3.") ? version.substring(0, 4) + "0" : "2.6.0";
        validator.validate(root, options.strict() ? Severity.ERROR : Severity.WARNING, found);
        return found.all().stream()
                .filter(d ->
                        version.equals(checkedAs) || !d.location().pointer().equals("/asyncapi"))
                .toList();
    }

    /** The validation's diagnostics; what it threw, it throws here unwrapped. */
    private static List<Diagnostic> join(CompletableFuture<List<Diagnostic>> validation) {
        try {
            return validation.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    public Result read(Path file) throws SpecException {
        return read(file.toAbsolutePath().normalize().toUri());
    }

    /** Reads, validates and links {@code uri}; throws with every diagnostic when any is an error. */
    public Result read(URI uri) throws SpecException {
        Diagnostics diagnostics = new Diagnostics();
        Optional<SpecDocuments> documents = SpecDocuments.load(uri, options, fetcher, diagnostics);
        if (documents.isEmpty()) {
            throw new SpecException(diagnostics.all());
        }
        SpecFile root = documents.get().root();
        if (!(root.root() instanceof MapNode rootMap)) {
            diagnostics.error(
                    root.root().location(),
                    "an AsyncAPI document must be a mapping, but this is "
                            + root.root().kindName());
            throw new SpecException(diagnostics.all());
        }
        Optional<String> version = rootMap.text("asyncapi");
        if (version.isEmpty() || !SUPPORTED_VERSION.matcher(version.get()).matches()) {
            diagnostics.error(
                    rootMap.get("asyncapi").orElse(rootMap).location(),
                    version.map(v -> "unsupported asyncapi version '" + v
                                    + "'; asyncgen reads AsyncAPI 2.0.0 to 2.6.0, 3.0.0 and 3.1.0" + " documents")
                            .orElse(
                                    "missing 'asyncapi' version; an AsyncAPI document starts with its version, such as asyncapi: '3.0.0'"));
            throw new SpecException(diagnostics.all());
        }
        // The meta-schema check and linking only read the (immutable) tree: the check runs beside linking.
        // Their diagnostics are added in the same order as if one ran after the other.
        CompletableFuture<List<Diagnostic>> validation =
                CompletableFuture.supplyAsync(() -> validate(rootMap, version.get()));
        Diagnostics linking = new Diagnostics();
        AsyncApi api;
        try {
            SpecRules.check(documents.get(), version.get(), linking);
            api = new Linker(documents.get(), linking).link(version.get());
        } catch (RuntimeException | Error e) {
            join(validation);
            throw e;
        }
        join(validation).forEach(diagnostics::add);
        linking.all().forEach(diagnostics::add);
        diagnostics.throwIfErrors();
        List<Diagnostic> warnings = diagnostics.all();
        AsyncApi withWarnings = new AsyncApi(
                api.asyncapiVersion(),
                api.perspective(),
                api.info(),
                api.defaultContentType(),
                api.servers(),
                api.connections(),
                api.types(),
                api.securitySchemes(),
                api.extensions(),
                warnings);
        return new Result(withWarnings, documents.get().files(), warnings);
    }
}
