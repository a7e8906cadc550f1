package io.asyncgen.core.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
import java.util.stream.IntStream;

/**
 * Condenses the raw output of the JSON Schema validator into one finding per real problem.
 * The AsyncAPI meta-schema nests {@code oneOf}/{@code anyOf} deeply (Reference or object, the
 * kinds of security scheme, ...) and a validator reports every failed branch, while the author
 * meant exactly one: the branch whose {@code type}-like property matched, else the one that
 * failed least, and only at its edges.
 */
final class ViolationCondenser {
  private static final Set<String> COMBINATORS = Set.of("oneOf", "anyOf");

  /** A problem to report: one schema error as the validator saw it, or a merged finding. */
  sealed interface Finding permits SchemaError, KindMismatch {
    /** Instance path (unescaped tokens) of the node the finding concerns. */
    List<String> at();
  }

  /**
   * One error of the validator: its keyword, the instance path, the evaluation path through the
   * meta-schema, the property it names (for {@code required}, {@code additionalProperties}),
   * the schema's constraint ({@code expected}), the offending value, the property names the
   * object's schema declares and the nearest enclosing object whose schema declares the
   * property (for a property that is not allowed), the validator's own wording, and a phrase of
   * context.
   */
  record SchemaError(String keyword, List<String> at, List<String> evaluation, String property,
      JsonNode expected, JsonNode actual, List<String> declaredProperties,
      Optional<List<String>> declaringAncestor, String fallback, String context) implements Finding {

    SchemaError withContext(String phrase) {
      return new SchemaError(keyword, at, evaluation, property, expected, actual, declaredProperties,
          declaringAncestor, fallback, phrase);
    }

    /** The path of what the error is about: the property itself for one that is not allowed. */
    List<String> focus() {
      return keyword.equals("additionalProperties") ? append(at, property) : at;
    }
  }

  /**
   * An object whose {@code type}-like property names a kind it does not fit, while another kind
   * accepts it as written: "with type 'apiKey', ...; use type 'httpApiKey'".
   */
  record KindMismatch(List<String> object, String discriminator, String declared, String fitting,
      List<Finding> reasons) implements Finding {

    @Override
    public List<String> at() {
      return append(object, discriminator);
    }
  }

  private final JsonNode metaSchema;

  ViolationCondenser(JsonNode metaSchema) {
    this.metaSchema = metaSchema;
  }

  /** The findings of one validation run, without duplicates, in a stable order. */
  List<Finding> condense(Collection<ValidationMessage> messages) {
    List<SchemaError> errors = messages.stream().map(this::schemaError)
        .sorted(ERROR_ORDER).distinct().toList();
    List<Finding> findings = new ArrayList<>(distinct(condense(errors, 0)));
    findings.sort(Comparator.comparing(ViolationCondenser::focusText).thenComparing(ViolationWording::message));
    return List.copyOf(findings);
  }

  /** Condenses errors whose combinators before evaluation position {@code from} are resolved. */
  private List<Finding> condense(List<SchemaError> errors, int from) {
    List<Finding> findings = new ArrayList<>();
    Map<Site, List<SchemaError>> sites = new LinkedHashMap<>();
    for (SchemaError error : errors) {
      Optional<Site> site = Site.first(error, from);
      if (site.isPresent()) {
        sites.computeIfAbsent(site.get(), s -> new ArrayList<>()).add(error);
      } else if (!isExplainedCombinator(error, errors)) {
        findings.add(error);
      }
    }
    sites.forEach((site, members) -> findings.addAll(choose(site, branches(site, members))));
    return findings;
  }

  /** A failed oneOf/anyOf whose branch errors are reported too says nothing by itself. */
  private static boolean isExplainedCombinator(SchemaError error, List<SchemaError> errors) {
    return COMBINATORS.contains(error.keyword()) && errors.stream()
        .anyMatch(other -> other.evaluation().size() > error.evaluation().size()
            && other.evaluation().subList(0, error.evaluation().size()).equals(error.evaluation()));
  }

  /** The alternatives of a site, a nested combinator at the same node flattened into its own. */
  private List<List<SchemaError>> branches(Site site, List<SchemaError> members) {
    Map<Integer, List<SchemaError>> byIndex = new TreeMap<>();
    for (SchemaError member : members) {
      byIndex.computeIfAbsent(Integer.parseInt(member.evaluation().get(site.position() + 1)),
          i -> new ArrayList<>()).add(member);
    }
    List<List<SchemaError>> alternatives = new ArrayList<>();
    for (List<SchemaError> branch : byIndex.values()) {
      Optional<Site> nested = nestedAtSameNode(site, branch);
      if (nested.isPresent()) {
        List<SchemaError> inner = branch.stream()
            .filter(e -> Site.first(e, site.position() + 2).equals(nested)).toList();
        alternatives.addAll(branches(nested.get(), inner));
      } else {
        alternatives.add(branch);
      }
    }
    return alternatives;
  }

  /** The combinator a whole branch consists of, when it applies to the same node. */
  private static Optional<Site> nestedAtSameNode(Site site, List<SchemaError> branch) {
    Optional<Site> nested = branch.stream().map(e -> Site.first(e, site.position() + 2))
        .flatMap(Optional::stream).findFirst();
    boolean whole = nested.isPresent() && nested.get().at().equals(site.at())
        && branch.stream().allMatch(e -> Site.first(e, site.position() + 2).equals(nested)
            || COMBINATORS.contains(e.keyword()) && e.at().equals(site.at()));
    return whole ? nested : Optional.empty();
  }

  /** The findings of the branch the author evidently meant. */
  private List<Finding> choose(Site site, List<List<SchemaError>> alternatives) {
    List<List<Finding>> found = alternatives.stream()
        .map(branch -> distinct(condense(branch, site.position() + 2))).toList();
    Optional<String> discriminator = discriminator(site, found);
    List<Integer> ranked = IntStream.range(0, found.size()).boxed()
        .sorted(Comparator.comparing((Integer i) -> missesIntent(site, discriminator, found.get(i)))
            .thenComparingLong(i -> found.get(i).stream().filter(f -> f.at().equals(site.at())).count())
            .thenComparingInt(i -> found.get(i).size())
            .thenComparingInt(i -> i))
        .toList();
    List<Finding> best = found.get(ranked.get(0));
    if (discriminator.isEmpty()) {
      return onlyWrongTypes(site, found) ? List.of(unionOfTypes(found)) : best;
    }
    String property = discriminator.get();
    if (missesIntent(site, discriminator, best)) {
      return List.of(unionOfValues(site, property, found));
    }
    String declared = declaredValue(site, property, found);
    List<String> fitting = found.stream().filter(f -> f.size() == 1 && mismatches(site, property, f.get(0)))
        .map(f -> ((SchemaError) f.get(0)).expected())
        .map(expected -> expected.isArray() ? expected.get(0).asText() : expected.asText())
        .toList();
    if (!fitting.isEmpty()) {
      List<Finding> reasons = best.stream().sorted(Comparator.comparing(ViolationCondenser::focusText)).toList();
      return List.of(new KindMismatch(site.at(), property, declared, fitting.get(0), reasons));
    }
    String context = "for " + property + " '" + declared + "'";
    return best.stream()
        .map(f -> f instanceof SchemaError e && e.context().isEmpty() ? e.withContext(context) : f)
        .toList();
  }

  /**
   * The property whose enum/const fails in most branches (at least two): the {@code type} of
   * a security scheme, for example. The branches where it matched are the ones meant.
   */
  private static Optional<String> discriminator(Site site, List<List<Finding>> found) {
    Map<String, Integer> failures = new TreeMap<>();
    for (List<Finding> branch : found) {
      branch.stream().filter(f -> isValueMismatch(site, f)).map(f -> f.at().get(site.at().size()))
          .distinct().forEach(property -> failures.merge(property, 1, Integer::sum));
    }
    return failures.entrySet().stream().filter(e -> e.getValue() >= 2)
        .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
        .map(Map.Entry::getKey);
  }

  /** Did the branch fail on what selects it: its discriminator value, or a {@code $ref} not written? */
  private static boolean missesIntent(Site site, Optional<String> discriminator, List<Finding> branch) {
    return branch.stream().anyMatch(f -> discriminator.isPresent() && mismatches(site, discriminator.get(), f)
        || f instanceof SchemaError e && e.keyword().equals("required") && "$ref".equals(e.property())
            && e.at().equals(site.at()));
  }

  private static boolean mismatches(Site site, String property, Finding finding) {
    return isValueMismatch(site, finding) && finding.at().get(site.at().size()).equals(property);
  }

  private static boolean isValueMismatch(Site site, Finding finding) {
    return finding instanceof SchemaError e && (e.keyword().equals("enum") || e.keyword().equals("const"))
        && e.at().size() == site.at().size() + 1 && e.at().subList(0, site.at().size()).equals(site.at());
  }

  private static String declaredValue(Site site, String property, List<List<Finding>> found) {
    return found.stream().flatMap(List::stream).filter(f -> mismatches(site, property, f))
        .map(f -> ((SchemaError) f).actual().asText()).findFirst().orElse("");
  }

  /** No branch accepts the discriminator's value: one finding listing every value allowed. */
  private static SchemaError unionOfValues(Site site, String property, List<List<Finding>> found) {
    ArrayNode allowed = JsonNodeFactory.instance.arrayNode();
    Set<String> seen = new LinkedHashSet<>();
    SchemaError first = null;
    for (List<Finding> branch : found) {
      for (Finding finding : branch) {
        if (mismatches(site, property, finding)) {
          SchemaError error = (SchemaError) finding;
          first = first == null ? error : first;
          JsonNode values = error.expected().isArray() ? error.expected() : JsonNodeFactory.instance.arrayNode().add(error.expected());
          values.forEach(value -> {
            if (seen.add(value.asText())) {
              allowed.add(value);
            }
          });
        }
      }
    }
    Objects.requireNonNull(first, "a discriminator mismatch");
    return new SchemaError("enum", first.at(), first.evaluation(), null, allowed, first.actual(),
        List.of(), Optional.empty(), first.fallback(), "");
  }

  /** Every branch only wants another kind of value here (a mapping, a sequence, ...). */
  private static boolean onlyWrongTypes(Site site, List<List<Finding>> found) {
    return found.size() > 1 && found.stream().allMatch(branch -> !branch.isEmpty() && branch.stream()
        .allMatch(f -> f instanceof SchemaError e && e.keyword().equals("type") && e.at().equals(site.at())));
  }

  private static SchemaError unionOfTypes(List<List<Finding>> found) {
    ArrayNode types = JsonNodeFactory.instance.arrayNode();
    Set<String> seen = new LinkedHashSet<>();
    found.stream().flatMap(List::stream).map(SchemaError.class::cast)
        .flatMap(e -> e.expected().isArray() ? stream(e.expected()) : java.util.stream.Stream.of(e.expected()))
        .filter(type -> seen.add(type.asText())).forEach(types::add);
    SchemaError first = (SchemaError) found.get(0).get(0);
    return new SchemaError("type", first.at(), first.evaluation(), null, types, first.actual(), List.of(),
        Optional.empty(), first.fallback(), "");
  }

  private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
    List<JsonNode> items = new ArrayList<>();
    array.forEach(items::add);
    return items.stream();
  }

  /** Drops findings that say the same thing at the same place (the meta-schema repeats itself). */
  private static List<Finding> distinct(List<Finding> findings) {
    Map<String, Finding> unique = new LinkedHashMap<>();
    for (Finding finding : findings) {
      unique.putIfAbsent(String.join("\u0000", finding.at()) + "\u0001" + ViolationWording.message(finding), finding);
    }
    return List.copyOf(unique.values());
  }

  private SchemaError schemaError(ValidationMessage message) {
    String keyword = message.getType();
    String pointer = message.getInstanceLocation().toString();
    String fallback = message.getMessage().startsWith(pointer + ": ")
        ? message.getMessage().substring(pointer.length() + 2) : message.getMessage();
    List<String> at = tokens(message.getInstanceLocation());
    List<String> evaluation = tokens(message.getEvaluationPath());
    boolean notAllowed = keyword.equals("additionalProperties");
    return new SchemaError(keyword, at, evaluation, message.getProperty(), message.getSchemaNode(),
        message.getInstanceNode(), notAllowed ? declaredProperties(message) : List.of(),
        notAllowed ? declaringAncestor(message.getProperty(), at, evaluation) : Optional.empty(), fallback, "");
  }

  /**
   * The nearest object above {@code at} whose schema declares {@code property}: the property
   * was written one level too deep (AsyncAPI 3's {@code info.tags} in a 2.6 document).
   */
  private Optional<List<String>> declaringAncestor(String property, List<String> at, List<String> evaluation) {
    JsonNode schema = metaSchema;
    List<String> declaring = null;
    int depth = 0;
    for (int i = 0; i < evaluation.size() - 1 && !schema.isMissingNode(); i++) {
      String token = evaluation.get(i);
      boolean descends = Site.STEPS.contains(token);
      if (descends && depth < at.size() && schema.path("properties").has(property)) {
        declaring = at.subList(0, depth);
      }
      if (token.equals("$ref")) {
        String reference = schema.path("$ref").asText();
        schema = reference.startsWith("#") ? metaSchema.at(reference.substring(1)) : schema.path("$ref");
      } else if (token.equals("properties") || token.equals("patternProperties") || Site.BRANCHING.contains(token)) {
        schema = schema.path(token).path(evaluation.get(++i));
      } else {
        schema = schema.path(token);
      }
      depth += descends ? 1 : 0;
    }
    return Optional.ofNullable(declaring).map(List::copyOf);
  }

  private static String focusText(Finding finding) {
    return String.join("\u0000", finding instanceof SchemaError error ? error.focus() : finding.at());
  }

  /** The properties the schema of an object declares, for "did you mean" suggestions. */
  private List<String> declaredProperties(ValidationMessage message) {
    List<String> path = tokens(message.getSchemaLocation().getFragment());
    StringBuilder pointer = new StringBuilder();
    path.subList(0, Math.max(0, path.size() - 1)).forEach(t -> pointer.append('/').append(SpecNode.escape(t)));
    List<String> names = new ArrayList<>();
    metaSchema.at(pointer.toString()).path("properties").fieldNames().forEachRemaining(names::add);
    return List.copyOf(names);
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

  private static final Comparator<SchemaError> ERROR_ORDER = Comparator
      .comparing((SchemaError e) -> String.join("\u0000", e.at()))
      .thenComparing(e -> String.join("\u0000", e.evaluation()))
      .thenComparing(SchemaError::keyword)
      .thenComparing(e -> Objects.toString(e.property(), ""))
      .thenComparing(e -> Objects.toString(e.expected(), ""));

  /**
   * Where a oneOf/anyOf was applied: its position in an error's evaluation path (the keyword,
   * followed by the branch index) and the instance node it applied to.
   */
  record Site(List<String> evaluation, int position, List<String> at) {
    /** Draft-07 keywords that step from an object or array to one of its members. */
    static final Set<String> STEPS = Set.of("properties", "patternProperties", "additionalProperties",
        "items", "additionalItems", "contains");
    /** Keywords followed by a branch index. */
    static final Set<String> BRANCHING = Set.of("allOf", "anyOf", "oneOf");

    /** The first combinator branch on the error's evaluation path at or after {@code from}. */
    static Optional<Site> first(SchemaError error, int from) {
      List<String> path = error.evaluation();
      for (int i = from; i + 1 < path.size(); i++) {
        if (COMBINATORS.contains(path.get(i)) && isIndex(path.get(i + 1))) {
          int depth = Math.min(instanceDepth(path, i), error.at().size());
          return Optional.of(new Site(path.subList(0, i + 1), i, error.at().subList(0, depth)));
        }
      }
      return Optional.empty();
    }

    /** How many instance steps the Draft-07 keywords on {@code path[0, end)} take. */
    private static int instanceDepth(List<String> path, int end) {
      int depth = 0;
      for (int i = 0; i < end; i++) {
        switch (path.get(i)) {
          case "properties", "patternProperties" -> {
            depth++;
            i++;
          }
          case "additionalProperties", "additionalItems", "contains" -> depth++;
          case "items" -> {
            depth++;
            i += i + 1 < end && isIndex(path.get(i + 1)) ? 1 : 0;
          }
          case "allOf", "anyOf", "oneOf", "dependencies" -> i++;
          default -> { }
        }
      }
      return depth;
    }

    private static boolean isIndex(String token) {
      return !token.isEmpty() && token.chars().allMatch(Character::isDigit);
    }
  }
}
