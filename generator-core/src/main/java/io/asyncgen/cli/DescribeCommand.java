package io.asyncgen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.codegen.GeneratedRole;
import io.asyncgen.core.codegen.GeneratedTypes;
import io.asyncgen.core.diagnostic.SpecException;
import io.asyncgen.core.diagnostic.WarningDigest;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code asyncgen describe [--format text|json] [--role R] SPEC}: per connection the endpoint's
 * settings and the generated classes, per message its wire name, direction and class, and the
 * discriminators found; readable text by default, JSON for tools.
 */
@Command(
        name = "describe",
        mixinStandardHelpOptions = true,
        description =
                "Describes what generate would make of a document: per connection the generated classes and what"
                        + " opening it takes (servers, variables, query parameters, headers, security); per direction every message"
                        + " with the value that names it on the wire and the class it decodes to; the discriminators found."
                        + "%nDiagnostics go to standard error. Exit 0 when described, 1 on errors in the document, 2 on usage errors.")
final class DescribeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** How the description is printed. */
    enum Format {
        TEXT,
        JSON
    }

    /** {@code text} or {@code json}, in any case. */
    static final class FormatConverter implements CommandLine.ITypeConverter<Format> {
        @Override
        public Format convert(String value) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "text" -> Format.TEXT;
                case "json" -> Format.JSON;
                default -> throw new CommandLine.TypeConversionException("expected text or json, not '" + value + "'");
            };
        }
    }

    @Mixin
    ReadOptionsMixin readOptions;

    @Parameters(paramLabel = "SPEC", description = "An AsyncAPI document (YAML or JSON).")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            converter = FormatConverter.class,
            description = "text (default): for reading; json: for tools.")
    Format format;

    @Option(
            names = "--role",
            paramLabel = "ROLE",
            defaultValue = "client",
            converter = GenerateCommand.RoleConverter.class,
            description =
                    "The classes of which role to name, as generate --role: client, server or both (default: ${DEFAULT-VALUE}).")
    GeneratedRole role;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    AsyncgenCommand asyncgen;

    @Override
    public Integer call() throws JsonProcessingException {
        Path here = asyncgen.workingDirectory();
        PrintWriter err = spec.commandLine().getErr();
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
        GeneratedTypes generated = GeneratedTypes.of(result.api(), role, Map.of());
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            out.println(JSON.writeValueAsString(ModelSummary.of(result.api(), generated)));
        } else {
            out.print(DescriptionText.of(result.api(), generated));
        }
        out.flush();
        return 0;
    }
}
