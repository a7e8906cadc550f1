package io.asyncgen.maven;

import io.asyncgen.core.diagnostic.Diagnostic;
import java.io.File;
import java.util.List;
import org.sonatype.plexus.build.incremental.BuildContext;

/** Shows diagnostics as problem markers on the spec files in an IDE build (m2e); a no-op elsewhere. */
final class IdeMarkers {
  private IdeMarkers() {}

  static void show(BuildContext context, List<Diagnostic> diagnostics) {
    if (context == null) {
      return;
    }
    diagnostics.stream().map(d -> new File(d.location().file())).distinct().filter(File::isFile)
        .forEach(context::removeMessages);
    for (Diagnostic diagnostic : diagnostics) {
      File file = new File(diagnostic.location().file());
      if (file.isFile()) {
        context.addMessage(file, diagnostic.location().line(), diagnostic.location().column(), diagnostic.message(),
            diagnostic.isError() ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
      }
    }
  }
}
