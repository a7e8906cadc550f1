package io.asyncgen.maven;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.GeneratorVersion;
import io.asyncgen.core.codegen.GeneratedFile;
import io.asyncgen.core.codegen.GeneratedRole;
import io.asyncgen.core.codegen.GenerationOptions;
import io.asyncgen.core.codegen.JavaGenerator;
import io.asyncgen.core.codegen.JsonTarget;
import io.asyncgen.core.codegen.SourceWriter;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.diagnostic.WarningDigest;
import io.asyncgen.core.read.DocumentFetcher;
import io.asyncgen.core.read.SpecFile;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.inject.Inject;
import javax.lang.model.SourceVersion;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * Generates Java from AsyncAPI documents: records, sealed unions, codecs, dispatchers and
 * client/server skeletons. Incremental: when neither the documents (every file they reference)
 * nor the configuration nor the generator changed since the last run, nothing is read or written.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public final class GenerateMojo extends AbstractAsyncgenMojo {

    /**
     * The Java package of the generated code. Optional when the document names its package with
     * {@code x-java-package} at its top; when both are set, this one wins.
     */
    @Parameter(property = "asyncgen.packageName")
    private String packageName;

    /** Where generated sources go. */
    @Parameter(property = "asyncgen.output", defaultValue = "${project.build.directory}/generated-sources/asyncgen")
    private File output;

    /** Which skeleton to generate: {@code client}, {@code server} or {@code both}. */
    @Parameter(property = "asyncgen.role", defaultValue = "client")
    private String role;

    /**
     * Existing classes for formats or schemas, as {@code key=class} entries:
     * {@code date-time=java.time.OffsetDateTime}, {@code uuid=java.util.UUID}, {@code byte=byte[]}, or a
     * schema name to a Jackson-bindable class of yours. A value converts only when converting it back
     * gives the same JSON; otherwise it is kept as it came.
     */
    @Parameter(property = "asyncgen.typeMappings")
    private List<String> typeMappings;

    /**
     * Generate code for Jackson 3 ({@code tools.jackson.databind}, as Spring Boot 4 uses) instead of
     * Jackson 2; the project then depends on {@code io.asyncgen:asyncgen-runtime-jackson3} instead of
     * {@code asyncgen-runtime}. The name openapi-generator's users know.
     */
    @Parameter(property = "asyncgen.useJackson3", defaultValue = "false")
    private boolean useJackson3;

    /** Add {@code output} to the main source roots. */
    @Parameter(property = "asyncgen.addCompileSourceRoot", defaultValue = "true")
    private boolean addCompileSourceRoot;

    /** Add {@code output} to the test source roots instead (set addCompileSourceRoot to false). */
    @Parameter(property = "asyncgen.addTestCompileSourceRoot", defaultValue = "false")
    private boolean addTestCompileSourceRoot;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    /** The IDE's view of the build (m2e); on the command line a plain pass-through. */
    private final BuildContext buildContext;

    @Inject
    public GenerateMojo(BuildContext buildContext) {
        this.buildContext = buildContext;
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (addCompileSourceRoot && addTestCompileSourceRoot) {
            throw new MojoExecutionException("asyncgen: set only one of <addCompileSourceRoot> and"
                    + " <addTestCompileSourceRoot> (set addCompileSourceRoot to false to generate test sources)");
        }
        getLog().debug("asyncgen: build context "
                + (buildContext == null ? "none" : buildContext.getClass().getName())
                + (IdeMarkers.isIde(buildContext)
                        ? " (an IDE's: problems become markers)"
                        : " (no IDE: problems are only logged)"));
        GeneratedRole generatedRole = role();
        typeMappings();
        warnOfTheOtherRuntime();
        if (packageName != null && !SourceVersion.isName(packageName.trim())) {
            throw new MojoExecutionException(
                    "asyncgen: <packageName> '" + packageName + "' is not a Java package name");
        }
        List<String> specs = existing(specs("asyncgen: no document to generate from; set <inputSpec> or <inputSpecs>"));
        DocumentFetcher fetcher = fetcher();
        Map<String, String> packages = new LinkedHashMap<>();
        for (String spec : specs) {
            String configured = packageName == null
                    ? null
                    : specs.size() == 1 ? packageName.trim() : packageName.trim() + "." + packageSegment(spec);
            generate(spec, configured, generatedRole, fetcher, packages);
        }
        if (addCompileSourceRoot) {
            project().addCompileSourceRoot(output.getPath());
        } else if (addTestCompileSourceRoot) {
            project().addTestCompileSourceRoot(output.getPath());
        }
    }

    /**
     * Generates one document into {@code configured}, or (when null) the package its
     * {@code x-java-package} names. {@code packages}: the package of each document done so far.
     */
    private void generate(
            String spec,
            String configured,
            GeneratedRole generatedRole,
            DocumentFetcher fetcher,
            Map<String, String> packages)
            throws MojoExecutionException, MojoFailureException {
        long start = System.nanoTime();
        URI uri = uri(spec);
        String configuration = configuration(uri, configured, generatedRole);
        Instant checked = Instant.now();
        Path state = statePath(uri);
        Optional<Fingerprint> previous = Fingerprint.load(state).or(() -> Fingerprint.load(legacyStatePath(uri)));
        Optional<Fingerprint> unchanged = previous.flatMap(
                p -> p.stillValid(configuration, fetcher, getClass().getClassLoader(), output.toPath(), checked));
        if (unchanged.isPresent()) {
            claim(packages, spec, unchanged.get().packageName());
            storeIfRefreshed(unchanged.get(), previous.get(), state);
            getLog().info("asyncgen: " + name(spec) + ": up to date ("
                    + unchanged.get().outputs().size() + " files, " + millis(start) + " ms)");
            return;
        }
        AsyncApiReader.Result result;
        try {
            result = new AsyncApiReader(readOptions(), fetcher).read(uri);
        } catch (SpecException e) {
            e.diagnostics().forEach(this::log);
            IdeMarkers.show(buildContext, SpecLocations.files(List.of(uri)), e.diagnostics());
            throw new MojoFailureException("asyncgen: " + name(spec) + " has "
                    + e.errors().size() + " error(s), listed above with file:line:column");
        }
        WarningDigest.of(result.warnings()).forEach(this::log);
        IdeMarkers.show(
                buildContext,
                SpecLocations.files(result.files().stream().map(SpecFile::uri).toList()),
                result.warnings());
        String pkg = configured != null
                ? configured
                : result.api()
                        .javaPackage()
                        .orElseThrow(() -> new MojoExecutionException("asyncgen: no Java package for " + name(spec)
                                + ": set <packageName>, or" + " x-java-package at the top of the document"));
        claim(packages, spec, pkg);
        List<GeneratedFile> files = new JavaGenerator(
                        new GenerationOptions(pkg, generatedRole, typeMappings(), name(spec), jsonTarget()))
                .generate(result.api());
        try {
            SourceWriter.Result written = SourceWriter.write(
                    output.toPath(), files, previous.map(Fingerprint::outputs).orElse(List.of()));
            new Fingerprint(configuration, pkg, inputs(result.files(), checked), written.paths()).store(state);
            if (buildContext != null && written.written() + written.deleted() > 0) {
                buildContext.refresh(output);
            }
            long messages = result.api().connections().stream()
                    .flatMap(c -> c.operations().stream())
                    .flatMap(o -> o.messages().stream())
                    .distinct()
                    .count();
            getLog().info("asyncgen: " + name(spec) + ": " + messages + " messages, "
                    + result.api().types().size()
                    + " types, " + files.size() + " files (" + written.written() + " written, " + written.deleted()
                    + " deleted) in " + millis(start) + " ms");
        } catch (IOException e) {
            throw new MojoExecutionException(
                    "asyncgen: cannot write generated sources to " + output + ": " + e.getMessage(), e);
        }
    }

    /** Two documents of one execution must not generate into one package: their files would mix. */
    private static void claim(Map<String, String> packages, String spec, String pkg) throws MojoExecutionException {
        String other = packages.putIfAbsent(pkg, spec);
        if (other != null) {
            throw new MojoExecutionException("asyncgen: " + name(other) + " and " + name(spec)
                    + " both generate into package "
                    + pkg + "; give one of them another x-java-package, or set <packageName> (each document then gets"
                    + " packageName.<document name>)");
        }
    }

    /** Where the fingerprint of one document of this execution is kept (no digest: it is read on every build). */
    private Path statePath(URI uri) {
        CRC32 crc = new CRC32();
        crc.update(uri.toString().getBytes(StandardCharsets.UTF_8));
        return Path.of(
                project().getBuild().getDirectory(),
                "asyncgen",
                execution.getExecutionId() + "-" + Long.toHexString(crc.getValue()) + ".properties");
    }

    /** Where earlier versions of the plugin kept it: read when the new place is empty, to clean up their outputs. */
    private Path legacyStatePath(URI uri) {
        return Path.of(
                project().getBuild().getDirectory(),
                "asyncgen",
                execution.getExecutionId() + "-"
                        + Fingerprint.sha256(uri.toString()).substring(0, 12) + ".properties");
    }

    /** Records the sizes and times of inputs found unchanged by hash, so that the next build need not hash them. */
    private void storeIfRefreshed(Fingerprint refreshed, Fingerprint previous, Path state) {
        // by identity: a record's equals would set up method handles, tens of ms in a fresh JVM
        if (refreshed == previous && Files.isRegularFile(state)) {
            return;
        }
        try {
            refreshed.store(state);
        } catch (IOException e) {
            getLog().debug("asyncgen: cannot record " + state + ": " + e.getMessage()
                    + " (the next build hashes again)");
        }
    }

    private Map<String, InputFile> inputs(List<SpecFile> files, Instant checked) {
        Map<String, InputFile> inputs = new LinkedHashMap<>();
        for (SpecFile file : files) {
            inputs.put(
                    file.uri().toString(),
                    InputFile.of(
                            Fingerprint.sha256(file.text()),
                            file.uri(),
                            getClass().getClassLoader(),
                            checked));
        }
        return inputs;
    }

    /** Every setting that shapes the output, and the generator's version. */
    private String configuration(URI uri, String pkg, GeneratedRole generatedRole) {
        return String.join(
                "|",
                "generator=" + GeneratorVersion.current(),
                "spec=" + uri,
                "package=" + pkg,
                "role=" + generatedRole,
                readSettings(),
                "typeMappings=" + typeMappingsOrEmpty(),
                "json=" + jsonTarget(),
                "output=" + output.getAbsolutePath());
    }

    private JsonTarget jsonTarget() {
        return useJackson3 ? JsonTarget.JACKSON_3 : JsonTarget.JACKSON_2;
    }

    /**
     * The project's own dependency on the runtime of the other target would fail javac with a type
     * mismatch deep in generated code; the cause is said here instead, at once.
     */
    private void warnOfTheOtherRuntime() {
        String wanted = jsonTarget().runtimeArtifact();
        for (Dependency dependency : project().getDependencies()) {
            String artifact = dependency.getGroupId() + ":" + dependency.getArtifactId();
            boolean runtime = Arrays.stream(JsonTarget.values())
                    .anyMatch(t -> t.runtimeArtifact().equals(artifact));
            if (runtime && !artifact.equals(wanted)) {
                getLog().warn("asyncgen: the project depends on " + artifact + ", but the code is generated for "
                        + (useJackson3
                                ? "Jackson 3 (<useJackson3>true</useJackson3>)"
                                : "Jackson 2 (useJackson3 is off)")
                        + ", which needs " + wanted + "; depend on that instead, or set <useJackson3> to match");
            }
        }
    }

    private Map<String, String> typeMappings() throws MojoExecutionException {
        Map<String, String> mappings = typeMappingsOrEmpty();
        if (mappings == null) {
            throw new MojoExecutionException("asyncgen: <typeMappings> entries are key=class, e.g."
                    + " date-time=java.time.OffsetDateTime; got " + typeMappings);
        }
        return mappings;
    }

    /** The parsed entries, or null when one is malformed. */
    private Map<String, String> typeMappingsOrEmpty() {
        Map<String, String> mappings = new LinkedHashMap<>();
        for (String entry : typeMappings == null ? List.<String>of() : typeMappings) {
            for (String item : entry.split(",")) {
                if (item.isBlank()) {
                    continue;
                }
                String[] parts = item.split("=", 2);
                if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                    return null;
                }
                mappings.put(parts[0].trim(), parts[1].trim());
            }
        }
        return mappings;
    }

    private GeneratedRole role() throws MojoExecutionException {
        try {
            return GeneratedRole.valueOf(role.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("asyncgen: unknown <role> '" + role + "'; use client, server or both");
        }
    }

    /** {@code specs}, once every file among them is known to exist. */
    private List<String> existing(List<String> specs) throws MojoExecutionException {
        for (String spec : specs) {
            URI uri = uri(spec);
            if ("file".equals(uri.getScheme()) && !Files.isRegularFile(Path.of(uri))) {
                throw new MojoExecutionException(
                        "asyncgen: <inputSpec> " + spec + " does not exist (looked at " + Path.of(uri) + ")");
            }
        }
        return specs;
    }

    private static String packageSegment(String spec) {
        String base = name(spec)
                .replaceFirst("\\.[^.]*$", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        return base.isEmpty() || !Character.isJavaIdentifierStart(base.charAt(0)) ? "spec" + base : base;
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
