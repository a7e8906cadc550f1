package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import com.jayway.jsonpath.spi.json.JacksonJsonNodeJsonProvider;
import com.jayway.jsonpath.spi.mapper.JacksonMappingProvider;
import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies overlay actions to a document tree, in order. {@code update} merges into every selected
 * node (mappings member by member, recursively; a selected sequence gets the update appended;
 * anything else is replaced); {@code remove} deletes the selected nodes. A target that selects
 * nothing is an error: the overlay no longer fits the document. Nodes an overlay adds keep the
 * overlay file's lines and columns, with the pointer they now have in the document.
 */
final class OverlayApplier {
    private static final Configuration PATHS = Configuration.builder()
            .jsonProvider(new JacksonJsonNodeJsonProvider())
            .mappingProvider(new JacksonMappingProvider())
            .options(Option.AS_PATH_LIST, Option.SUPPRESS_EXCEPTIONS)
            .build();
    private static final Pattern SEGMENT = Pattern.compile("\\['((?:[^'\\\\]|\\\\.)*)'\\]|\\[(\\d+)\\]");

    private final Diagnostics diagnostics;

    OverlayApplier(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    SpecNode apply(SpecNode document, Overlay overlay, String documentName) {
        SpecNode current = document;
        for (Overlay.Action action : overlay.actions()) {
            List<List<String>> targets = select(current.toJson(), action);
            if (targets == null) {
                continue;
            }
            if (targets.isEmpty()) {
                diagnostics.error(
                        action.location(),
                        "overlay target '" + action.target() + "' matches nothing in " + documentName
                                + "; fix the target or drop the action");
                continue;
            }
            for (List<String> target : removalOrder(targets, action.remove())) {
                current = action.remove()
                        ? remove(current, target, 0)
                        : update(current, target, 0, action.update().orElseThrow());
            }
        }
        return current;
    }

    /** Removing list items back to front keeps the indexes of the rest valid. */
    private static List<List<String>> removalOrder(List<List<String>> targets, boolean remove) {
        List<List<String>> ordered = new ArrayList<>(targets);
        if (remove) {
            Collections.reverse(ordered);
        }
        return ordered;
    }

    private List<List<String>> select(JsonNode json, Overlay.Action action) {
        try {
            JsonNode paths = JsonPath.using(PATHS).parse(json).read(action.target());
            List<List<String>> targets = new ArrayList<>();
            if (paths != null) {
                for (JsonNode path : paths) {
                    targets.add(tokens(path.asText()));
                }
            }
            return targets;
        } catch (InvalidPathException e) {
            diagnostics.error(
                    action.location(),
                    "overlay target '" + action.target() + "' is not a valid JSONPath: " + e.getMessage());
            return null;
        }
    }

    private static List<String> tokens(String path) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = SEGMENT.matcher(path);
        while (matcher.find()) {
            tokens.add(matcher.group(1) != null ? matcher.group(1).replaceAll("\\\\(.)", "$1") : matcher.group(2));
        }
        return tokens;
    }

    private SpecNode update(SpecNode node, List<String> target, int depth, SpecNode update) {
        if (depth == target.size()) {
            return merge(node, update, node.pointer());
        }
        return withChild(node, target.get(depth), child -> update(child, target, depth + 1, update));
    }

    private SpecNode remove(SpecNode node, List<String> target, int depth) {
        String token = target.get(depth);
        if (depth == target.size() - 1) {
            if (node instanceof MapNode map) {
                Map<String, SpecNode> members = new LinkedHashMap<>(map.members());
                members.remove(token);
                Map<String, SourceLocation> keys = new LinkedHashMap<>(map.keyLocations());
                keys.remove(token);
                return new MapNode(map.location(), members, keys);
            }
            if (node instanceof ListNode list) {
                List<SpecNode> items = new ArrayList<>(list.items());
                items.remove(Integer.parseInt(token));
                return new ListNode(list.location(), items);
            }
            return node;
        }
        return withChild(node, token, child -> remove(child, target, depth + 1));
    }

    private static SpecNode withChild(SpecNode node, String token, UnaryOperator<SpecNode> edit) {
        if (node instanceof MapNode map && map.has(token)) {
            Map<String, SpecNode> members = new LinkedHashMap<>(map.members());
            members.put(token, edit.apply(map.members().get(token)));
            return new MapNode(map.location(), members, map.keyLocations());
        }
        if (node instanceof ListNode list) {
            List<SpecNode> items = new ArrayList<>(list.items());
            int index = Integer.parseInt(token);
            items.set(index, edit.apply(items.get(index)));
            return new ListNode(list.location(), items);
        }
        return node;
    }

    private static SpecNode merge(SpecNode target, SpecNode update, String pointer) {
        if (target instanceof MapNode map && update instanceof MapNode patch) {
            Map<String, SpecNode> members = new LinkedHashMap<>(map.members());
            Map<String, SourceLocation> keys = new LinkedHashMap<>(map.keyLocations());
            patch.members().forEach((key, value) -> {
                String childPointer = pointer + "/" + SpecNode.escape(key);
                SpecNode existing = members.get(key);
                members.put(key, existing == null ? graft(value, childPointer) : merge(existing, value, childPointer));
                keys.putIfAbsent(key, patch.keyLocation(key).withPointer(childPointer));
            });
            return new MapNode(map.location(), members, keys);
        }
        if (target instanceof ListNode list) {
            List<SpecNode> items = new ArrayList<>(list.items());
            items.add(graft(update, pointer + "/" + items.size()));
            return new ListNode(list.location(), items);
        }
        return graft(update, pointer);
    }

    /** An overlay node placed at {@code pointer} of the document: same file position, new pointer. */
    static SpecNode graft(SpecNode node, String pointer) {
        SourceLocation at = node.location().withPointer(pointer);
        if (node instanceof MapNode map) {
            Map<String, SpecNode> members = new LinkedHashMap<>();
            Map<String, SourceLocation> keys = new LinkedHashMap<>();
            map.members().forEach((key, value) -> {
                String child = pointer + "/" + SpecNode.escape(key);
                members.put(key, graft(value, child));
                keys.put(key, map.keyLocation(key).withPointer(child));
            });
            return new MapNode(at, members, keys);
        }
        if (node instanceof ListNode list) {
            List<SpecNode> items = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                items.add(graft(list.items().get(i), pointer + "/" + i));
            }
            return new ListNode(at, items);
        }
        ScalarNode scalar = (ScalarNode) node;
        return new ScalarNode(at, scalar.kind(), scalar.text());
    }
}
