package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.model.Perspective;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.ScalarNode;
import io.asyncgen.core.read.SpecDocuments;
import io.asyncgen.core.read.SpecNode;
import java.util.Optional;

/**
 * Decides the side a document is written from: the {@code perspective} reading option when given,
 * else {@code x-perspective} at the top of the document ({@code server} or {@code client}; anything
 * else is an error), else {@link Perspective#SERVER}, the AsyncAPI rule.
 */
final class PerspectiveExtension {
    private PerspectiveExtension() {}

    static Perspective decide(SpecDocuments documents, Diagnostics diagnostics) {
        MapNode root = (MapNode) documents.root().root();
        Optional<Perspective> written = root.get(Perspective.EXTENSION).flatMap(value -> read(value, diagnostics));
        return documents.options().perspective().or(() -> written).orElse(Perspective.SERVER);
    }

    private static Optional<Perspective> read(SpecNode value, Diagnostics diagnostics) {
        Optional<Perspective> perspective =
                value instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING
                        ? Perspective.of(scalar.text())
                        : Optional.empty();
        if (perspective.isEmpty()) {
            diagnostics.error(
                    value.location(),
                    Perspective.EXTENSION + " must be 'server' (the document describes the"
                            + " service, the AsyncAPI rule) or 'client' (it describes a client of the service: its "
                            + "publish/receive lists what the service sends), but is "
                            + (value instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.STRING
                                    ? "'" + scalar.text() + "'"
                                    : value.kindName()));
        }
        return perspective;
    }
}
