package dev.calicokit.cli;

import dev.calicokit.policy.Cluster;
import dev.calicokit.policy.ConnectivityReport;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calico connectivity}: every allowed connection, in np-guard's netpol-analyzer list format. */
@Command(
    name = "connectivity",
    description = {
      "Lists every connection the policies allow between workloads, and between workloads and outside",
      "IPv4 ranges, one line per ordered pair: 'ns/name[Kind] => ns/name[Kind] : TCP 8080,UDP 53-60' or",
      "'All Connections', as np-guard's netpol-analyzer list prints them. Reads YAML and JSON files; folders",
      "recursively. Notes on what is not enforced go to standard error."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:listed", "2:bad usage or unreadable input"})
final class ConnectivityCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Manifests: files, or folders read recursively.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--output", paramLabel = "FORMAT", defaultValue = "text",
      description = "text, json (an array of objects with the keys src, dst, conn), dot (Graphviz) or md. Default: text.")
  ConnectivityReport.Format output;

  @Option(names = "--all-protocols", description = "List ICMP and ICMPv6 too (by default TCP, UDP and SCTP, as np-guard).")
  boolean allProtocols;

  @Option(names = "--version", paramLabel = "V",
      description = "Calico release whose enforcement applies (e.g. v3.30 or v3.30.7). Default: the newest.")
  String version;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Cluster cluster = PolicyInputs.read(paths, version);
    cluster.notes().forEach(n -> err.println("calico connectivity: note: " + n));
    out.print(cluster.connectivity(allProtocols).format(output));
    return CalicoCli.OK;
  }
}
