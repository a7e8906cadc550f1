package io.asyncgen.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.asyncgen.core.AsyncApiReader;
import io.asyncgen.core.diagnostic.SpecException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code asyncgen describe SPEC}: the linked model's summary as JSON on standard output. */
@Command(name = "describe", mixinStandardHelpOptions = true,
    description = "Prints a JSON summary of the linked model: connections, operations, messages per direction,"
        + " counts of messages and types, discriminators. Diagnostics go to standard error.")
final class DescribeCommand implements Callable<Integer> {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  @Mixin
  ReadOptionsMixin readOptions;

  @Parameters(paramLabel = "SPEC", description = "An AsyncAPI document (YAML or JSON).")
  Path file;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws JsonProcessingException {
    AsyncApiReader.Result result;
    try {
      result = new AsyncApiReader(readOptions.toReadOptions()).read(file);
    } catch (SpecException e) {
      e.diagnostics().forEach(spec.commandLine().getErr()::println);
      spec.commandLine().getErr().flush();
      return 1;
    }
    result.warnings().forEach(spec.commandLine().getErr()::println);
    spec.commandLine().getErr().flush();
    spec.commandLine().getOut().println(JSON.writeValueAsString(ModelSummary.of(result.api())));
    spec.commandLine().getOut().flush();
    return 0;
  }
}
