package dev.calicokit.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Every allowed connection, one line per ordered pair, in the form np-guard's {@code netpol-analyzer list}
 * prints: {@code ns/name[Kind] => ns/name[Kind] : TCP 8080,UDP 53-60}, {@code All Connections} when TCP,
 * UDP and SCTP are allowed on every port; outside addresses as IPv4 ranges {@code a.b.c.d-e.f.g.h}. A
 * workload to itself is not listed, nor a pair with nothing allowed. Lines are sorted by source, then
 * destination.
 */
public final class ConnectivityReport {
  /** The output formats of {@code calico connectivity}. */
  public enum Format {
    /** {@code src => dst : conn}, one line each. */
    TEXT,
    /** An array of objects with the keys src, dst and conn. */
    JSON,
    /** A Graphviz digraph, workloads grouped by namespace. */
    DOT,
    /** A Markdown table with the columns src, dst and conn. */
    MD
  }

  /** One allowed pair. */
  public static final class Line {
    private final String source;
    private final String destination;
    private final String connections;

    Line(String source, String destination, String connections) {
      this.source = source;
      this.destination = destination;
      this.connections = connections;
    }

    /** The source: {@code ns/name[Kind]} or an address range. */
    public String source() {
      return source;
    }

    /** The destination: {@code ns/name[Kind]} or an address range. */
    public String destination() {
      return destination;
    }

    /** What is allowed: {@code All Connections} or {@code TCP 8080,UDP 53}. */
    public String connections() {
      return connections;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Line && ((Line) o).source.equals(source) && ((Line) o).destination.equals(destination)
          && ((Line) o).connections.equals(connections);
    }

    @Override
    public int hashCode() {
      return Objects.hash(source, destination, connections);
    }

    @Override
    public String toString() {
      return source + " => " + destination + " : " + connections;
    }
  }

  private final List<Line> lines;

  ConnectivityReport(List<Line> lines) {
    this.lines = List.copyOf(lines);
  }

  /** The lines, sorted. */
  public List<Line> lines() {
    return lines;
  }

  /** The report in a format. */
  public String format(Format format) {
    switch (format) {
      case JSON:
        return toJson();
      case DOT:
        return toDot();
      case MD:
        return toMarkdown();
      default:
        return toText();
    }
  }

  /** One {@code src => dst : conn} line per pair. */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    lines.forEach(l -> sb.append(l).append('\n'));
    return sb.toString();
  }

  /** {@code [{"src": ..., "dst": ..., "conn": ...}, ...]}, two-space indented. */
  public String toJson() {
    List<Map<String, String>> out = new ArrayList<>();
    for (Line l : lines) {
      Map<String, String> m = new LinkedHashMap<>();
      m.put("src", l.source);
      m.put("dst", l.destination);
      m.put("conn", l.connections);
      out.add(m);
    }
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    printer.indentArraysWith(indenter);
    printer.indentObjectsWith(indenter);
    try {
      return new ObjectMapper().writer(printer).writeValueAsString(out) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a list of strings as JSON", e);
    }
  }

  /** A Markdown table. */
  public String toMarkdown() {
    StringBuilder sb = new StringBuilder("| src | dst | conn |\n|-----|-----|------|\n");
    lines.forEach(l -> sb.append("| ").append(l.source).append(" | ").append(l.destination).append(" | ")
        .append(l.connections).append(" |\n"));
    return sb.toString();
  }

  /** A Graphviz digraph: workloads in one cluster per namespace, address ranges outside, one edge per line. */
  public String toDot() {
    Map<String, List<String>> byNamespace = new TreeMap<>();
    List<String> outside = new ArrayList<>();
    for (Line l : lines) {
      for (String node : List.of(l.source, l.destination)) {
        int slash = node.indexOf('/');
        if (slash > 0 && node.endsWith("]")) {
          List<String> ns = byNamespace.computeIfAbsent(node.substring(0, slash), k -> new ArrayList<>());
          if (!ns.contains(node)) {
            ns.add(node);
          }
        } else if (!outside.contains(node)) {
          outside.add(node);
        }
      }
    }
    StringBuilder sb = new StringBuilder("digraph {\n");
    byNamespace.forEach((ns, nodes) -> {
      sb.append("\tsubgraph \"cluster_").append(ns).append("\" {\n");
      nodes.stream().sorted().forEach(n -> sb.append("\t\t\"").append(n).append("\" [label=\"")
          .append(n.substring(ns.length() + 1)).append("\" color=\"blue\" fontcolor=\"blue\"]\n"));
      sb.append("\t\tlabel=\"").append(ns).append("\"\n\t}\n");
    });
    outside.stream().sorted().forEach(n -> sb.append("\t\"").append(n).append("\" [label=\"").append(n)
        .append("\" color=\"red2\" fontcolor=\"red2\"]\n"));
    lines.forEach(l -> sb.append("\t\"").append(l.source).append("\" -> \"").append(l.destination).append("\" [label=\"")
        .append(l.connections).append("\" color=\"gold2\" fontcolor=\"darkgreen\"]\n"));
    return sb.append("}\n").toString();
  }
}
