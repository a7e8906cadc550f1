package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.read.ListNode;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.ScalarNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecFile;
import io.asyncgen.core.read.SpecNode;
import javax.lang.model.SourceVersion;

/**
 * Checks {@code x-java-package}. At the top of the document it names the Java package of the
 * generated code (used when the build configures none); it must be a Java package name. Anywhere
 * else it is ignored with a warning: every generated type of a document shares one package,
 * because a sealed union and its members must be in the same package.
 */
final class PackageExtension {
    static final String KEY = "x-java-package";

    private PackageExtension() {}

    static void check(SpecDocuments documents, Diagnostics diagnostics) {
        MapNode root = (MapNode) documents.root().root();
        root.get(KEY).ifPresent(value -> {
            if (!(value instanceof ScalarNode scalar)
                    || scalar.kind() != ScalarNode.Kind.STRING
                    || !SourceVersion.isName(scalar.text())) {
                diagnostics.error(
                        value.location(),
                        KEY + " must be a Java package name such as com.acme.realtime"
                                + " (dot-separated identifiers, no keywords), but is " + describe(value));
            }
        });
        for (SpecFile file : documents.files()) {
            misplaced(file.root(), file == documents.root(), diagnostics);
        }
    }

    private static void misplaced(SpecNode node, boolean isRoot, Diagnostics diagnostics) {
        if (node instanceof MapNode map) {
            if (!isRoot && map.has(KEY)) {
                diagnostics.warning(
                        map.keyLocation(KEY),
                        KEY + " is read only at the top of the root document, where it"
                                + " sets the package of all generated code (a sealed union and its members share one package);"
                                + " ignored here");
            }
            map.members().values().forEach(child -> misplaced(child, false, diagnostics));
        } else if (node instanceof ListNode list) {
            list.items().forEach(child -> misplaced(child, false, diagnostics));
        }
    }

    private static String describe(SpecNode value) {
        return value instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING
                ? "'" + scalar.text() + "'"
                : value.kindName();
    }
}
