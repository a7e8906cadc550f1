package io.asyncgen.interop;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.asyncgen.it.azure.ClientEvent;
import io.asyncgen.it.azure.ClientEventCodec;
import io.asyncgen.runtime.DecodeException;
import io.asyncgen.runtime.internal.JsonText;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the generated GA code makes of a client event an SDK sent: decoded to typed records all
 * the way down (no {@code Unknown} union member, no member the document does not declare, no
 * value that did not fit its declared type, no value outside an enum), and encoded back to the
 * same JSON. An explicit {@code null} for a declared member is typed: it is how the generated code
 * keeps "clear this" apart from "absent". Numbers compare as written: a decoded event re-encodes
 * {@code "speed": 1} as {@code 1}, not {@code 1.0}.
 */
final class ClientEventAudit {
    private ClientEventAudit() {}

    /** Every problem with one received message, each naming the JSON pointer; empty when it is fully typed and lossless. */
    static List<String> problems(String message) {
        List<String> problems = new ArrayList<>();
        ClientEvent event;
        try {
            event = ClientEventCodec.decode(message);
        } catch (DecodeException e) {
            return List.of("does not decode: " + e.getMessage());
        }
        untyped(event, "", problems);
        try {
            String again = ClientEventCodec.encode(event);
            if (!JsonText.parse(message).equals(JsonText.parse(again))) {
                problems.add("re-encodes differently: " + again);
            }
        } catch (DecodeException | RuntimeException e) {
            problems.add("does not re-encode: " + e);
        }
        return problems;
    }

    private static void untyped(Object value, String pointer, List<String> problems) {
        if (value == null || value instanceof JsonNode) {
            // JsonNode: a member the document leaves untyped on purpose (a tool's parameter schema)
            return;
        }
        Class<?> type = value.getClass();
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                untyped(list.get(i), pointer + "/" + i, problems);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, member) -> untyped(member, pointer + "/" + key, problems));
        } else if (type.isRecord()) {
            if (type.getSimpleName().equals("Unknown")
                    && type.getEnclosingClass() != null
                    && type.getEnclosingClass().isSealed()) {
                problems.add(where(pointer) + ": no member of "
                        + type.getEnclosingClass().getSimpleName() + " matches " + ((Record) value));
                return;
            }
            if (Boolean.FALSE.equals(isKnown(value))) {
                problems.add(where(pointer) + ": " + value + " is not a value of " + type.getSimpleName());
            }
            Set<String> declared = new HashSet<>();
            for (RecordComponent component : type.getRecordComponents()) {
                declared.add(wireName(component));
            }
            for (RecordComponent component : type.getRecordComponents()) {
                Object member = read(component, value);
                if (component.getName().equals("additionalProperties")) {
                    ((Map<?, ?>) member).forEach((name, extra) -> {
                        if (!declared.contains(name)) {
                            problems.add(where(pointer) + ": " + type.getSimpleName() + " does not declare " + name
                                    + " (" + extra + ")");
                        } else if (!((JsonNode) extra).isNull()) {
                            problems.add(pointer + "/" + name + ": " + extra + " does not fit the type "
                                    + type.getSimpleName() + " declares");
                        }
                    });
                } else {
                    untyped(member, pointer + "/" + wireName(component), problems);
                }
            }
        }
    }

    private static String where(String pointer) {
        return pointer.isEmpty() ? "/" : pointer;
    }

    /** An open enum's verdict on its value; null for anything that is not an open enum. */
    private static Boolean isKnown(Object value) {
        try {
            Method known = value.getClass().getMethod("isKnown");
            return known.getReturnType() == boolean.class ? (Boolean) known.invoke(value) : null;
        } catch (NoSuchMethodException notAnEnum) {
            return null;
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot ask " + value.getClass() + " whether its value is known", e);
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }

    private static String wireName(RecordComponent component) {
        JsonProperty property = component.getAccessor().getAnnotation(JsonProperty.class);
        return property == null || property.value().isEmpty() ? component.getName() : property.value();
    }
}
