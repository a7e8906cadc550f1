package io.asyncgen.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar asyncgen.jar}: the command line. Exit codes: 0 fine, 1 errors in a document, 2 usage. */
@Command(name = "asyncgen", mixinStandardHelpOptions = true, versionProvider = AsyncgenCommand.Version.class,
    description = "Reads AsyncAPI 2.x documents and generates Java 17 from them.",
    subcommands = {ValidateCommand.class, DescribeCommand.class, GenerateCommand.class})
public final class AsyncgenCommand implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line without exiting (for tests). */
  public static int run(String... args) {
    return new CommandLine(new AsyncgenCommand()).execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: validate, describe or generate");
  }

  /** The version from the jar's manifest, when built. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = AsyncgenCommand.class.getPackage().getImplementationVersion();
      return new String[] {"asyncgen " + (version == null ? "(development build)" : version)};
    }
  }
}
