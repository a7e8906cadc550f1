package io.asyncgen.core.read;

import io.asyncgen.core.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads an overlay document's tree into an {@link Overlay}, reporting what is malformed. */
final class OverlayReader {
    private final Diagnostics diagnostics;

    OverlayReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    Optional<Overlay> read(SpecFile file) {
        if (!(file.root() instanceof MapNode root)) {
            diagnostics.error(
                    file.root().location(), "an overlay must be a mapping with 'overlay: 1.0.0' and 'actions'");
            return Optional.empty();
        }
        Optional<String> version = root.text("overlay");
        if (version.isEmpty() || !version.get().startsWith("1.0")) {
            diagnostics.error(
                    root.get("overlay").orElse(root).location(),
                    "not an OpenAPI Overlay 1.0 document:" + " it must start with 'overlay: 1.0.0'");
            return Optional.empty();
        }
        Optional<ListNode> actions = root.list("actions");
        if (actions.isEmpty()) {
            diagnostics.error(root.location(), "an overlay needs 'actions', a list of {target, update | remove}");
            return Optional.empty();
        }
        List<Overlay.Action> read = new ArrayList<>();
        for (SpecNode item : actions.get().items()) {
            if (!(item instanceof MapNode action) || action.text("target").isEmpty()) {
                diagnostics.error(
                        item.location(),
                        "an overlay action needs a 'target' (a JSONPath expression such as"
                                + " $.components.schemas.Foo)");
                continue;
            }
            boolean remove = action.bool("remove").orElse(false);
            Optional<SpecNode> update = action.get("update");
            if (!remove && update.isEmpty()) {
                diagnostics.error(
                        action.location(),
                        "overlay action for '" + action.text("target").get()
                                + "' has neither 'update' nor 'remove: true'");
                continue;
            }
            read.add(new Overlay.Action(action.text("target").get(), update, remove, action.location()));
        }
        return Optional.of(new Overlay(file.displayName(), read));
    }
}
