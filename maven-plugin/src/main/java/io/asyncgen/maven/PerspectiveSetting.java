package io.asyncgen.maven;

import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.read.ReadOptions;
import org.apache.maven.plugin.MojoExecutionException;

/** The goals' {@code <perspective>}: {@code server}, {@code client}, or unset (as the document says). */
final class PerspectiveSetting {
    private PerspectiveSetting() {}

    /** {@code options} reading documents from the configured side; unchanged when none is configured. */
    static ReadOptions apply(ReadOptions options, String configured) throws MojoExecutionException {
        if (configured == null || configured.isBlank()) {
            return options;
        }
        return options.withPerspective(Perspective.of(configured)
                .orElseThrow(() -> new MojoExecutionException("asyncgen: unknown <perspective> '" + configured
                        + "'; use server (the document describes the service, the"
                        + " AsyncAPI rule) or client (it describes a client of the service: its publish/receive lists what the"
                        + " service sends)")));
    }
}
