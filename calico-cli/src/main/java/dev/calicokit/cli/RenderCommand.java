package dev.calicokit.cli;

import dev.calicokit.builders.CalicoManifest;
import dev.calicokit.builders.ChartValues;
import dev.calicokit.model.io.ResourceReadException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code calico render}: the install manifest from typed options, as Calico itself would publish it. */
@Command(
    name = "render",
    header = "Renders a Calico install manifest from a preset and options.",
    description = {
      "Renders a Calico install manifest from a preset (named after Calico's files), a version and",
      "options given as chart values (--set key=value, --values FILE: the keys of Calico's Helm chart,",
      "dotted for nesting) or as keys for the edits people make by hand (ipv4PoolCidr, vethMtu, ...).",
      "Later options win: --values files first, in order, then --set, in order."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:success", "2:bad usage: unknown key, bad value, contradictory options, unreadable values file"})
final class RenderCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Option(names = "--preset", paramLabel = "P", defaultValue = "calico",
      description = "calico, calico-vxlan, calico-typha, calico-policy-only, calico-bpf, calico-etcd, canal, canal-etcd, "
          + "crds, calico-v3-crds (v3.32 on). Default: calico.")
  String preset;

  @Option(names = "--version", paramLabel = "V", required = true,
      description = "Calico version, e.g. v3.32.1 or v3.21.1.")
  String version;

  @Option(names = "--set", paramLabel = "KEY=VALUE", description = "An option; repeatable. Keys: see below.")
  List<String> sets = new ArrayList<>();

  @Option(names = "--values", paramLabel = "FILE", description = "A Helm values file (YAML); repeatable.")
  List<Path> valuesFiles = new ArrayList<>();

  @Option(names = "--out", paramLabel = "FILE", description = "Write the manifest to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ChartValues values = ChartValues.forBuilder(CalicoManifest.builder());
    byte[] yaml;
    try {
      values.apply("version", version).apply("preset", preset);
      for (Path f : valuesFiles) {
        values.applyValues(Files.readString(f, StandardCharsets.UTF_8));
      }
      for (String s : sets) {
        values.apply(s);
      }
      yaml = values.builder().build().toYamlBytes();
    } catch (NoSuchFileException e) {
      err.println("calico render: " + e.getFile() + ": no such file");
      return CalicoCli.BAD_INPUT;
    } catch (IOException e) {
      err.println("calico render: cannot read values: " + e.getMessage());
      return CalicoCli.BAD_INPUT;
    } catch (IllegalArgumentException | ResourceReadException e) {
      err.println("calico render: " + e.getMessage());
      return CalicoCli.BAD_INPUT;
    }
    values.warnings().forEach(w -> err.println("calico render: warning: " + w));
    if (out == null) {
      stdout.print(new String(yaml, StandardCharsets.UTF_8));
      return CalicoCli.OK;
    }
    try {
      SafeFiles.write(out, yaml);
    } catch (IOException e) {
      err.println("calico render: " + out + ": cannot write: " + e.getMessage());
      return CalicoCli.BAD_INPUT;
    }
    return CalicoCli.OK;
  }

  /** The help text listing every key with its meaning. */
  static String keysFooter() {
    List<String[]> rows = ChartValues.keys().stream().map(k -> new String[] {k.name(), k.help()}).toList();
    return ("\nKeys for --set and --values:\n" + HelpText.table(rows, 2, 28)).replace("%", "%%").replace("\n", "%n");
  }
}
