package io.asyncgen.cli;

import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.Diagnostic;
import io.asyncgen.core.diagnostic.SpecException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code asyncgen validate [--strict] SPEC...}: prints every diagnostic; exit 1 when any is an error. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description =
                "Checks documents against the AsyncAPI 2.6.0 meta-schema and links them.%n"
                        + "Prints file:line:column: severity: message per problem; exit 0 when clean or only warnings, 1 on errors.")
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    ReadOptionsMixin readOptions;

    @Parameters(paramLabel = "SPEC", arity = "1..*", description = "AsyncAPI documents (YAML or JSON).")
    List<Path> specs;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    AsyncgenCommand asyncgen;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        boolean failed = false;
        for (Path file : specs) {
            List<Diagnostic> diagnostics;
            boolean errors;
            try {
                Path here = asyncgen.workingDirectory();
                diagnostics = new AsyncApiReader(readOptions.toReadOptions(here))
                        .read(here.resolve(file))
                        .warnings();
                errors = false;
            } catch (SpecException e) {
                diagnostics = e.diagnostics();
                errors = true;
            }
            diagnostics.forEach(d -> out.println(d.toString(asyncgen.workingDirectory())));
            long errorCount = diagnostics.stream().filter(Diagnostic::isError).count();
            out.println(file + ": " + plural(errorCount, "error") + ", "
                    + plural(diagnostics.size() - errorCount, "warning"));
            failed |= errors;
        }
        out.flush();
        return failed ? 1 : 0;
    }

    private static String plural(long count, String word) {
        return count + " " + word + (count == 1 ? "" : "s");
    }
}
