package io.asyncgen.core.link;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.SourceLocation;
import io.asyncgen.core.naming.JavaNames;
import io.asyncgen.core.naming.NameScope;
import io.asyncgen.core.read.MapNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses the name of every named type: {@code x-java-name}, else the {@code components/schemas}
 * key, else the schema's {@code title}, else the name its place suggests ({@code <Parent><Property>}).
 * A name already taken gets a number, with a warning that says how to choose another.
 */
final class TypeNames {
  /** A component schema, or a schema at the top of a fragment file ({@code schemas.yaml#/commentId}). */
  private static final Pattern COMPONENT = Pattern.compile("^(?:/components/schemas)?/([^/]+)$");

  private final NameScope scope = NameScope.forTypes();
  private final Map<String, SourceLocation> owners = new HashMap<>();
  private final Diagnostics diagnostics;

  /**
   * Names generated code uses without qualification: java.lang types used by generated code and
   * the support templates (a schema called String would shadow java.lang.String in the whole
   * package), the support types of every package, and
   * the nested types of generated records, enums and unions (a type may not share its nested
   * type's name, and inside it the nested one would hide the top-level one).
   */
  private static final java.util.List<String> RESERVED = java.util.List.of("String", "Long", "Double", "Boolean",
      "Object", "Override", "Deprecated", "Exception", "RuntimeException", "IllegalArgumentException",
      "IllegalStateException", "System", "SuppressWarnings", "CharSequence", "StringBuilder", "Throwable",
      "Void", "JsonSupport", "DecodeException", "Builder", "Known", "Unknown");

  TypeNames(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    RESERVED.forEach(scope::reserve);
  }

  /** Names the type of {@code schema}; {@code suggested} is used when the schema says nothing. */
  String allocate(MapNode schema, String suggested) {
    String wanted = preferred(schema).orElse(suggested);
    String name = scope.allocate(wanted);
    SourceLocation here = schema.location();
    if (!name.equals(wanted)) {
      SourceLocation owner = owners.get(wanted.toLowerCase(Locale.ROOT));
      String holder = owner == null ? "generated code (java.lang or asyncgen's support types)"
          : "the schema at " + owner.seenFrom(here);
      diagnostics.warning(here, "type name '" + wanted + "' is already used by " + holder
          + "; this one is named '" + name + "' (set x-java-name to choose a name)");
    }
    owners.put(name.toLowerCase(Locale.ROOT), here);
    return name;
  }

  static Optional<String> preferred(MapNode schema) {
    Optional<String> javaName = schema.text("x-java-name");
    if (javaName.isPresent()) {
      return javaName.map(JavaNames::chosenTypeName);
    }
    Matcher component = COMPONENT.matcher(schema.pointer());
    if (component.matches()) {
      return Optional.of(JavaNames.typeName(io.asyncgen.core.read.SpecNode.unescape(component.group(1))));
    }
    return schema.text("title").map(JavaNames::typeName);
  }
}
