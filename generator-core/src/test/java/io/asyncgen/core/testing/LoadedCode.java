package io.asyncgen.core.testing;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.codegen.GeneratedFile;
import io.asyncgen.core.codegen.GeneratedRole;
import io.asyncgen.core.codegen.GenerationOptions;
import io.asyncgen.core.codegen.JavaGenerator;
import io.asyncgen.core.codegen.JsonTarget;
import io.asyncgen.core.model.AsyncApi;
import io.asyncgen.core.read.ReadOptions;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Code generated from a document, compiled in memory ({@code -Xlint:all -Werror}) and loaded, so a
 * test can run it. Extra sources (a small driver written against the generated API) are compiled
 * in the same compilation and package. Static methods are called by reflection; whatever they
 * throw is rethrown as it is (a generated {@code DecodeException} included).
 */
public final class LoadedCode {
    public static final String PACKAGE = "com.example.gen";

    private static final Map<String, LoadedCode> CACHE = new ConcurrentHashMap<>();

    private final AsyncApi api;
    private final ClassLoader loader;

    private LoadedCode(AsyncApi api, ClassLoader loader) {
        this.api = api;
        this.loader = loader;
    }

    /**
     * Reads {@code document}, generates role {@code BOTH} into {@link #PACKAGE}, adds {@code extraSources}
     * (simple class name to source text, package {@link #PACKAGE}), compiles and loads; cached per arguments.
     */
    public static LoadedCode generate(Path document, Map<String, String> extraSources) {
        return generate(document, ReadOptions.defaults(), extraSources);
    }

    /** As {@link #generate(Path, Map)}, reading the document with {@code options}. */
    public static LoadedCode generate(Path document, ReadOptions options, Map<String, String> extraSources) {
        return generate(document, options, extraSources, JsonTarget.JACKSON_2);
    }

    /**
     * As {@link #generate(Path)}, for {@code target}: Jackson 3 code is compiled on {@link Jackson3#classpath()}
     * alone and loaded below {@link Jackson3#loader()}, so only JDK types cross between it and the test.
     */
    public static LoadedCode generate(Path document, JsonTarget target) {
        return generate(document, ReadOptions.defaults(), Map.of(), target);
    }

    private static LoadedCode generate(
            Path document, ReadOptions options, Map<String, String> extraSources, JsonTarget target) {
        String key = document.toAbsolutePath().normalize() + "|" + options + "|" + extraSources + "|" + target;
        return CACHE.computeIfAbsent(key, k -> {
            try {
                AsyncApi api = new AsyncApiReader(options).read(document).api();
                List<GeneratedFile> files = new ArrayList<>(new JavaGenerator(GenerationOptions.of(
                                        PACKAGE,
                                        GeneratedRole.BOTH,
                                        document.getFileName().toString())
                                .withJson(target))
                        .generate(api));
                extraSources.forEach((name, source) ->
                        files.add(new GeneratedFile(PACKAGE.replace('.', '/') + "/" + name + ".java", source)));
                ClassLoader loader = target == JsonTarget.JACKSON_3
                        ? GeneratedCode.load(GeneratedCode.compile(files, Jackson3.classpath()), Jackson3.loader())
                        : GeneratedCode.load(GeneratedCode.compile(files));
                return new LoadedCode(api, loader);
            } catch (Exception e) {
                throw new AssertionError("could not generate code from " + document + ": " + e, e);
            }
        });
    }

    public static LoadedCode generate(Path document) {
        return generate(document, Map.of());
    }

    /** The linked model the code was generated from. */
    public AsyncApi api() {
        return api;
    }

    /** A generated class by simple name ({@code ServerEvent}, {@code ServerEvent$Unknown}). */
    public Class<?> type(String simpleName) {
        try {
            return Class.forName(PACKAGE + "." + simpleName, true, loader);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("no generated class " + simpleName, e);
        }
    }

    /** Calls the public static method {@code method} of {@code simpleClassName} taking {@code args.length} arguments. */
    public Object call(String simpleClassName, String method, Object... args) {
        Class<?> type = type(simpleClassName);
        Method target = null;
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(method)
                    && Modifier.isStatic(candidate.getModifiers())
                    && candidate.getParameterCount() == args.length
                    && accepts(candidate, args)) {
                target = candidate;
            }
        }
        if (target == null) {
            throw new AssertionError(
                    "no static " + simpleClassName + "." + method + " with " + args.length + " parameters");
        }
        try {
            return target.invoke(null, args);
        } catch (InvocationTargetException e) {
            throw LoadedCode.<RuntimeException>rethrow(e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    /** Whether {@code method} takes these arguments (overloads such as {@code decode(String)} and {@code decode(ByteBuffer)}). */
    private static boolean accepts(Method method, Object[] args) {
        Class<?>[] types = method.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            if (args[i] != null && !types[i].isPrimitive() && !types[i].isInstance(args[i])) {
                return false;
            }
        }
        return true;
    }

    /** Calls a public no-argument instance method of a value made by the generated code ({@code toJson}, {@code validate}). */
    public static Object invoke(Object target, String method) {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (InvocationTargetException e) {
            throw LoadedCode.<RuntimeException>rethrow(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T rethrow(Throwable t) throws T {
        throw (T) t;
    }
}
