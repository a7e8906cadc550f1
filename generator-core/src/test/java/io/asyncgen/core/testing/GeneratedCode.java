package io.asyncgen.core.testing;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import io.asyncgen.core.codegen.GeneratedFile;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/** Compiles generated files with {@code -Xlint:all -Werror}, failing with every compiler message. */
public final class GeneratedCode {
  private GeneratedCode() {}

  public static Compilation compile(List<GeneratedFile> files) {
    List<JavaFileObject> sources = files.stream()
        .map(f -> JavaFileObjects.forSourceString(f.relativePath().replace(".java", "").replace('/', '.'), f.content()))
        .toList();
    Compilation compilation = javac().withOptions("-Xlint:all", "-Werror", "--release", "17").compile(sources);
    if (compilation.status() != Compilation.Status.SUCCESS || !compilation.diagnostics().isEmpty()) {
      String messages = compilation.diagnostics().stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE || true)
          .map(d -> d.getKind() + " " + (d.getSource() == null ? "" : d.getSource().getName()) + ":" + d.getLineNumber()
              + ": " + d.getMessage(null))
          .limit(40).collect(Collectors.joining("\n"));
      throw new AssertionError("generated code does not compile cleanly:\n" + messages);
    }
    return compilation;
  }
}
