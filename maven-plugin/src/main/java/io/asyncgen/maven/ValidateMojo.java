package io.asyncgen.maven;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.Diagnostic;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.read.DocumentFetcher;
import io.asyncgen.core.read.ReadOptions;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks AsyncAPI documents: reads them and every file they reference, validates them against
 * the AsyncAPI 2.6.0 meta-schema and links them. Every problem is logged as
 * {@code file:line:column: message}; errors fail the build.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractMojo {

  /** One document: a file path, or {@code classpath:path/in/a/jar.yaml} from the plugin's dependencies. */
  @Parameter(property = "asyncgen.inputSpec")
  private String inputSpec;

  /** Several documents, as for {@code inputSpec} (on the command line: comma-separated). */
  @Parameter(property = "asyncgen.inputSpecs")
  private List<String> inputSpecs;

  /** Meta-schema violations are errors instead of warnings. */
  @Parameter(property = "asyncgen.strict", defaultValue = "false")
  private boolean strict;

  /** Fetch {@code $ref}s to {@code http(s)://} documents (refused by default). */
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

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Parameter(defaultValue = "${session}", readonly = true)
  private MavenSession session;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("asyncgen: skipped");
      return;
    }
    List<String> specs = specs();
    ReadOptions options = PerspectiveSetting.apply(new ReadOptions(strict, allowRemoteRefs, allowRefsOutsideRoot,
        Optional.of(SpecLocations.specRoot(specRoot, session, basedir).toPath()), overlayUris()), perspective);
    AsyncApiReader reader = new AsyncApiReader(options,
        new DocumentFetcher(getClass().getClassLoader(), SpecLocations.CLASSPATH_ADVICE));
    int failed = 0;
    for (String spec : specs) {
      try {
        AsyncApiReader.Result result = reader.read(SpecLocations.toUri(spec, basedir));
        result.warnings().forEach(this::log);
        getLog().info(spec + ": valid, " + result.api().types().size() + " types, " + result.warnings().size()
            + " warnings");
      } catch (SpecException e) {
        e.diagnostics().forEach(this::log);
        failed++;
      }
    }
    if (failed > 0) {
      throw new MojoFailureException(failed + " of " + specs.size() + " AsyncAPI documents have errors (listed above)");
    }
  }

  private List<String> specs() throws MojoExecutionException {
    List<String> specs = new ArrayList<>();
    if (inputSpec != null && !inputSpec.isBlank()) {
      specs.add(inputSpec);
    }
    if (inputSpecs != null) {
      specs.addAll(inputSpecs);
    }
    if (specs.isEmpty()) {
      throw new MojoExecutionException("asyncgen: no document to read; set <inputSpec> or <inputSpecs>");
    }
    return specs;
  }

  private File basedir() {
    return basedir;
  }

  private List<java.net.URI> overlayUris() throws MojoExecutionException {
    List<java.net.URI> uris = new ArrayList<>();
    for (String overlay : overlays == null ? List.<String>of() : overlays) {
      java.net.URI uri = SpecLocations.toUri(overlay, basedir());
      if ("file".equals(uri.getScheme()) && !java.nio.file.Files.isRegularFile(java.nio.file.Path.of(uri))) {
        throw new MojoExecutionException("asyncgen: <overlays> entry " + overlay + " does not exist (looked at "
            + java.nio.file.Path.of(uri) + ")");
      }
      uris.add(uri);
    }
    return uris;
  }

  private void log(Diagnostic diagnostic) {
    if (diagnostic.isError()) {
      getLog().error(diagnostic.toString());
    } else {
      getLog().warn(diagnostic.toString());
    }
  }
}
