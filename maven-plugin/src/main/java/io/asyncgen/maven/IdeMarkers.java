package io.asyncgen.maven;

import io.asyncgen.core.diagnostic.Diagnostic;
import java.io.File;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.sonatype.plexus.build.incremental.BuildContext;
import org.sonatype.plexus.build.incremental.DefaultBuildContext;
import org.sonatype.plexus.build.incremental.ThreadBuildContext;

/**
 * Shows diagnostics as problem markers on the document files in an IDE build (m2e), and clears
 * the markers of files whose problems are gone. Nothing on the command line: Maven's own
 * {@link BuildContext} there logs every marker it is given, which would print each diagnostic a
 * second time beside the plugin's {@code file:line:column} line.
 */
final class IdeMarkers {
    private IdeMarkers() {}

    /**
     * @param read the document files read (their old markers are cleared)
     * @param diagnostics the problems to mark
     */
    static void show(BuildContext context, Collection<File> read, List<Diagnostic> diagnostics) {
        if (!isIde(context)) {
            return;
        }
        Set<File> files = new LinkedHashSet<>(read);
        diagnostics.forEach(d -> files.add(new File(d.location().file())));
        files.stream().filter(File::isFile).forEach(context::removeMessages);
        for (Diagnostic diagnostic : diagnostics) {
            File file = new File(diagnostic.location().file());
            if (file.isFile()) {
                context.addMessage(
                        file,
                        diagnostic.location().line(),
                        diagnostic.location().column(),
                        diagnostic.message(),
                        diagnostic.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING,
                        null);
            }
        }
    }

    /** Whether an IDE supplied the build context: on the command line it is Maven's default one. */
    static boolean isIde(BuildContext context) {
        BuildContext effective = context instanceof ThreadBuildContext ? ThreadBuildContext.getContext() : context;
        return effective != null && !(effective instanceof DefaultBuildContext);
    }
}
