package io.asyncgen.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.read.ReadOptions;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;

/** The goals' {@code <perspective>}: unset leaves it to the document, a known side sets it, anything else is refused. */
class PerspectiveSettingTest {

    @Test
    void unsetLeavesTheSideToTheDocumentAndClientOrServerSetsIt() throws MojoExecutionException {
        assertEquals(
                Optional.empty(),
                PerspectiveSetting.apply(ReadOptions.defaults(), null).perspective());
        assertEquals(
                Optional.empty(),
                PerspectiveSetting.apply(ReadOptions.defaults(), " ").perspective());
        assertEquals(
                Optional.of(Perspective.CLIENT),
                PerspectiveSetting.apply(ReadOptions.defaults(), "client").perspective());
        assertEquals(
                Optional.of(Perspective.SERVER),
                PerspectiveSetting.apply(ReadOptions.defaults(), " Server ").perspective());
    }

    @Test
    void anotherValueIsRefusedSayingWhatEachSideMeans() {
        MojoExecutionException refused = assertThrows(
                MojoExecutionException.class, () -> PerspectiveSetting.apply(ReadOptions.defaults(), "consumer"));
        assertEquals(
                "asyncgen: unknown <perspective> 'consumer'; use server (the document describes the service, the"
                        + " AsyncAPI rule) or client (it describes a client of the service: its publish/receive lists what the"
                        + " service sends)",
                refused.getMessage());
    }
}
