package io.asyncgen.core.naming;

import io.asyncgen.core.diagnostic.Diagnostics;
import io.asyncgen.core.diagnostic.SourceLocation;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Chooses the name of every type the linker makes from a schema: the name the schema asks for
 * ({@link SchemaNameHints}), else the name its place suggests ({@code <Parent><Property>}). A name
 * already taken, by another schema or by generated code ({@link ReservedTypeNames}), gets a number,
 * with a warning that says how to choose another.
 */
public final class TypeNameAllocator {
    private final NameScope scope = NameScope.forTypes();
    private final Map<String, SourceLocation> owners = new HashMap<>();
    private final Diagnostics diagnostics;

    public TypeNameAllocator(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        ReservedTypeNames.forSchemaTypes().forEach(scope::reserve);
    }

    /** Names the type of the schema at {@code here}; {@code suggested} is used when the schema says nothing. */
    public String allocate(SchemaNameHints hints, String suggested, SourceLocation here) {
        String wanted = hints.preferred().orElse(suggested);
        String name = scope.allocate(wanted);
        if (!name.equals(wanted)) {
            SourceLocation owner = owners.get(wanted.toLowerCase(Locale.ROOT));
            String holder = owner == null
                    ? "generated code (java.lang or asyncgen's support types)"
                    : "the schema at " + owner.seenFrom(here);
            diagnostics.warning(
                    here,
                    "type name '" + wanted + "' is already used by " + holder + "; this one is named '" + name
                            + "' (set x-java-name to choose a name)");
        }
        owners.put(name.toLowerCase(Locale.ROOT), here);
        return name;
    }
}
