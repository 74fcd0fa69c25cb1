package dev.calicokit.cli;

import dev.calicokit.policy.Cluster;
import dev.calicokit.policy.Connection;
import dev.calicokit.policy.Endpoint;
import dev.calicokit.policy.Verdict;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calico explain}: whether one connection is allowed, and the whole path that decided it. */
@Command(
    name = "explain",
    description = {
      "Explains whether a connection is allowed, as Felix decides it: each tier and policy considered at the",
      "source (egress) and the destination (ingress), whether it selects the endpoint, and why each rule did",
      "or did not match; then the verdict and what decided it."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:allowed", "1:denied", "2:bad usage or unreadable input"})
final class ExplainCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
  boolean help;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Manifests: files, or folders read recursively.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--from", required = true, paramLabel = "NS/NAME",
      description = "The source: NS/NAME, NS/NAME[Kind], hostendpoint/NAME or an IP address.")
  String from;

  @Option(names = "--to", required = true, paramLabel = "NS/NAME", description = "The destination, in the same forms.")
  String to;

  @Option(names = "--port", required = true, paramLabel = "PORT/PROTO",
      description = "The connection: 8080/TCP, 53/UDP, ICMP, ICMP/TYPE/CODE or a protocol.")
  String port;

  @Option(names = "--version", paramLabel = "V",
      description = "Calico release whose enforcement applies (e.g. v3.30 or v3.30.7). Default: the newest.")
  String version;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Endpoint source = Endpoint.parse(from);
    Endpoint destination = Endpoint.parse(to);
    Connection connection = Connection.parse(port);
    Cluster cluster = PolicyInputs.read(paths, version);
    Verdict v = cluster.evaluate(source, destination, connection);
    out.print(v.explanation());
    return v.allowed() ? CalicoCli.OK : CalicoCli.FINDINGS;
  }
}
