package io.asyncgen.core.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out unique names in one scope: the first to ask for a name gets it, later ones get
 * {@code Name2}, {@code Name3}, ... Deterministic as long as names are asked for in a
 * deterministic order. Type names are compared ignoring case, because they become file names and
 * some file systems ignore case.
 */
public final class NameScope {
    private final Set<String> taken = new HashSet<>();
    private final boolean ignoreCase;

    private NameScope(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    /** A scope for type names (unique ignoring case). */
    public static NameScope forTypes() {
        return new NameScope(true);
    }

    /** A scope for the members of one type (unique exactly). */
    public static NameScope forMembers() {
        return new NameScope(false);
    }

    /** Whether {@code name} is still free. */
    public boolean isFree(String name) {
        return !taken.contains(key(name));
    }

    /** Takes {@code name} if free, else the first free {@code name + n} for n = 2, 3, ... */
    public String allocate(String name) {
        String candidate = name;
        for (int n = 2; !taken.add(key(candidate)); n++) {
            candidate = name + n;
        }
        return candidate;
    }

    /** Marks {@code name} as taken without allocating it (names the generated code itself uses). */
    public void reserve(String name) {
        taken.add(key(name));
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
