package io.asyncgen.maven;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.SpecException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Checks AsyncAPI documents: reads them and every file they reference, validates them against
 * the meta-schema of their version and links them. Every problem is logged as
 * {@code file:line:column: message}; errors fail the build.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VALIDATE, threadSafe = true)
public final class ValidateMojo extends AbstractAsyncgenMojo {

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        List<String> specs = specs("asyncgen: no document to read; set <inputSpec> or <inputSpecs>");
        AsyncApiReader reader = new AsyncApiReader(readOptions(), fetcher());
        int failed = 0;
        for (String spec : specs) {
            try {
                AsyncApiReader.Result result = reader.read(uri(spec));
                result.warnings().forEach(this::log);
                getLog().info(spec + ": valid, " + result.api().types().size() + " types, "
                        + result.warnings().size() + " warnings");
            } catch (SpecException e) {
                e.diagnostics().forEach(this::log);
                failed++;
            }
        }
        if (failed > 0) {
            throw new MojoFailureException(
                    failed + " of " + specs.size() + " AsyncAPI documents have errors (listed above)");
        }
    }
}
