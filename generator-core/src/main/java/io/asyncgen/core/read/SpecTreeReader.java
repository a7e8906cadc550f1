package io.asyncgen.core.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.SourceLocation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML or JSON text into a {@link SpecNode} tree whose every node knows its file, line,
 * column and JSON pointer. Refuses what a hostile or broken document could do to the generator:
 * alias bombs, absurd nesting, duplicate keys. Words that YAML 1.1 reads as booleans ({@code ON},
 * {@code no}) stay strings, with a warning, because AsyncAPI documents are JSON data.
 */
public final class SpecTreeReader {
    /** Deeper nesting than this is refused; real documents stay far below it. */
    public static final int MAX_DEPTH = 200;
    /** Nodes a document may expand to through YAML aliases before it is refused as a bomb. */
    public static final long MAX_EXPANDED_NODES = 1_000_000;

    private static final YAMLFactory YAML = yamlFactory();
    private static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH + 10)
                    .build())
            .build();

    private final Diagnostics diagnostics;

    public SpecTreeReader(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * Parses {@code text} (the content of {@code file}); JSON when the file name ends in
     * {@code .json}, YAML otherwise. Reports problems and returns empty when the text is unusable.
     */
    public Optional<SpecNode> read(String file, String text) {
        boolean json = file.toLowerCase(Locale.ROOT).endsWith(".json");
        try (JsonParser parser = json ? JSON.createParser(text) : YAML.createParser(text)) {
            Builder builder = new Builder(file, parser);
            if (parser.nextToken() == null) {
                diagnostics.error(SourceLocation.wholeFile(file), "the document is empty");
                return Optional.empty();
            }
            Optional<SpecNode> root = Optional.ofNullable(builder.node("", 0)).map(Built::node);
            if (parser.nextToken() != null) {
                // YAML allows several documents in one stream ('---'); reading only the first would drop the rest
                diagnostics.error(
                        builder.here(""),
                        "a second document starts here; a file holds one document: move"
                                + " this one into a file of its own");
                return Optional.empty();
            }
            return root;
        } catch (RefusedException e) {
            diagnostics.error(e.location, e.getMessage());
            return Optional.empty();
        } catch (JsonProcessingException e) {
            diagnostics.error(syntaxLocation(file, e), syntaxMessage(json, e));
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(SourceLocation.wholeFile(file), "cannot read the document: " + e.getMessage());
            return Optional.empty();
        }
    }

    private static SourceLocation syntaxLocation(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return new SourceLocation(
                    file,
                    marked.getProblemMark().getLine() + 1,
                    marked.getProblemMark().getColumn() + 1,
                    "");
        }
        JsonLocation at = e.getLocation();
        return at == null
                ? SourceLocation.startOf(file)
                : new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), "");
    }

    private static String syntaxMessage(boolean json, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked) {
            return SyntaxErrorWording.yaml(marked);
        }
        return json ? SyntaxErrorWording.json(e) : SyntaxErrorWording.yamlValue(e);
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(64 * 1024 * 1024);
        options.setNestingDepthLimit(MAX_DEPTH + 10);
        options.setMaxAliasesForCollections(Integer.MAX_VALUE); // counted by expanded size below
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH + 10)
                        .build())
                .build();
    }

    /** A node with the number of nodes it stands for once every alias is expanded. */
    private record Built(SpecNode node, long expandedSize) {}

    /** A refusal that stops reading at once (bombs, depth), unlike ordinary problems. */
    private static final class RefusedException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient SourceLocation location;

        RefusedException(SourceLocation location, String message) {
            super(message);
            this.location = location;
        }
    }

    /** Turns the token stream of one file into nodes; one instance per read. */
    private final class Builder {
        private final String file;
        private final JsonParser parser;
        private final Map<String, Built> anchors = new HashMap<>();

        Builder(String file, JsonParser parser) {
            this.file = file;
            this.parser = parser;
        }

        SourceLocation here(String pointer) {
            JsonLocation at = parser.currentTokenLocation();
            return new SourceLocation(file, Math.max(1, at.getLineNr()), Math.max(1, at.getColumnNr()), pointer);
        }

        /** Builds the node at the current token; returns null only for a refused alias. */
        Built node(String pointer, int depth) throws IOException {
            SourceLocation location = here(pointer);
            if (depth > MAX_DEPTH) {
                throw new RefusedException(
                        location,
                        "the document nests deeper than " + MAX_DEPTH
                                + " levels; refusing to read it (a generated or hostile document?)");
            }
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                return alias(yaml.getText(), location);
            }
            String anchor = parser instanceof YAMLParser yaml ? yaml.getObjectId() : null;
            Built built = switch (parser.currentToken()) {
                case START_OBJECT -> mapping(location, depth);
                case START_ARRAY -> sequence(location, depth);
                default -> new Built(scalar(location), 1);
            };
            if (anchor != null) {
                anchors.put(anchor, built);
            }
            return built;
        }

        private Built alias(String anchor, SourceLocation location) {
            Built target = anchors.get(anchor);
            if (target == null) {
                throw new RefusedException(location, "YAML alias '*" + anchor + "' names no anchor defined before it");
            }
            return target;
        }

        private Built mapping(SourceLocation location, int depth) throws IOException {
            Map<String, SpecNode> members = new LinkedHashMap<>();
            Map<String, SourceLocation> keys = new LinkedHashMap<>();
            long size = 1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                SourceLocation keyLocation = here(location.pointer() + "/" + SpecNode.escape(key));
                if ("<<".equals(key)) {
                    throw new RefusedException(
                            keyLocation,
                            "YAML merge keys ('<<') are not supported;" + " write the members out or use a $ref");
                }
                parser.nextToken();
                Built value = node(keyLocation.pointer(), depth + 1);
                if (members.containsKey(key)) {
                    SourceLocation first = keys.get(key);
                    diagnostics.error(
                            keyLocation,
                            "duplicate key '" + key + "' (first at line " + first.line() + "); remove one of them");
                    continue;
                }
                members.put(key, value.node());
                keys.put(key, keyLocation);
                size = grow(size, value.expandedSize(), location);
            }
            return new Built(new MapNode(location, members, keys), size);
        }

        private Built sequence(SourceLocation location, int depth) throws IOException {
            List<SpecNode> items = new ArrayList<>();
            long size = 1;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Built item = node(location.pointer() + "/" + items.size(), depth + 1);
                items.add(item.node());
                size = grow(size, item.expandedSize(), location);
            }
            return new Built(new ListNode(location, items), size);
        }

        private long grow(long size, long added, SourceLocation location) {
            long total = size + added;
            if (total > MAX_EXPANDED_NODES) {
                throw new RefusedException(
                        location,
                        "the document expands to more than " + MAX_EXPANDED_NODES
                                + " nodes through YAML aliases (an alias bomb?); refusing to read it");
            }
            return total;
        }

        private ScalarNode scalar(SourceLocation location) throws IOException {
            JsonToken token = parser.currentToken();
            String text = parser.getText();
            return switch (token) {
                case VALUE_NULL -> new ScalarNode(location, ScalarNode.Kind.NULL, "null");
                case VALUE_TRUE, VALUE_FALSE -> booleanLike(location, token, text);
                case VALUE_NUMBER_INT -> number(location, ScalarNode.Kind.INTEGER, text);
                case VALUE_NUMBER_FLOAT -> number(location, ScalarNode.Kind.DECIMAL, text);
                default -> new ScalarNode(location, ScalarNode.Kind.STRING, text);
            };
        }

        private ScalarNode booleanLike(SourceLocation location, JsonToken token, String text) {
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return new ScalarNode(location, ScalarNode.Kind.BOOLEAN, String.valueOf(token == JsonToken.VALUE_TRUE));
            }
            diagnostics.warning(
                    location,
                    "unquoted '" + text + "' is a boolean in YAML 1.1 but is read as the string \"" + text
                            + "\" (YAML 1.2, JSON); quote it, or write true/false if a boolean is meant");
            return new ScalarNode(location, ScalarNode.Kind.STRING, text);
        }

        private ScalarNode number(SourceLocation location, ScalarNode.Kind kind, String text) {
            try {
                String normalized = kind == ScalarNode.Kind.INTEGER
                        ? parser.getBigIntegerValue().toString()
                        : parser.getDecimalValue().toString();
                if (kind == ScalarNode.Kind.DECIMAL && !text.contains("E") && !text.contains("e")) {
                    normalized = text.replace("_", "");
                }
                return new ScalarNode(location, kind, normalized);
            } catch (IOException | NumberFormatException e) {
                return new ScalarNode(location, ScalarNode.Kind.STRING, text);
            }
        }
    }
}
