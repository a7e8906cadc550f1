package io.asyncgen.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar asyncgen.jar}: the command line. Exit codes: 0 fine, 1 errors in a document, 2 usage. */
@Command(
        name = "asyncgen",
        mixinStandardHelpOptions = true,
        versionProvider = AsyncgenCommand.Version.class,
        description = "Reads AsyncAPI 2.x documents and generates Java 17 from them.")
public final class AsyncgenCommand implements Runnable {
    /** The commands, in the order the help lists them. */
    private static final List<Class<?>> COMMANDS =
            List.of(ValidateCommand.class, DescribeCommand.class, GenerateCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Path workingDirectory;

    AsyncgenCommand() {
        this(Path.of("").toAbsolutePath());
    }

    /** A command line that runs in {@code workingDirectory}: {@code $ref}s may reach every file below it. */
    AsyncgenCommand(Path workingDirectory) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line without exiting (for tests). */
    public static int run(String... args) {
        return commandLine(new AsyncgenCommand(), args).execute(args);
    }

    /**
     * The command line for {@code command} that will run {@code args}: usage errors print the problem and
     * the synopsis, not the whole help. When the first argument names a command, only that command is set
     * up: picocli reads each command's annotations by reflection, which is a good part of a short run.
     */
    static CommandLine commandLine(AsyncgenCommand command, String... args) {
        CommandLine line = new CommandLine(command);
        List<Class<?>> invoked = COMMANDS.stream()
                .filter(c ->
                        args.length > 0 && c.getAnnotation(Command.class).name().equals(args[0]))
                .toList();
        (invoked.isEmpty() ? COMMANDS : invoked).forEach(line::addSubcommand);
        // after the commands are added: the handler is handed down to the commands present
        return line.setParameterExceptionHandler(AsyncgenCommand::usageError);
    }

    private static int usageError(CommandLine.ParameterException problem, String[] args) {
        CommandLine failed = problem.getCommandLine();
        PrintWriter err = failed.getErr();
        err.println(
                failed.getCommandName().equals("asyncgen")
                        ? "asyncgen: " + problem.getMessage()
                        : "asyncgen " + failed.getCommandName() + ": " + problem.getMessage());
        String[] custom = failed.getCommandSpec().usageMessage().customSynopsis();
        err.println(
                "usage: " + (custom.length > 0 ? custom[0] : failed.getHelp().abbreviatedSynopsis()).strip());
        err.println("run '" + failed.getCommandSpec().qualifiedName() + " --help' for what each option does");
        err.flush();
        return failed.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The folder the command runs in. */
    Path workingDirectory() {
        return workingDirectory;
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
