package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.read.MapNode;
import io.asyncgen.core.read.ScalarNode;
import io.asyncgen.core.read.SpecNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7386) on document trees, as AsyncAPI 2.x applies traits: members of the
 * patch replace those of the target, mappings merge recursively, {@code null} removes. Nodes keep
 * their own locations, so a problem in a merged member still points at the line that wrote it.
 */
final class MergePatch {
    private MergePatch() {}

    static MapNode apply(MapNode target, MapNode patch) {
        Map<String, SpecNode> members = new LinkedHashMap<>(target.members());
        Map<String, SourceLocation> keys = new LinkedHashMap<>(target.keyLocations());
        patch.members().forEach((key, value) -> {
            if (value instanceof ScalarNode scalar && scalar.kind() == ScalarNode.Kind.NULL) {
                members.remove(key);
                keys.remove(key);
            } else if (value instanceof MapNode patchMap && members.get(key) instanceof MapNode targetMap) {
                members.put(key, apply(targetMap, patchMap));
            } else {
                members.put(key, value);
                keys.put(key, patch.keyLocation(key));
            }
        });
        return new MapNode(target.location(), members, keys);
    }
}
