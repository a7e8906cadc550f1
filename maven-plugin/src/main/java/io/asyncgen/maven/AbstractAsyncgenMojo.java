package io.asyncgen.maven;

import io.asyncgen.core.diagnostic.Diagnostic;
import io.asyncgen.core.read.DocumentFetcher;
import io.asyncgen.core.read.ReadOptions;
import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: the documents and how to read them (strictness, {@code $ref} limits,
 * overlays), {@code skip}, and how problems are logged.
 */
abstract class AbstractAsyncgenMojo extends AbstractMojo {

    /** The document: a file path (relative to the project), or {@code classpath:path/in/a/dependency.yaml}. */
    @Parameter(property = "asyncgen.inputSpec")
    private String inputSpec;

    /**
     * Several documents (on the command line: comma-separated). {@code generate} puts each into
     * {@code packageName.<document name>}, or without {@code packageName} into its own
     * {@code x-java-package}.
     */
    @Parameter(property = "asyncgen.inputSpecs")
    private List<String> inputSpecs;

    /** Meta-schema violations are errors instead of warnings. */
    @Parameter(property = "asyncgen.strict", defaultValue = "false")
    private boolean strict;

    /**
     * Fetch {@code $ref}s to {@code http(s)://} documents (refused by default; {@code generate}
     * regenerates on every build of such a document).
     */
    @Parameter(property = "asyncgen.allowRemoteRefs", defaultValue = "false")
    private boolean allowRemoteRefs;

    /** Follow {@code $ref}s to files outside the document's folder and the spec root (refused by default). */
    @Parameter(property = "asyncgen.allowRefsOutsideRoot", defaultValue = "false")
    private boolean allowRefsOutsideRoot;

    /**
     * A folder {@code $ref}s may reach besides each document's own folder (default: the top-level
     * project's folder, {@code maven.multiModuleProjectDirectory}).
     */
    @Parameter(property = "asyncgen.specRoot")
    private File specRoot;

    /**
     * OpenAPI Overlay 1.0 documents applied to every document before reading, in order (files
     * relative to the project, or {@code classpath:}; on the command line: comma-separated). A
     * target that matches nothing fails the build.
     */
    @Parameter(property = "asyncgen.overlays")
    private List<String> overlays;

    /**
     * The side the documents are written from: {@code server} (the AsyncAPI rule: a document describes
     * the service) or {@code client} (it describes a client of the service, so its {@code publish}, or
     * 3.x {@code receive}, lists what the service sends). Unset: as each document's {@code x-perspective}
     * says, else {@code server}.
     */
    @Parameter(property = "asyncgen.perspective")
    private String perspective;

    /** Skip the goal. */
    @Parameter(property = "asyncgen.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true)
    private MavenSession session;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("asyncgen: skipped");
            return;
        }
        run();
    }

    /** The goal itself, when not skipped. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    protected final MavenProject project() {
        return project;
    }

    /**
     * {@code inputSpec}, then {@code inputSpecs}, as configured.
     *
     * @param none the message when neither names a document
     */
    protected final List<String> specs(String none) throws MojoExecutionException {
        List<String> specs = new ArrayList<>();
        if (inputSpec != null && !inputSpec.isBlank()) {
            specs.add(inputSpec);
        }
        if (inputSpecs != null) {
            specs.addAll(inputSpecs);
        }
        if (specs.isEmpty()) {
            throw new MojoExecutionException(none);
        }
        return specs;
    }

    /** A configured location as a URI: a path relative to the project, {@code classpath:} or remote. */
    protected final URI uri(String location) {
        return SpecLocations.toUri(location, project.getBasedir());
    }

    /** How documents are read: strictness, {@code $ref} limits, the spec root and the overlays. */
    protected final ReadOptions readOptions() throws MojoExecutionException {
        return PerspectiveSetting.apply(
                new ReadOptions(
                        strict,
                        allowRemoteRefs,
                        allowRefsOutsideRoot,
                        Optional.of(specRoot().toPath()),
                        overlayUris()),
                perspective);
    }

    /** Reads documents from files, the plugin's classpath or (when allowed) the network. */
    protected final DocumentFetcher fetcher() {
        return new DocumentFetcher(getClass().getClassLoader(), SpecLocations.CLASSPATH_ADVICE);
    }

    /** The reading settings that shape generated output, for the fingerprint of a generation. */
    protected final String readSettings() {
        return String.join(
                "|",
                "strict=" + strict,
                "remote=" + allowRemoteRefs,
                "outside=" + allowRefsOutsideRoot,
                "specRoot=" + specRoot(),
                "overlays=" + overlays,
                "perspective=" + perspective);
    }

    private File specRoot() {
        return SpecLocations.specRoot(specRoot, session, project.getBasedir());
    }

    private List<URI> overlayUris() throws MojoExecutionException {
        List<URI> uris = new ArrayList<>();
        for (String overlay : overlays == null ? List.<String>of() : overlays) {
            URI uri = uri(overlay);
            if ("file".equals(uri.getScheme()) && !Files.isRegularFile(Path.of(uri))) {
                throw new MojoExecutionException(
                        "asyncgen: <overlays> entry " + overlay + " does not exist (looked at " + Path.of(uri) + ")");
            }
            uris.add(uri);
        }
        return uris;
    }

    /** Logs a diagnostic ({@code file:line:column: severity: message} and its trail) as an error or a warning. */
    protected final void log(Diagnostic diagnostic) {
        if (diagnostic.isError()) {
            getLog().error(diagnostic.toString());
        } else {
            getLog().warn(diagnostic.toString());
        }
    }

    /** The file name of a configured document, for log lines. */
    static String name(String spec) {
        String path = spec.replace('\\', '/');
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
