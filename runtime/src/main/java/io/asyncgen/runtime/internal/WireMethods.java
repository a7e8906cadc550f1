package io.asyncgen.runtime.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

/**
 * How {@link WireSerializer} and {@link WireDeserializer} reach a generated type's own code: its
 * {@code toJson()}, and the {@code static fromJson(JsonNode)} of the type, else of the type it is
 * nested in or an interface it implements (the union of a value record, {@code Unknown} or a
 * binary message). Looked up once per class.
 */
final class WireMethods {
    private static final MethodHandles.Lookup LOOKUP = MethodHandles.publicLookup();

    private static final ClassValue<MethodHandle> TO_JSON = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                return LOOKUP.unreflect(type.getMethod("toJson"))
                        .asType(MethodType.methodType(JsonNode.class, Object.class));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                throw new IllegalArgumentException(
                        type.getName() + " has no public toJson(): not a type asyncgen generated", e);
            }
        }
    };

    private static final ClassValue<MethodHandle> FROM_JSON = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            MethodHandle own = fromJsonOf(type);
            if (own != null) {
                return own;
            }
            if (type.getEnclosingClass() != null && fromJsonOf(type.getEnclosingClass()) != null) {
                return fromJsonOf(type.getEnclosingClass());
            }
            for (Class<?> implemented : type.getInterfaces()) {
                if (fromJsonOf(implemented) != null) {
                    return fromJsonOf(implemented);
                }
            }
            throw new IllegalArgumentException(
                    type.getName() + " has no static fromJson(JsonNode): not a type asyncgen" + " generated");
        }
    };

    private WireMethods() {}

    /** The JSON the generated type writes for {@code value}. */
    static JsonNode toJson(Object value) {
        try {
            return (JsonNode) TO_JSON.get(value.getClass()).invokeExact(value);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What the generated code decodes {@code json} to, as a {@code type}.
     *
     * @throws IllegalArgumentException when the JSON decodes to something else (a value record of
     *     another member) or the type refuses it (a record given something that is not an object)
     */
    static Object fromJson(Class<?> type, JsonNode json) {
        Object value;
        try {
            value = (Object) FROM_JSON.get(type).invokeExact(json);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
        if (value != null && !type.isInstance(value)) {
            throw new IllegalArgumentException(type.getSimpleName() + ": the JSON decodes to "
                    + value.getClass().getSimpleName() + " instead");
        }
        return value;
    }

    private static MethodHandle fromJsonOf(Class<?> type) {
        try {
            Method method = type.getMethod("fromJson", JsonNode.class);
            if (!Modifier.isStatic(method.getModifiers()) || method.getDeclaringClass() != type) {
                return null;
            }
            return LOOKUP.unreflect(method).asType(MethodType.methodType(Object.class, JsonNode.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
