package io.asyncgen.it.stub;

import java.io.File;
import java.lang.reflect.InvocationTargetException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Stands in for generated-client-it's stub server in the Jackson 3 tests. The real one is Jackson 2
 * code (the generated GA server in the packages of the Jackson 3 client under test, asyncgen-runtime,
 * Jetty), so it runs in a class loader of its own below the platform's: generated-client-it's classes
 * and dependencies, which that module's build writes down ({@code asyncgen.stubClasspath}). Only JDK
 * types cross between the two.
 */
public final class StubServer implements AutoCloseable {
    private static ClassLoader loader;

    private final Object server;

    private StubServer(Object server) {
        this.server = server;
    }

    /** Starts the real stub on 127.0.0.1 and a free port, as {@code StubServer.start(recordings)} does. */
    public static StubServer start(Path recordings) throws Exception {
        ClassLoader stub = loader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(stub);
        try {
            Class<?> type = Class.forName(StubServer.class.getName(), true, stub);
            return new StubServer(type.getMethod("start", Path.class).invoke(null, recordings));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    /** The stub's {@code ws://127.0.0.1:PORT}. */
    public String url() {
        return (String) call(server, "url");
    }

    /** The server's side of the connection whose handshake had {@code conn=<id>}. */
    public JettySocket connection(String id, Duration timeout) {
        return new JettySocket(call(server, "connection", id, timeout));
    }

    @Override
    public void close() {
        call(server, "close");
    }

    /** Calls the public method {@code name} of an object of the stub's class loader. */
    static Object call(Object target, String name, Object... args) {
        Class<?>[] types = new Class<?>[args.length];
        for (int i = 0; i < args.length; i++) {
            types[i] = args[i].getClass() == String.class ? String.class : Duration.class;
        }
        try {
            return target.getClass().getMethod(name, types).invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw new IllegalStateException("the stub's " + name + " failed", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the stub has no public " + name + " taking " + List.of(types), e);
        }
    }

    private static synchronized ClassLoader loader() throws Exception {
        if (loader == null) {
            List<URL> urls = new ArrayList<>();
            for (String entry : classpath()) {
                urls.add(toUrl(entry));
            }
            loader = new URLClassLoader("stub-server", urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
        }
        return loader;
    }

    /** generated-client-it's classes, then its runtime dependencies as its build listed them. */
    private static List<String> classpath() throws Exception {
        Path classes = Path.of(property("asyncgen.stubClasses"));
        Path listed = Path.of(property("asyncgen.stubClasspath"));
        if (!Files.isRegularFile(classes.resolve("io/asyncgen/it/stub/StubServer.class"))
                || !Files.isRegularFile(listed)) {
            throw new IllegalStateException("no stub server in " + classes + " and " + listed
                    + ": build generated-client-it first (mvn -pl generated-client-it -am package -DskipTests)");
        }
        List<String> entries = new ArrayList<>(List.of(classes.toString()));
        entries.addAll(List.of(Files.readString(listed).strip().split(File.pathSeparator)));
        return entries;
    }

    private static URL toUrl(String entry) {
        try {
            return Path.of(entry).toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set (the build's surefire sets it)");
        }
        return value;
    }
}
