package dev.calicokit.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code calico} command line. Exit codes, for every command: 0 success, 1 findings (such as
 * files that are not canonical), 2 bad usage or unreadable input, with a one-line message on standard
 * error naming the file, document, line and column.
 */
@Command(
    name = "calico",
    mixinStandardHelpOptions = true,
    version = "calico-cli " + CalicoCli.VERSION,
    description = "Renders, validates and formats Calico manifests; exports JSON Schemas; diffs manifests, infers their"
        + " options and upgrades them to another release; lists and explains what policies allow.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "1:findings (fmt --check: files that are not canonical; validate: errors; diff: the files differ; infer: residue;"
        + " upgrade: edits not carried; explain: denied)", "2:bad usage or unreadable input"})
public final class CalicoCli implements Runnable {
  /** The command line's version, as {@code --version} and SARIF name it. */
  static final String VERSION = "0.1.0";
  /** Success. */
  public static final int OK = 0;
  /** The command ran and found something to report. */
  public static final int FINDINGS = 1;
  /** Bad usage or unreadable input. */
  public static final int BAD_INPUT = 2;

  /** The commands, by name, in the order the usage lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  /** What '-' reads, for every command: the process's standard input, or a test's. */
  static java.io.InputStream stdin = System.in;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (try --help)");
  }

  private static Map<String, Supplier<Object>> commands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("render", RenderCommand::new);
    m.put("validate", ValidateCommand::new);
    m.put("fmt", FmtCommand::new);
    m.put("schema", SchemaCommand::new);
    m.put("versions", VersionsCommand::new);
    m.put("diff", DiffCommand::new);
    m.put("infer", InferCommand::new);
    m.put("upgrade", UpgradeCommand::new);
    m.put("connectivity", ConnectivityCommand::new);
    m.put("explain", ExplainCommand::new);
    m.put("completion", CompletionCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    return m;
  }

  /** Runs a command line and returns its exit code; used by {@link #main} and by tests. */
  public static int run(String[] args, java.io.InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new CalicoCli());
    // picocli reads each command's annotations when it is added, a good part of a short run's start-up:
    // a named command (other than help) is all a run needs, anything else gets them all.
    // help and completion describe every command, so they get them all.
    String named = args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help")
        && !args[0].equals("completion") ? args[0] : null;
    COMMANDS.forEach((name, command) -> {
      if (named == null || named.equals(name)) {
        cli.addSubcommand(name, command.get());
      }
    });
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.getSubcommands().values().forEach(sub -> {
      // -V on a command (fmt -V) prints the command line's version, not nothing.
      sub.getCommandSpec().version(cli.getCommandSpec().version());
      // Descriptions wrapped at spaces by us: picocli's wrapping would break values (v3.28.5, quay.io).
      CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
      usage.description(HelpText.paragraph(usage.description()));
      HelpText.wrapOptionDescriptions(sub.getCommandSpec());
    });
    if (cli.getSubcommands().containsKey("render")) {
      // Written only when help is shown: formatting every key's line costs a render's start-up otherwise.
      cli.getSubcommands().get("render").getHelpSectionMap()
          .put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_FOOTER, help -> help.createHeading(RenderCommand.keysFooter()));
    }
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cli.setParameterExceptionHandler((e, a) -> {
      err.println("calico: " + e.getMessage());
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((e, c, r) -> {
      err.println("calico: " + describe(e));
      return BAD_INPUT;
    });
    stdin = in;
    int code;
    try {
      code = cli.execute(args);
    } catch (Throwable t) {
      // Errors (out of memory, a stack overflow) and anything else picocli lets through: one line, exit 2.
      err.println("calico: " + describe(t));
      code = BAD_INPUT;
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * One line for a failure: the message of the failures users cause (bad options, unreadable input);
   * for failures of ours, what happened in words, never a stack trace.
   */
  static String describe(Throwable t) {
    if (t instanceof OutOfMemoryError) {
      return "out of memory: the input is too large for the Java heap (give the JVM more with -Xmx)";
    }
    if (t instanceof StackOverflowError) {
      return "the input is nested too deeply to process";
    }
    if (t instanceof IllegalArgumentException || t instanceof java.io.UncheckedIOException
        || t instanceof dev.calicokit.model.io.ResourceReadException
        || t instanceof dev.calicokit.model.io.IncompatibleClassPathException) {
      return String.valueOf(t.getMessage());
    }
    return "internal error (" + t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage())
        + "); please report it with the input that caused it";
  }

  /** The process entry point. */
  public static void main(String[] args) {
    Terminal.attached = System.console() != null;
    CheckedOutput stdout = new CheckedOutput(new java.io.FileOutputStream(java.io.FileDescriptor.out));
    PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, java.nio.charset.StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8));
    System.exit(stdout.exitCode(run(args, System.in, out, err), err));
  }
}
