package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;

/**
 * Condenses the raw output of the JSON Schema validator into one finding per real problem.
 * The AsyncAPI meta-schema nests {@code oneOf}/{@code anyOf} deeply (Reference or object, the
 * kinds of security scheme, ...) and a validator reports every failed branch, while the author
 * meant exactly one: the branch whose {@code type}-like property matched, else the one that
 * failed least, and least at the object itself.
 */
final class ViolationCondenser {
    /** A problem to report: one error of the validator, or a merged finding. */
    sealed interface Finding permits SchemaError, KindMismatch {
        /** Instance path (unescaped tokens) of the node the finding concerns. */
        List<String> at();
    }

    /**
     * One error of the validator: its keyword, the instance path, the evaluation path through the
     * meta-schema, the property it names ({@code required}, {@code additionalProperties}), the
     * schema's constraint ({@code expected}), the offending value, and for a property that is not
     * allowed the properties the object's schema declares and the nearest enclosing object that
     * allows it; then the validator's own wording and a phrase of context.
     */
    record SchemaError(
            String keyword,
            List<String> at,
            List<String> evaluation,
            String property,
            JsonNode expected,
            JsonNode actual,
            List<String> declaredProperties,
            Optional<List<String>> declaringAncestor,
            String fallback,
            String context)
            implements Finding {

        SchemaError withContext(String phrase) {
            return new SchemaError(
                    keyword,
                    at,
                    evaluation,
                    property,
                    expected,
                    actual,
                    declaredProperties,
                    declaringAncestor,
                    fallback,
                    phrase);
        }

        /** The path of what the error is about: the property itself for one that is not allowed. */
        List<String> focus() {
            return keyword.equals("additionalProperties") ? append(at, property) : at;
        }
    }

    /**
     * An object whose {@code type}-like property names a kind it does not fit, while another kind
     * declares everything written: "with type 'apiKey', ...; use type 'httpApiKey'".
     */
    record KindMismatch(
            List<String> object, String discriminator, String declared, String fitting, List<Finding> reasons)
            implements Finding {

        @Override
        public List<String> at() {
            return append(object, discriminator);
        }
    }

    /** One alternative of a oneOf/anyOf: its evaluation path (ending in its index) and its errors. */
    private record Branch(List<String> evaluation, List<SchemaError> errors) {}

    private final MetaSchemaPaths metaSchema;

    ViolationCondenser(JsonNode metaSchema) {
        this.metaSchema = new MetaSchemaPaths(metaSchema);
    }

    /** The findings for {@code document}'s validation errors, without duplicates, in a stable order. */
    List<Finding> condense(JsonNode document, Collection<ValidationMessage> messages) {
        List<SchemaError> errors = messages.stream()
                .map(this::schemaError)
                .sorted(ERROR_ORDER)
                .distinct()
                .toList();
        List<Finding> findings = new ArrayList<>(distinct(new Pass(document).condense(errors, 0)));
        findings.sort(Comparator.comparing(ViolationCondenser::focusText).thenComparing(ViolationWording::message));
        return List.copyOf(findings);
    }

    /** One condensing pass over the errors of one document. */
    private final class Pass {
        private final JsonNode document;

        Pass(JsonNode document) {
            this.document = document;
        }

        /** Condenses errors whose combinators before evaluation position {@code from} are resolved. */
        List<Finding> condense(List<SchemaError> errors, int from) {
            List<Finding> findings = new ArrayList<>();
            Map<CombinatorSite, List<SchemaError>> sites = new LinkedHashMap<>();
            for (SchemaError error : errors) {
                Optional<CombinatorSite> site = CombinatorSite.first(error, from);
                if (site.isPresent()) {
                    sites.computeIfAbsent(site.get(), s -> new ArrayList<>()).add(error);
                } else if (!isExplainedCombinator(error, errors)) {
                    findings.add(error);
                }
            }
            sites.forEach((site, members) -> findings.addAll(choose(site, branches(site, members))));
            return findings;
        }

        /** The findings of the branch the author evidently meant, merged where that says it better. */
        private List<Finding> choose(CombinatorSite site, List<Branch> branches) {
            List<List<Finding>> found = branches.stream()
                    .map(branch -> distinct(
                            condense(branch.errors(), branch.evaluation().size())))
                    .toList();
            Optional<String> discriminator = site.discriminator(found);
            if (discriminator.isEmpty()) {
                return site.onlyWrongTypes(found)
                        ? List.of(CombinatorSite.unionOfTypes(found))
                        : found.get(meant(site, found, i -> 0));
            }
            String property = discriminator.get();
            String declared = document.at(pointer(append(site.at(), property))).asText();
            List<Boolean> accepting = branches.stream()
                    .map(branch -> metaSchema.allows(branch.evaluation(), property, declared))
                    .toList();
            int meant =
                    meant(site, found, i -> site.mismatchesAny(property, found.get(i)) ? 2 : accepting.get(i) ? 0 : 1);
            List<Finding> best = found.get(meant);
            if (site.wantsUnwrittenRef(best) || site.mismatchesAny(property, best)) {
                return List.of(site.unionOfValues(property, found));
            }
            Optional<String> fitting = fittingKind(site, property, branches, found);
            if (fitting.isPresent()) {
                List<Finding> reasons = best.stream()
                        .sorted(Comparator.comparing(ViolationCondenser::focusText))
                        .toList();
                return List.of(new KindMismatch(site.at(), property, declared, fitting.get(), reasons));
            }
            if (!accepting.get(meant)) {
                return best;
            }
            String context = "for " + property + " '" + declared + "'";
            return best.stream()
                    .map(f -> f instanceof SchemaError e && e.context().isEmpty() ? e.withContext(context) : f)
                    .toList();
        }

        /**
         * The index of the branch meant: one not failing on what selects it, ranked by how well its
         * discriminator matched ({@code 0} best), then by fewest errors at the object itself, then by
         * fewest errors, then by schema order.
         */
        private int meant(CombinatorSite site, List<List<Finding>> found, IntUnaryOperator discriminatorRank) {
            return IntStream.range(0, found.size())
                    .boxed()
                    .min(Comparator.comparing((Integer i) -> site.wantsUnwrittenRef(found.get(i)))
                            .thenComparingInt(discriminatorRank::applyAsInt)
                            .thenComparingLong(i -> found.get(i).stream()
                                    .filter(f -> f.at().equals(site.at()))
                                    .count())
                            .thenComparingInt(i -> found.get(i).size())
                            .thenComparingInt(i -> i))
                    .orElseThrow();
        }

        /** The kind whose branch fails only on the discriminator and declares every property written. */
        private Optional<String> fittingKind(
                CombinatorSite site, String property, List<Branch> branches, List<List<Finding>> found) {
            Set<String> written = new LinkedHashSet<>();
            document.at(pointer(site.at())).fieldNames().forEachRemaining(written::add);
            return IntStream.range(0, found.size())
                    .boxed()
                    .filter(i -> found.get(i).size() == 1
                            && site.mismatches(property, found.get(i).get(0)))
                    .filter(i -> metaSchema.declaresAll(branches.get(i).evaluation(), written))
                    .map(i -> CombinatorSite.firstValue(
                            ((SchemaError) found.get(i).get(0)).expected()))
                    .findFirst();
        }
    }

    /** A failed oneOf/anyOf whose branch errors are reported too says nothing by itself. */
    private static boolean isExplainedCombinator(SchemaError error, List<SchemaError> errors) {
        return CombinatorSite.isCombinator(error.keyword())
                && errors.stream()
                        .anyMatch(other -> other.evaluation().size()
                                        > error.evaluation().size()
                                && other.evaluation()
                                        .subList(0, error.evaluation().size())
                                        .equals(error.evaluation())
                                && other.at().size() >= error.at().size()
                                && other.at().subList(0, error.at().size()).equals(error.at()));
    }

    /** The branches of a site, a nested oneOf/anyOf that makes up a whole branch flattened into its own. */
    private static List<Branch> branches(CombinatorSite site, List<SchemaError> members) {
        Map<Integer, List<SchemaError>> byIndex = new TreeMap<>();
        for (SchemaError member : members) {
            byIndex.computeIfAbsent(
                            Integer.parseInt(member.evaluation().get(site.position() + 1)), i -> new ArrayList<>())
                    .add(member);
        }
        List<Branch> branches = new ArrayList<>();
        byIndex.forEach((index, errors) -> {
            Optional<CombinatorSite> nested = site.nestedAtSameNode(errors);
            if (nested.isPresent()) {
                branches.addAll(branches(
                        nested.get(),
                        errors.stream()
                                .filter(e -> CombinatorSite.first(e, site.position() + 2)
                                        .equals(nested))
                                .toList()));
            } else {
                branches.add(new Branch(append(site.evaluation(), String.valueOf(index)), errors));
            }
        });
        return branches;
    }

    /** Drops findings that say the same thing at the same place (the meta-schema repeats itself). */
    private static List<Finding> distinct(List<Finding> findings) {
        Map<String, Finding> unique = new LinkedHashMap<>();
        for (Finding finding : findings) {
            unique.putIfAbsent(focusText(finding) + "\u0001" + ViolationWording.message(finding), finding);
        }
        return List.copyOf(unique.values());
    }

    private SchemaError schemaError(ValidationMessage message) {
        String keyword = message.getType();
        String pointer = message.getInstanceLocation().toString();
        String fallback = message.getMessage().startsWith(pointer + ": ")
                ? message.getMessage().substring(pointer.length() + 2)
                : message.getMessage();
        List<String> at = tokens(message.getInstanceLocation());
        List<String> evaluation = tokens(message.getEvaluationPath());
        if (!keyword.equals("additionalProperties")) {
            return new SchemaError(
                    keyword,
                    at,
                    evaluation,
                    message.getProperty(),
                    message.getSchemaNode(),
                    message.getInstanceNode(),
                    List.of(),
                    Optional.empty(),
                    fallback,
                    "");
        }
        List<String> object = evaluation.subList(0, evaluation.size() - 1);
        return new SchemaError(
                keyword,
                at,
                evaluation,
                message.getProperty(),
                message.getSchemaNode(),
                message.getInstanceNode(),
                metaSchema.declaredProperties(object),
                metaSchema.declaringAncestor(object, at, message.getProperty()),
                fallback,
                "");
    }

    private static List<String> tokens(JsonNodePath path) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < path.getNameCount(); i++) {
            tokens.add(String.valueOf(path.getElement(i)));
        }
        return List.copyOf(tokens);
    }

    static List<String> append(List<String> path, String token) {
        List<String> longer = new ArrayList<>(path);
        longer.add(token);
        return List.copyOf(longer);
    }

    static String pointer(List<String> path) {
        StringBuilder pointer = new StringBuilder();
        path.forEach(token -> pointer.append('/').append(SpecNode.escape(token)));
        return pointer.toString();
    }

    private static String focusText(Finding finding) {
        return String.join("\u0000", finding instanceof SchemaError error ? error.focus() : finding.at());
    }

    private static final Comparator<SchemaError> ERROR_ORDER = Comparator.comparing(
                    (SchemaError e) -> String.join("\u0000", e.at()))
            .thenComparing(e -> String.join("\u0000", e.evaluation()))
            .thenComparing(SchemaError::keyword)
            .thenComparing(e -> Objects.toString(e.property(), ""))
            .thenComparing(e -> Objects.toString(e.expected(), ""));
}
