package io.asyncgen.cli;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.codegen.GeneratedFile;
import io.asyncgen.core.codegen.GeneratedRole;
import io.asyncgen.core.codegen.GenerationOptions;
import io.asyncgen.core.codegen.JavaGenerator;
import io.asyncgen.core.codegen.JsonTarget;
import io.asyncgen.core.codegen.SourceWriter;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.diagnostic.WarningDigest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javax.lang.model.SourceVersion;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code asyncgen generate SPEC [--package P] --output DIR [--role client|server|both] [--use-jackson3]}: writes the
 * Java for one document, touching only files whose content changed. The package defaults to the
 * document's top-level {@code x-java-package}. The document may also be given as {@code --spec SPEC},
 * as in earlier versions.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        customSynopsis = "asyncgen generate [OPTIONS] SPEC --output DIR",
        description = "Generates Java 17 from an AsyncAPI document: records, unions, codecs, handlers, dispatchers and"
                + " the client/server skeleton.%nWrites only files whose content changed; prints one summary line."
                + " Exit 0 when written, 1 on errors in the document, 2 on usage errors.")
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    ReadOptionsMixin readOptions;

    @Parameters(paramLabel = "SPEC", arity = "0..1", description = "The AsyncAPI document (YAML or JSON).")
    Path positional;

    @Option(names = "--spec", paramLabel = "SPEC", description = "The document, as an option (same as SPEC).")
    Path option;

    @Option(
            names = "--package",
            paramLabel = "PACKAGE",
            description =
                    "The Java package of every generated file (default: the document's top-level x-java-package).")
    String packageName;

    @Option(
            names = "--output",
            required = true,
            paramLabel = "DIR",
            description = "The source folder to write to (package folders are created below it).")
    Path output;

    @Option(
            names = "--type-mapping",
            paramLabel = "KEY=CLASS",
            description = "A format or schema name mapped to an existing class, e.g. date-time=java.time.OffsetDateTime"
                    + " (repeatable).")
    Map<String, String> typeMappings = new LinkedHashMap<>();

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            defaultValue = "client",
            converter = RoleConverter.class,
            description = "Which skeleton to generate: client, server or both (default: ${DEFAULT-VALUE}).")
    GeneratedRole role;

    @Option(
            names = "--use-jackson3",
            description =
                    "Generate code for Jackson 3 (tools.jackson.databind, as Spring Boot 4 uses) instead of Jackson 2;"
                            + " it needs io.asyncgen:asyncgen-runtime-jackson3 instead of asyncgen-runtime.")
    boolean useJackson3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    AsyncgenCommand asyncgen;

    @Override
    public Integer call() {
        Path file = document();
        if (packageName != null && !SourceVersion.isName(packageName)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "--package: '" + packageName + "' is not a Java package name");
        }
        long start = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        Path here = asyncgen.workingDirectory();
        AsyncApiReader.Result result;
        try {
            result = new AsyncApiReader(readOptions.toReadOptions(here)).read(here.resolve(file));
        } catch (SpecException e) {
            e.diagnostics().forEach(d -> err.println(d.toString(here)));
            err.flush();
            return 1;
        }
        WarningDigest.of(result.warnings()).forEach(d -> err.println(d.toString(here)));
        err.flush();
        String name = file.getFileName().toString();
        String pkg =
                packageName != null ? packageName : result.api().javaPackage().orElse(null);
        if (pkg == null) {
            err.println(name + ": no Java package: give --package, or set x-java-package at the top of the document");
            err.flush();
            return 2;
        }
        List<GeneratedFile> files = new JavaGenerator(new GenerationOptions(
                        pkg, role, typeMappings, name, useJackson3 ? JsonTarget.JACKSON_3 : JsonTarget.JACKSON_2))
                .generate(result.api());
        SourceWriter.Result written;
        try {
            written = SourceWriter.write(here.resolve(output), files, List.of());
        } catch (IOException e) {
            err.println("cannot write to " + output + ": " + e);
            err.flush();
            return 1;
        }
        long messages = result.api().connections().stream()
                .flatMap(c -> c.operations().stream())
                .flatMap(o -> o.messages().stream())
                .distinct()
                .count();
        PrintWriter out = spec.commandLine().getOut();
        out.println(name + ": " + messages + " messages, "
                + result.api().types().size() + " types, " + files.size() + " files (" + written.written()
                + " written) in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        out.flush();
        return 0;
    }

    /** The document, given as SPEC or as {@code --spec SPEC} (not both, unless they agree). */
    private Path document() {
        if (positional == null && option == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(), "name the document: asyncgen generate SPEC --output DIR");
        }
        if (positional != null && option != null && !positional.equals(option)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "two documents given (" + positional + " and --spec " + option + "); generate takes one");
        }
        return positional != null ? positional : option;
    }

    /** {@code client}, {@code server} or {@code both}, in any case. */
    static final class RoleConverter implements CommandLine.ITypeConverter<GeneratedRole> {
        @Override
        public GeneratedRole convert(String value) {
            try {
                return GeneratedRole.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected client, server or both, not '" + value + "'");
            }
        }
    }
}
