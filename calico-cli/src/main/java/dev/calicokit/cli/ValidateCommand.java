package dev.calicokit.cli;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.values.InvalidAddressException;
import dev.calicokit.schemas.ValidationReport;
import dev.calicokit.schemas.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code calico validate}: judges manifests as the API server, its CEL rules and calicoctl would. */
@Command(
    name = "validate",
    description = {
      "Validates manifests offline: each custom resource against its CRD schema, the CRDs' CEL rules,",
      "Calico's own rules (CIDRs, block sizes, selectors, ports and protocols, names...) and the rules",
      "across the documents of a manifest (referenced ConfigMap keys and ServiceAccounts, RBAC grants,",
      "image versions). '-' reads standard input."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no errors (warnings and infos may be printed)", "1:at least one error",
        "2:bad usage or unreadable input"})
final class ValidateCommand implements Callable<Integer> {
  /** The output formats; written in lower case on the command line. */
  enum Output { TEXT, JSON }

  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Manifest files; '-' for standard input.")
  List<String> files = new ArrayList<>();

  @Option(names = "--version", paramLabel = "V",
      description = "Calico release whose rules apply (e.g. v3.28 or v3.28.5). Default: the release the "
          + "manifest's Calico images name, else the newest supported.")
  String version;

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (one line per finding) or json (one array of findings with the keys file, document, "
          + "kind, name, path, line, column, severity, rule, message). Default: text.")
  Output output;

  @Option(names = "--cluster-cidr", paramLabel = "CIDR",
      description = "The cluster's pod CIDR: check that the default IP pools lie inside it.")
  String clusterCidr;

  @Option(names = "--previous", paramLabel = "OLD",
      description = "The installed manifest: judge FILE as an update of it (transition rules with oldSelf, ratcheting,"
          + " immutable fields, warnings about changes that will not do what they seem). One FILE only.")
  String previous;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
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
    // The RBAC baseline: Calico's official manifests, rendered by calico-builders (equal to Calico's files).
    validator = validator.withOfficialManifests(CalicoManifest::official);
    if (clusterCidr != null) {
      try {
        validator = validator.withClusterCidr(clusterCidr);
      } catch (InvalidAddressException e) {
        err.println("calico validate: --cluster-cidr: " + e.getMessage());
        return CalicoCli.BAD_INPUT;
      }
    }
    if (previous != null) {
      return UpdateValidation.run(validator, previous, files, output == Output.JSON, out, err);
    }
    ValidationReport all = ValidationReport.of(List.of());
    boolean unreadable = false;
    int read = 0;
    for (String file : files) {
      byte[] bytes;
      try {
        bytes = Inputs.read(file);
      } catch (NoSuchFileException e) {
        err.println("calico validate: " + file + ": no such file");
        unreadable = true;
        continue;
      } catch (IOException e) {
        err.println("calico validate: " + file + ": cannot read: " + e.getMessage());
        unreadable = true;
        continue;
      }
      try {
        all = all.and(validator.validate(bytes).withFile(file));
        read++;
      } catch (ResourceReadException e) {
        err.println("calico validate: " + file + ": " + e.getMessage());
        unreadable = true;
      }
    }
    // The summary line counts what was judged: with no input read there is nothing to sum up.
    if (output == Output.JSON) {
      out.print(all.toJson());
    } else if (read > 0) {
      out.print(all.toText());
    }
    if (unreadable) {
      return CalicoCli.BAD_INPUT;
    }
    return all.hasErrors() ? CalicoCli.FINDINGS : CalicoCli.OK;
  }
}
