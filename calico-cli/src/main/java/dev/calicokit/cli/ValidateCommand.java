package dev.calicokit.cli;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.values.InvalidAddressException;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Severity;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code calico validate}: judges manifests as the API server, its CEL rules and calicoctl would. */
@Command(
    name = "validate",
    header = "Validates manifests offline, as the API server would.",
    description = {
      "Validates manifests offline: each custom resource against its CRD schema, the CRDs' CEL rules,",
      "Calico's own rules (CIDRs, block sizes, selectors, ports and protocols, names...) and the rules",
      "across the documents of a manifest (referenced ConfigMap keys and ServiceAccounts, RBAC grants,",
      "image versions). A folder is read recursively (.yaml, .yml and .json files); '-' reads standard",
      "input. An input that cannot be read is a finding of its own (rule input.unreadable, or",
      "input.unparseable for text that is not YAML or JSON) and makes the exit code 2."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no errors (warnings and infos may be printed)", "1:at least one error",
        "2:bad usage or unreadable input"})
final class ValidateCommand implements Callable<Integer> {
  /** The output formats; written in lower case on the command line. */
  enum Output { TEXT, JSON, SARIF, JUNIT }

  /** Rule of an input that could not be read (missing, a device that fails, too large). */
  static final String UNREADABLE = "input.unreadable";
  /** Rule of an input that was read but is not YAML or JSON. */
  static final String UNPARSEABLE = "input.unparseable";
  /** Infos that {@code --strict} makes errors: kinds of API groups the validator does not know. */
  static final Set<String> STRICT_RULES = Set.of("schema.unknown-kind");

  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Manifest files or folders; '-' for standard input.")
  List<String> inputs = new ArrayList<>();

  @Option(names = "--version", paramLabel = "V",
      description = "Calico release whose rules apply (e.g. v3.28 or v3.28.5). Default: the release the "
          + "manifest's Calico images name, else the newest supported.")
  String version;

  @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "text (one line per finding), json (one array of findings with the keys file, document, "
          + "kind, name, path, line, column, severity, rule, message), sarif (SARIF 2.1.0, for code "
          + "scanning) or junit (JUnit XML, one test case per input). Default: text.")
  Output output;

  @Option(names = "--summary", description = "Text output: print only the summary line (and unreadable inputs).")
  boolean summaryOnly;

  @Option(names = "--strict",
      description = "Unknown fields and kinds of API groups that the validator does not know are errors.")
  boolean strict;

  @Option(names = "--skip-kind", paramLabel = "KIND", split = ",",
      description = "Leave out the findings of documents of this kind (e.g. Secret); repeatable or comma-separated.")
  List<String> skipKinds = new ArrayList<>();

  @Option(names = "--fail-fast", description = "Stop after the first input with an error.")
  boolean failFast;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N", defaultValue = "1",
      description = "Validate N inputs at once (output order stays the inputs' order). Default: 1.")
  int jobs;

  @Option(names = "--cluster-cidr", paramLabel = "CIDR",
      description = "The cluster's pod CIDR: check that the default IP pools lie inside it.")
  String clusterCidr;

  @Option(names = "--previous", paramLabel = "OLD",
      description = "The installed manifest: judge FILE as an update of it (transition rules with oldSelf, ratcheting,"
          + " immutable fields, warnings about changes that will not do what they seem). One FILE only.")
  String previous;

  /** What one input gave: its findings, and whether it was read (and so counts in the summary). */
  record InputResult(String input, ValidationReport report, boolean read) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (jobs < 1) {
      err.println("calico validate: --jobs must be 1 or more, not " + jobs);
      return CalicoCli.BAD_INPUT;
    }
    Validator validator;
    if (version == null) {
      validator = Validator.detectingRelease();
    } else {
      // A patch is judged as it shipped; a minor (v3.28) means its newest patch.
      CalicoRelease release = CalicoRelease.of(version).orElse(null);
      if (release == null) {
        err.println("calico validate: unsupported version '" + version + "'; supported: "
            + CalicoRelease.all().stream().map(CalicoRelease::label).collect(Collectors.joining(", ")));
        return CalicoCli.BAD_INPUT;
      }
      validator = Validator.forRelease(release);
    }
    // The RBAC baseline: Calico's official manifests, rendered by calico-builders (equal to Calico's files)
    // without the CRDs, which the baseline does not read and which cost most of a render.
    validator = validator.withOfficialManifests(CalicoManifest::officialWithoutCrds);
    if (clusterCidr != null) {
      try {
        validator = validator.withClusterCidr(clusterCidr);
      } catch (InvalidAddressException e) {
        err.println("calico validate: --cluster-cidr: " + e.getMessage());
        return CalicoCli.BAD_INPUT;
      }
    }
    if (previous != null) {
      return UpdateValidation.run(validator, previous, inputs, output == Output.JSON, out, err);
    }
    List<InputResult> results = new ArrayList<>();
    List<String> files = new ArrayList<>();
    for (String input : inputs) {
      try {
        files.addAll(Inputs.expand(List.of(input)));
      } catch (IOException e) {
        results.add(unreadable(input, UNREADABLE, "cannot list the folder: " + e.getMessage(), 0, 0));
      }
    }
    results.addAll(validateAll(validator, files, err));
    write(out, results);
    if (results.stream().anyMatch(r -> !r.read())) {
      return CalicoCli.BAD_INPUT;
    }
    return results.stream().anyMatch(r -> r.report().hasErrors()) ? CalicoCli.FINDINGS : CalicoCli.OK;
  }

  /** Each file's result in the files' order; with --fail-fast, up to the first with an error. */
  private List<InputResult> validateAll(Validator validator, List<String> files, PrintWriter err) {
    Progress progress = Progress.onTerminal(err, files.size());
    List<InputResult> results = new ArrayList<>();
    ExecutorService pool = jobs > 1 && files.size() > 1 ? Executors.newFixedThreadPool(jobs, daemonThreads()) : null;
    try {
      List<Future<InputResult>> pending = new ArrayList<>();
      if (pool != null) {
        files.forEach(file -> pending.add(pool.submit(() -> validateOne(validator, file))));
      }
      for (int i = 0; i < files.size(); i++) {
        // One at a time, the next file is read only now, so that --fail-fast reads no further.
        InputResult r = pool == null ? validateOne(validator, files.get(i)) : get(pending.get(i), files.get(i));
        results.add(r);
        progress.done(i + 1, files.get(i));
        if (failFast && (!r.read() || r.report().hasErrors())) {
          break;
        }
      }
    } finally {
      progress.clear();
      if (pool != null) {
        pool.shutdownNow();
      }
    }
    return results;
  }

  private InputResult validateOne(Validator validator, String file) {
    try {
      // A regular file is read as a stream, so that its size is not bounded by the heap. Standard input,
      // devices and pipes are copied to a temporary file as they arrive and judged as that file (the
      // validator reads a text more than once); only where no temporary file can be made are they read whole.
      Path path = file.equals("-") ? null : Paths.get(file);
      if (path != null && Files.isRegularFile(path)) {
        if (Files.size(path) > Inputs.MAX_BYTES) {
          throw new Inputs.TooLargeException(Inputs.MAX_BYTES);
        }
        return new InputResult(file, judged(validator.validate(path).withFile(file)), true);
      }
      Path copy;
      try {
        copy = Inputs.spool(file);
      } catch (Inputs.NoTemporaryFileException e) {
        byte[] bytes = Inputs.read(file);
        return new InputResult(file, judged(validator.validate(bytes).withFile(file)), true);
      }
      try {
        return new InputResult(file, judged(validator.validate(copy).withFile(file)), true);
      } finally {
        Inputs.delete(copy);
      }
    } catch (NoSuchFileException e) {
      return unreadable(file, UNREADABLE, "no such file", 0, 0);
    } catch (IOException e) {
      return unreadable(file, UNREADABLE, "cannot read: " + e.getMessage(), 0, 0);
    } catch (ResourceReadException e) {
      return unreadable(file, UNPARSEABLE, e.getMessage(), e.line(), e.column());
    }
  }

  /** The findings as the options ask: --skip-kind leaves some out, --strict makes some errors. */
  private ValidationReport judged(ValidationReport report) {
    Set<String> skipped = skipKinds.stream().map(k -> k.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    List<Finding> kept = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (f.kind().isPresent() && skipped.contains(f.kind().get().toLowerCase(Locale.ROOT))) {
        continue;
      }
      if (strict && f.severity() != Severity.ERROR && STRICT_RULES.contains(f.rule())) {
        f = f.withSeverity(Severity.ERROR).withMessage(f.message() + " (an error under --strict)");
      }
      kept.add(f);
    }
    return ValidationReport.of(kept);
  }

  private static InputResult unreadable(String input, String rule, String message, int line, int column) {
    Finding.Builder f = Finding.builder().file(input).document(0).severity(Severity.ERROR).rule(rule).message(message);
    if (line > 0) {
      f.line(line).column(Math.max(column, 1));
    }
    return new InputResult(input, ValidationReport.of(List.of(f.build())), false);
  }

  private void write(PrintWriter out, List<InputResult> results) {
    List<Finding> all = new ArrayList<>();
    results.forEach(r -> all.addAll(r.report().findings()));
    switch (output) {
      case JSON -> out.print(ValidationReport.of(all).toJson());
      case SARIF -> out.print(SarifFormat.write(all, CalicoCli.VERSION));
      case JUNIT -> out.print(JunitFormat.write(results));
      default -> writeText(out, results);
    }
  }

  private void writeText(PrintWriter out, List<InputResult> results) {
    Colours colours = Colours.forStandardOutput();
    List<Finding> read = new ArrayList<>();
    for (InputResult r : results) {
      if (r.read()) {
        read.addAll(r.report().findings());
      }
      if (!summaryOnly || !r.read()) {
        out.print(colours.severities(r.report().toTextLines()));
      }
    }
    // The summary counts what was judged: with no input read there is nothing to sum up.
    if (results.stream().anyMatch(InputResult::read)) {
      out.print(ValidationReport.of(read).summaryLine());
    }
  }

  private static InputResult get(Future<InputResult> f, String file) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while validating " + file, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException) {
        throw (RuntimeException) e.getCause();
      }
      if (e.getCause() instanceof Error) {
        throw (Error) e.getCause();
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static java.util.concurrent.ThreadFactory daemonThreads() {
    return r -> {
      Thread t = new Thread(r, "calico-validate");
      t.setDaemon(true);
      return t;
    };
  }
}
