package io.asyncgen.core.testing;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.model.ListType;
import io.asyncgen.core.model.MapType;
import io.asyncgen.core.model.Property;
import io.asyncgen.core.model.RecordType;
import io.asyncgen.core.model.ScalarType;
import io.asyncgen.core.model.TypeDef;
import io.asyncgen.core.model.TypeRef;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Walks a value decoded by generated code and names, by wire path, everything the schema did not
 * cover and the code therefore kept aside: undeclared members, declared members whose value did not
 * fit ({@code null} where the schema does not allow it, a wrong type), union values no member
 * matched, unknown enum values. Declared members are looked up in the model, by the generated
 * record's simple name (the model's type name). List
 * indexes print as {@code []}, map keys as <code>{}</code>, so paths summarise many events.
 */
public final class KeptMembers {
    private KeptMembers() {}

    /** Everything kept aside in {@code decoded}, paths starting with {@code root}. */
    public static Set<String> of(AsyncApi api, Object decoded, String root) {
        Set<String> out = new TreeSet<>();
        collect(api, decoded, root, out);
        return out;
    }

    public static void collect(AsyncApi api, Object value, String path, Set<String> out) {
        if (value instanceof List<?> list) {
            list.forEach(item -> collect(api, item, path + "[]", out));
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(api, item, path + "{}", out));
            return;
        }
        if (value == null || !value.getClass().isRecord()) {
            return;
        }
        Class<?> type = value.getClass();
        if (type.getSimpleName().equals("Unknown") && type.getEnclosingClass() != null) {
            JsonNode json = (JsonNode) LoadedCode.invoke(value, "toJson");
            out.add(path + ": no " + type.getEnclosingClass().getSimpleName() + " member matches "
                    + (json.has("type") ? "type " + json.get("type") : describe(json)));
            return;
        }
        if (hasMethod(type, "known")) {
            if (((Optional<?>) LoadedCode.invoke(value, "known")).isEmpty()) {
                out.add(path + ": unknown enum value " + LoadedCode.invoke(value, "toJson"));
            }
            return;
        }
        boolean open = Arrays.stream(type.getRecordComponents())
                .anyMatch(c -> c.getName().equals("additionalProperties"));
        if (!open) { // a value record of a union of shapes (MaxOutputTokens.IntegerValue)
            for (RecordComponent component : type.getRecordComponents()) {
                collect(api, LoadedCode.invoke(value, component.getName()), path, out);
            }
            return;
        }
        if (!(api.type(type.getSimpleName()) instanceof RecordType record)) {
            throw new AssertionError("no record " + type.getSimpleName() + " in the model");
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Object member = LoadedCode.invoke(value, component.getName());
            if (component.getName().equals("additionalProperties")) {
                ((Map<?, ?>) member).forEach((name, json) -> {
                    Optional<Property> property = record.property((String) name);
                    JsonNode kept = (JsonNode) json;
                    if (property.isEmpty()) {
                        out.add(path + "." + name + ": undeclared");
                    } else if (!(kept.isNull() && property.get().nullable())) {
                        out.add(path + "." + name + ": declared "
                                + typeName(property.get().type()) + (kept.isNull() ? " (not nullable)" : "") + ", but "
                                + describe(kept) + " does not fit");
                    }
                });
            } else {
                collect(api, member, path + "." + wireName(component), out);
            }
        }
    }

    private static String typeName(TypeDef type) {
        if (type instanceof TypeRef ref) {
            return ref.name();
        }
        if (type instanceof ScalarType scalar) {
            return scalar.kind().name().toLowerCase(Locale.ROOT);
        }
        return type instanceof ListType ? "array" : type instanceof MapType ? "object" : "any";
    }

    private static String wireName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property == null ? component.getName() : property.value();
    }

    private static boolean hasMethod(Class<?> type, String name) {
        for (Method method : type.getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == 0) {
                return true;
            }
        }
        return false;
    }

    private static String describe(JsonNode json) {
        String text = json.toString();
        return json.getNodeType().name().toLowerCase(Locale.ROOT)
                + (json.isContainerNode() || json.isNull()
                        ? ""
                        : " " + (text.length() > 40 ? text.substring(0, 40) + "..." : text));
    }
}
