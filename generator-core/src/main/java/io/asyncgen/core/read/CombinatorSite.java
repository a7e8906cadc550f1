package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.asyncgen.core.read.ViolationCondenser.Finding;
import io.asyncgen.core.read.ViolationCondenser.SchemaError;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Where a oneOf/anyOf was applied: its evaluation path (ending in the keyword), the keyword's
 * position in that path, and the instance node it applied to; and what the findings of its
 * branches say about the branch the author meant (for {@link ViolationCondenser}).
 */
record CombinatorSite(List<String> evaluation, int position, List<String> at) {
    private static final Set<String> COMBINATORS = Set.of("oneOf", "anyOf");

    static boolean isCombinator(String keyword) {
        return COMBINATORS.contains(keyword);
    }

    /** The first combinator branch on the error's evaluation path at or after {@code from}. */
    static Optional<CombinatorSite> first(SchemaError error, int from) {
        List<String> path = error.evaluation();
        for (int i = from; i + 1 < path.size(); i++) {
            if (COMBINATORS.contains(path.get(i)) && MetaSchemaPaths.isIndex(path.get(i + 1))) {
                int depth = Math.min(
                        MetaSchemaPaths.instanceDepth(path.subList(0, i)),
                        error.at().size());
                return Optional.of(
                        new CombinatorSite(path.subList(0, i + 1), i, error.at().subList(0, depth)));
            }
        }
        return Optional.empty();
    }

    /** The oneOf/anyOf a whole branch consists of, when it applies to the same node. */
    Optional<CombinatorSite> nestedAtSameNode(List<SchemaError> branch) {
        Optional<CombinatorSite> nested = branch.stream()
                .map(e -> first(e, position + 2))
                .flatMap(Optional::stream)
                .findFirst();
        boolean whole = nested.isPresent()
                && nested.get().at().equals(at)
                && branch.stream()
                        .allMatch(e -> first(e, position + 2).equals(nested)
                                || isCombinator(e.keyword()) && e.at().equals(at));
        return whole ? nested : Optional.empty();
    }

    /**
     * The property whose enum/const fails in most branches (at least two): the {@code type} of
     * a security scheme, for example.
     */
    Optional<String> discriminator(List<List<Finding>> found) {
        Map<String, Integer> failures = new TreeMap<>();
        for (List<Finding> branch : found) {
            branch.stream()
                    .filter(this::isValueMismatch)
                    .map(f -> f.at().get(at.size()))
                    .distinct()
                    .forEach(property -> failures.merge(property, 1, Integer::sum));
        }
        return failures.entrySet().stream()
                .filter(e -> e.getValue() >= 2)
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey);
    }

    /** Did the branch fail for want of a {@code $ref} the author never wrote (a Reference branch)? */
    boolean wantsUnwrittenRef(List<Finding> branch) {
        return branch.stream()
                .anyMatch(f -> f instanceof SchemaError e
                        && e.keyword().equals("required")
                        && "$ref".equals(e.property())
                        && e.at().equals(at));
    }

    boolean mismatchesAny(String property, List<Finding> branch) {
        return branch.stream().anyMatch(f -> mismatches(property, f));
    }

    boolean mismatches(String property, Finding finding) {
        return isValueMismatch(finding) && finding.at().get(at.size()).equals(property);
    }

    private boolean isValueMismatch(Finding finding) {
        return finding instanceof SchemaError e
                && (e.keyword().equals("enum") || e.keyword().equals("const"))
                && e.at().size() == at.size() + 1
                && e.at().subList(0, at.size()).equals(at);
    }

    /** No branch accepts the discriminator's value: one finding listing every value allowed. */
    SchemaError unionOfValues(String property, List<List<Finding>> found) {
        List<SchemaError> mismatches = found.stream()
                .flatMap(List::stream)
                .filter(f -> mismatches(property, f))
                .map(SchemaError.class::cast)
                .toList();
        SchemaError first = mismatches.get(0);
        ArrayNode allowed = distinctValues(mismatches.stream().map(SchemaError::expected));
        return new SchemaError(
                "enum",
                first.at(),
                first.evaluation(),
                null,
                allowed,
                first.actual(),
                List.of(),
                Optional.empty(),
                first.fallback(),
                "");
    }

    /** Every branch only wants another kind of value here (a mapping, a sequence, ...). */
    boolean onlyWrongTypes(List<List<Finding>> found) {
        return found.size() > 1
                && found.stream()
                        .allMatch(branch -> !branch.isEmpty()
                                && branch.stream()
                                        .allMatch(f -> f instanceof SchemaError e
                                                && e.keyword().equals("type")
                                                && e.at().equals(at)));
    }

    static SchemaError unionOfTypes(List<List<Finding>> found) {
        List<SchemaError> errors = found.stream()
                .flatMap(List::stream)
                .map(SchemaError.class::cast)
                .toList();
        SchemaError first = errors.get(0);
        ArrayNode types = distinctValues(errors.stream().map(SchemaError::expected));
        return new SchemaError(
                "type",
                first.at(),
                first.evaluation(),
                null,
                types,
                first.actual(),
                List.of(),
                Optional.empty(),
                first.fallback(),
                "");
    }

    /** The values of enums (or single values), in order, each once. */
    private static ArrayNode distinctValues(Stream<JsonNode> constraints) {
        ArrayNode values = JsonNodeFactory.instance.arrayNode();
        Set<String> seen = new LinkedHashSet<>();
        constraints
                .flatMap(c -> c.isArray() ? elements(c) : Stream.of(c))
                .filter(value -> seen.add(value.toString()))
                .forEach(values::add);
        return values;
    }

    private static Stream<JsonNode> elements(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items.stream();
    }

    static String firstValue(JsonNode constraint) {
        return constraint.isArray() ? constraint.get(0).asText() : constraint.asText();
    }
}
