package io.asyncgen.core.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import io.asyncgen.core.codegen.GeneratedFile;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;

/**
 * Compiles generated files with {@code -Xlint:all -Werror} and javadoc's HTML and syntax checks
 * ({@code -Xdoclint:html,syntax}: the Javadoc rendered from Markdown is well formed), failing with
 * every compiler message.
 */
public final class GeneratedCode {
    private GeneratedCode() {}

    /** Compiles on the test's class path (Jackson 2 and asyncgen-runtime). */
    public static Compilation compile(List<GeneratedFile> files) {
        return compile(files, null);
    }

    /** Compiles on {@code classpath} alone ({@link Jackson3#classpath()}), or on the test's when it is null. */
    public static Compilation compile(List<GeneratedFile> files, List<File> classpath) {
        List<JavaFileObject> sources = files.stream()
                .map(f -> JavaFileObjects.forSourceString(
                        f.relativePath().replace(".java", "").replace('/', '.'), f.content()))
                .toList();
        Compiler compiler =
                javac().withOptions("-Xlint:all", "-Xdoclint:html,syntax/protected", "-Werror", "--release", "17");
        Compilation compilation = (classpath == null ? compiler : compiler.withClasspath(classpath)).compile(sources);
        // any message fails, a note too: generated code compiles without a word from javac
        if (compilation.status() != Compilation.Status.SUCCESS
                || !compilation.diagnostics().isEmpty()) {
            String messages = compilation.diagnostics().stream()
                    .map(d -> d.getKind() + " "
                            + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber() + ": "
                            + d.getMessage(null))
                    .collect(Collectors.joining("\n"));
            throw new AssertionError("generated code does not compile cleanly ("
                    + compilation.diagnostics().size() + " compiler messages):\n" + messages);
        }
        return compilation;
    }

    /**
     * Loads the classes of a successful compilation. The parent is the test's class loader, so the
     * generated code shares Jackson (and everything else on the test class path) with the caller.
     */
    public static ClassLoader load(Compilation compilation) {
        return load(compilation, GeneratedCode.class.getClassLoader());
    }

    /** Loads the classes of a successful compilation below {@code parent} ({@link Jackson3#loader()}). */
    public static ClassLoader load(Compilation compilation, ClassLoader parent) {
        Map<String, byte[]> classes = new HashMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            if (file.getKind() != JavaFileObject.Kind.CLASS) {
                continue;
            }
            String path = file.toUri().getPath(); // /CLASS_OUTPUT/com/example/Foo$Bar.class
            String name = path.substring(path.indexOf('/', 1) + 1, path.length() - ".class".length())
                    .replace('/', '.');
            try (InputStream in = file.openInputStream()) {
                classes.put(name, in.readAllBytes());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new ClassLoader(parent) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                byte[] bytes = classes.get(name);
                if (bytes == null) {
                    throw new ClassNotFoundException(name);
                }
                return defineClass(name, bytes, 0, bytes.length);
            }
        };
    }
}
