package io.asyncgen.core.read;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.SourceLocation;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The root document and every document it reaches through {@code $ref}, with the references
 * resolved. Every {@code $ref} found anywhere is followed once when loading, so that all broken
 * references are reported together; later look-ups are answered from memory.
 */
public final class SpecDocuments {
    /** Keys whose values are data, not schema or document structure: no {@code $ref} inside them. */
    private static final Set<String> DATA_KEYS = Set.of("examples", "example", "default", "const", "enum");

    private final ReadOptions options;
    private final Diagnostics diagnostics;
    private final DocumentFetcher fetcher;
    private final URI documentFolder;
    private final Optional<URI> specRoot;
    private final Map<URI, Optional<SpecFile>> files = new LinkedHashMap<>();
    private final Map<SpecNode, Optional<SpecNode>> resolved = new IdentityHashMap<>();
    private final List<SpecFile> overlays = new ArrayList<>();
    private SpecFile root;

    private SpecDocuments(ReadOptions options, Diagnostics diagnostics, DocumentFetcher fetcher, URI rootUri) {
        this.options = options;
        this.diagnostics = diagnostics;
        this.fetcher = fetcher;
        this.documentFolder = rootUri.resolve(".");
        this.specRoot =
                options.specRoot().map(p -> p.toAbsolutePath().normalize().toUri());
    }

    /**
     * Reads {@code rootUri} and everything it references. Returns empty when the root document
     * itself cannot be read or parsed; every other problem is reported to {@code diagnostics}.
     */
    public static Optional<SpecDocuments> load(
            URI rootUri, ReadOptions options, DocumentFetcher fetcher, Diagnostics diagnostics) {
        SpecDocuments documents = new SpecDocuments(options, diagnostics, fetcher, rootUri);
        Optional<SpecFile> root = documents.file(rootUri, null, null);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        documents.root = documents.withOverlays(root.get());
        documents.files.put(documents.root.uri().normalize(), Optional.of(documents.root));
        documents.followAllRefs();
        return Optional.of(documents);
    }

    /** Convenience for a local file. */
    public static Optional<SpecDocuments> load(Path rootFile, ReadOptions options, Diagnostics diagnostics) {
        return load(rootFile.toAbsolutePath().normalize().toUri(), options, DocumentFetcher.standard(), diagnostics);
    }

    public SpecFile root() {
        return root;
    }

    /** Every document read, the root first, then in the order they were reached, then the overlays. */
    public List<SpecFile> files() {
        List<SpecFile> all = new ArrayList<>(
                files.values().stream().flatMap(Optional::stream).toList());
        all.addAll(overlays);
        return all;
    }

    private SpecFile withOverlays(SpecFile document) {
        SpecNode tree = document.root();
        for (URI uri : options.overlays()) {
            Optional<SpecFile> overlayFile = read(uri, null);
            if (overlayFile.isEmpty()) {
                continue;
            }
            overlays.add(overlayFile.get());
            Optional<Overlay> overlay = new OverlayReader(diagnostics).read(overlayFile.get());
            if (overlay.isPresent()) {
                tree = new OverlayApplier(diagnostics)
                        .apply(
                                tree,
                                overlay.get(),
                                document.displayName()
                                        .substring(document.displayName().lastIndexOf('/') + 1));
            }
        }
        return tree == document.root()
                ? document
                : new SpecFile(document.uri(), document.displayName(), document.text(), tree);
    }

    public ReadOptions options() {
        return options;
    }

    /** The {@code $ref} text of a node, when it is a reference object ({@code {$ref: "..."}}). */
    public static Optional<ScalarNode> refOf(SpecNode node) {
        if (node instanceof MapNode map
                && map.get("$ref").orElse(null) instanceof ScalarNode ref
                && ref.kind() == ScalarNode.Kind.STRING) {
            return Optional.of(ref);
        }
        return Optional.empty();
    }

    /**
     * The node itself, or, for a reference object, the node at the end of its chain of references.
     * Empty when a reference is broken (already reported).
     */
    public Optional<SpecNode> deref(SpecNode node) {
        if (refOf(node).isEmpty()) {
            return Optional.of(node);
        }
        return resolved.computeIfAbsent(node, n -> follow(n, new LinkedHashSet<>()));
    }

    private Optional<SpecNode> follow(SpecNode refHolder, Set<String> chain) {
        ScalarNode ref = refOf(refHolder).orElseThrow();
        String here = ref.location().file() + "#" + refHolder.pointer();
        if (!chain.add(here)) {
            List<String> cycle = new ArrayList<>(chain);
            cycle.add(here);
            diagnostics.error(
                    ref.location(),
                    "circular $ref: "
                            + String.join(
                                    " -> ", cycle.stream().map(this::shortName).toList())
                            + "; a chain of references must end at a real definition");
            return Optional.empty();
        }
        Optional<SpecNode> target = target(ref);
        if (target.isEmpty() || refOf(target.get()).isEmpty()) {
            return target;
        }
        Optional<SpecNode> known = resolved.get(target.get());
        return known != null ? known : follow(target.get(), chain);
    }

    private String shortName(String fileAndPointer) {
        String rootPrefix = root.displayName() + "#";
        return fileAndPointer.startsWith(rootPrefix)
                ? fileAndPointer.substring(root.displayName().length())
                : fileAndPointer;
    }

    /** Resolves one reference, loading its file if needed. */
    private Optional<SpecNode> target(ScalarNode ref) {
        String text = ref.text();
        URI base = fileOf(ref);
        URI uri;
        try {
            String path = pathPart(text);
            uri = path.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*")
                    ? new URI(path)
                    : base.resolve(new URI(null, null, path, null));
        } catch (URISyntaxException | IllegalArgumentException e) {
            diagnostics.error(ref.location(), "$ref '" + text + "' is not a valid reference: " + e.getMessage());
            return Optional.empty();
        }
        String fragment = text.contains("#") ? text.substring(text.indexOf('#') + 1) : "";
        Optional<SpecFile> file = pathPart(text).isEmpty() ? files.get(base) : file(uri, ref, text);
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        return pointer(file.get(), URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8), ref);
    }

    private static String pathPart(String ref) {
        int hash = ref.indexOf('#');
        return hash < 0 ? ref : ref.substring(0, hash);
    }

    private URI fileOf(ScalarNode ref) {
        // what an overlay adds belongs to the document it was applied to
        if (overlays.stream()
                .anyMatch(o -> o.displayName().equals(ref.location().file()))) {
            return root.uri();
        }
        for (Map.Entry<URI, Optional<SpecFile>> entry : files.entrySet()) {
            if (entry.getValue().isPresent()
                    && entry.getValue()
                            .get()
                            .displayName()
                            .equals(ref.location().file())) {
                return entry.getKey();
            }
        }
        return root.uri();
    }

    private Optional<SpecNode> pointer(SpecFile file, String pointer, ScalarNode ref) {
        if (pointer.isEmpty()) {
            return Optional.of(file.root());
        }
        if (!pointer.startsWith("/")) {
            diagnostics.error(
                    ref.location(),
                    "$ref '" + ref.text() + "' has a fragment that is not a JSON pointer;"
                            + " write it as '#/path/to/node'");
            return Optional.empty();
        }
        SpecNode node = file.root();
        StringBuilder walked = new StringBuilder();
        String[] tokens = pointer.substring(1).split("/", -1);
        for (int i = 0; i < tokens.length; i++) {
            String raw = tokens[i];
            String token = SpecNode.unescape(raw);
            Optional<SpecNode> next = step(node, token);
            if (next.isEmpty()) {
                Optional<Integer> literal = literalKeyEnd(node, tokens, i);
                if (literal.isPresent()) {
                    // machine-written documents (Deepgram's) refer to keys holding '/' without escaping it
                    String key =
                            SpecNode.unescape(String.join("/", List.of(tokens).subList(i, literal.get())));
                    walked.append('/').append(SpecNode.escape(key));
                    List<String> rest = List.of(tokens).subList(literal.get(), tokens.length);
                    diagnostics.warning(
                            ref.location(),
                            "$ref '" + ref.text() + "' points to nothing as a JSON pointer, but the"
                                    + " key '" + key + "' exists and is used; write ~1 for / in a JSON pointer: '"
                                    + pathPart(ref.text())
                                    + "#" + walked + (rest.isEmpty() ? "" : "/" + String.join("/", rest)) + "'");
                    node = step(node, key).orElseThrow();
                    i = literal.get() - 1;
                    continue;
                }
                String where = pathPart(ref.text()) + "#" + walked;
                diagnostics.error(
                        ref.location(),
                        "$ref '" + ref.text() + "' points to nothing: '" + token + "' not found in " + where);
                return Optional.empty();
            }
            walked.append('/').append(raw);
            node = next.get();
        }
        return Optional.of(node);
    }

    /**
     * Where a key that holds unescaped {@code /}s ends: the first {@code end} such that the tokens
     * from {@code start} to {@code end}, joined by {@code /}, name a member of {@code node}, the
     * longest such key first.
     */
    private static Optional<Integer> literalKeyEnd(SpecNode node, String[] tokens, int start) {
        if (!(node instanceof MapNode map)) {
            return Optional.empty();
        }
        for (int end = tokens.length; end > start + 1; end--) {
            String key = SpecNode.unescape(String.join("/", List.of(tokens).subList(start, end)));
            if (map.has(key)) {
                return Optional.of(end);
            }
        }
        return Optional.empty();
    }

    private static Optional<SpecNode> step(SpecNode node, String token) {
        if (node instanceof MapNode map) {
            return map.get(token);
        }
        if (node instanceof ListNode list && token.matches("0|[1-9][0-9]{0,8}")) {
            int index = Integer.parseInt(token);
            return index < list.items().size() ? Optional.of(list.items().get(index)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The file at {@code uri}, read on first use; {@code ref} is null for the root document. */
    private Optional<SpecFile> file(URI uri, ScalarNode ref, String refText) {
        URI key = uri.normalize();
        Optional<SpecFile> known = files.get(key);
        if (known != null) {
            return known;
        }
        Optional<SpecFile> loaded = ref == null ? read(key, null) : checkedRead(key, ref, refText);
        files.put(key, loaded);
        return loaded;
    }

    private Optional<SpecFile> checkedRead(URI uri, ScalarNode ref, String refText) {
        String scheme = uri.getScheme();
        if ("http".equals(scheme) || "https".equals(scheme)) {
            if (!options.allowRemoteRefs()) {
                diagnostics.error(
                        ref.location(),
                        "remote $ref '" + refText + "' refused; allow remote references with"
                                + " --allow-remote-refs (command line) or <allowRemoteRefs>true</allowRemoteRefs> (Maven plugin)");
                return Optional.empty();
            }
        } else if (!options.allowRefsOutsideRoot()
                && !isBelow(uri, documentFolder)
                && specRoot.map(folder -> !isBelow(uri, folder)).orElse(true)) {
            diagnostics.error(
                    ref.location(),
                    "$ref '" + refText + "' points outside " + reachableFolders()
                            + "; move the file below it, or allow it with --allow-refs-outside-root or a wider --spec-root"
                            + " (command line), or <allowRefsOutsideRoot>true</allowRefsOutsideRoot> or <specRoot> (Maven plugin)");
            return Optional.empty();
        }
        return read(uri, ref);
    }

    /** The folders {@code $ref}s may reach, in words: the document's own, and the spec root unless one holds the other. */
    private String reachableFolders() {
        String own = "the spec's folder " + DocumentFetcher.display(documentFolder);
        if (specRoot.isEmpty() || isBelow(specRoot.get(), documentFolder)) {
            return own;
        }
        String root = "the spec root " + DocumentFetcher.display(specRoot.get());
        return isBelow(documentFolder, specRoot.get()) ? root : own + " and " + root;
    }

    private static boolean isBelow(URI uri, URI folder) {
        if ("file".equals(uri.getScheme()) && "file".equals(folder.getScheme())) {
            return realPath(Path.of(uri)).startsWith(realPath(Path.of(folder)));
        }
        return uri.toString().startsWith(folder.toString());
    }

    private static Path realPath(Path path) {
        try {
            return Files.exists(path)
                    ? path.toRealPath()
                    : path.toAbsolutePath().normalize();
        } catch (IOException e) {
            return path.toAbsolutePath().normalize();
        }
    }

    private Optional<SpecFile> read(URI uri, ScalarNode ref) {
        String display = DocumentFetcher.display(uri);
        String text;
        try {
            text = fetcher.fetch(uri);
        } catch (DocumentFetcher.MissingDocumentException e) {
            if (ref == null) {
                diagnostics.error(SourceLocation.wholeFile(display), e.reason());
            } else {
                diagnostics.error(ref.location(), "$ref '" + ref.text() + "' cannot be followed: " + e.getMessage());
            }
            return Optional.empty();
        } catch (IOException e) {
            SourceLocation at = ref == null ? SourceLocation.wholeFile(display) : ref.location();
            String prefix =
                    ref == null ? "cannot read the document: " : "$ref '" + ref.text() + "' cannot be followed: ";
            diagnostics.error(at, prefix + e.getMessage());
            return Optional.empty();
        }
        return new SpecTreeReader(diagnostics).read(display, text).map(tree -> new SpecFile(uri, display, text, tree));
    }

    /** Follows every reference in every document read, reading referenced documents as it goes. */
    private void followAllRefs() {
        for (int i = 0; i < files.size(); i++) {
            List<Optional<SpecFile>> read = List.copyOf(files.values());
            read.get(i).ifPresent(file -> walk(file.root()));
        }
    }

    private void walk(SpecNode node) {
        if (node instanceof MapNode map) {
            if (refOf(map).isPresent()) {
                deref(map);
                return;
            }
            map.members().forEach((key, value) -> {
                if (!DATA_KEYS.contains(key) || value instanceof MapNode nested && nested.has("$ref")) {
                    walk(value);
                }
            });
        } else if (node instanceof ListNode list) {
            list.items().forEach(this::walk);
        }
    }
}
