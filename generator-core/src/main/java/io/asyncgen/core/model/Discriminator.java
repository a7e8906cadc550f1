package io.asyncgen.core.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The property whose value tells the members of a union apart, and each member's value.
 *
 * @param property the wire name of the property ({@code type})
 * @param values member name (type name, or message key for message unions) to wire value
 * @param declared true when the document names it ({@code discriminator: type}); false when
 *     detected because every member fixes the property with a single-value {@code enum} or {@code const}
 */
public record Discriminator(String property, Map<String, String> values, boolean declared) {

    public Discriminator {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
}
