package dev.calicokit.policy;

import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.values.NetAddr;
import dev.calicokit.policy.internal.ConnectivityLister;
import dev.calicokit.policy.internal.EndpointData;
import dev.calicokit.policy.internal.Engine;
import dev.calicokit.policy.internal.InputReader;
import dev.calicokit.policy.internal.Outcome;
import dev.calicokit.policy.internal.Packet;
import dev.calicokit.policy.internal.Peer;
import dev.calicokit.policy.internal.PolicyModel;
import dev.calicokit.policy.internal.Protocols;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A cluster as its manifests describe it: workloads, namespaces, service accounts, host endpoints,
 * network sets, tiers, profiles and every policy kind Calico enforces in the chosen release. It answers
 * what Felix would do with a connection ({@link #evaluate}) and lists every allowed connection
 * ({@link #connectivity()}). Immutable once built; safe to share.
 *
 * <pre>{@code
 * Cluster cluster = Cluster.read(List.of(Path.of("k8s/")));
 * Verdict v = cluster.evaluate(Endpoint.workload("shop", "frontend"), Endpoint.workload("shop", "backend"),
 *     Connection.tcp(8080));
 * }</pre>
 */
public final class Cluster {
  private final PolicyModel model;
  private final Engine engine;

  private Cluster(PolicyModel model) {
    this.model = model;
    this.engine = new Engine(model);
  }

  /** A builder for a cluster of the newest release. */
  public static Builder builder() {
    return new Builder();
  }

  /** The cluster the manifests describe, as the newest release enforces policy. */
  public static Cluster of(Manifest... manifests) {
    Builder b = builder();
    for (Manifest m : manifests) {
      b.add(m);
    }
    return b.build();
  }

  /**
   * Reads files and folders (folders recursively: every {@code .yaml}, {@code .yml} and {@code .json}
   * file, in path order), as the newest release enforces policy.
   */
  public static Cluster read(List<Path> paths) {
    return builder().read(paths).build();
  }

  /** Collects the inputs of a cluster. */
  public static final class Builder {
    private CalicoRelease release = CalicoRelease.latest();
    private final List<ManifestDocument> documents = new ArrayList<>();

    private Builder() {}

    /** The release whose Felix and conversions apply (which policy kinds it enforces; its tiers). */
    public Builder release(CalicoRelease release) {
      this.release = Objects.requireNonNull(release, "release");
      return this;
    }

    /** Every document of a manifest. */
    public Builder add(Manifest manifest) {
      documents.addAll(manifest.documents());
      return this;
    }

    /** Resources built in code: fabric8 objects (copied), model resources, Jackson trees. */
    public Builder add(Collection<?> resources) {
      return add(Manifest.of(resources));
    }

    /** Files and folders, as {@link Cluster#read} reads them. */
    public Builder read(List<Path> paths) {
      for (Path p : paths) {
        for (Path file : files(p)) {
          byte[] bytes;
          try {
            long max = dev.calicokit.model.io.ReadLimits.defaults().maxTotalChars();
            if (Files.size(file) > max) {
              throw new PolicyInputException(file + ": larger than " + max + " bytes, the limit on one input "
                  + "(ReadLimits.maxTotalChars)", null);
            }
            bytes = Files.readAllBytes(file);
          } catch (IOException e) {
            throw new PolicyInputException(file + ": cannot read: " + e.getMessage(), e);
          }
          try {
            add(Manifest.read(bytes));
          } catch (ResourceReadException e) {
            throw new PolicyInputException(file + ": " + e.getMessage(), e);
          }
        }
      }
      return this;
    }

    private static List<Path> files(Path p) {
      if (!Files.isDirectory(p)) {
        if (!Files.exists(p)) {
          throw new PolicyInputException(p + ": no such file or folder", null);
        }
        return List.of(p);
      }
      try (Stream<Path> walk = Files.walk(p)) {
        return walk.filter(Files::isRegularFile).filter(f -> {
          String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
          return n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json");
        }).sorted().collect(Collectors.toList());
      } catch (IOException | UncheckedIOException e) {
        throw new PolicyInputException(p + ": cannot list: " + e.getMessage(), e);
      }
    }

    /** The cluster; fails with a {@link PolicyInputException} naming a document that cannot be read. */
    public Cluster build() {
      InputReader reader = new InputReader(release);
      for (ManifestDocument d : documents) {
        try {
          reader.add(d);
        } catch (RuntimeException e) {
          throw new PolicyInputException("document " + d.sourceIndex() + " (" + d.kind() + " " + d.name().orElse("")
              + ", line " + d.sourceLine() + "): " + e.getMessage(), e);
        }
      }
      return new Cluster(reader.build());
    }
  }

  /** The release whose enforcement is modelled. */
  public CalicoRelease release() {
    return model.release();
  }

  /** The workloads, as the listing names them ({@code ns/name[Kind]}), in input order. */
  public List<Endpoint> workloads() {
    return model.endpoints().stream().filter(e -> !e.isNetworkSet() && !e.isHost())
        .map(e -> Endpoint.workload(e.namespace(), e.name(), e.kind())).collect(Collectors.toList());
  }

  /** What was read but not modelled: kinds the release does not enforce, host-networked pods, ... */
  public List<String> notes() {
    return model.notes();
  }

  /**
   * Felix's verdict on a connection, with what decided each direction and the whole path. Fails with an
   * {@link IllegalArgumentException} when an endpoint names no workload or host endpoint of the input
   * (or, without a kind, more than one).
   */
  public synchronized Verdict evaluate(Endpoint from, Endpoint to, Connection connection) {
    Peer src = peer(from);
    Peer dst = peer(to);
    int protocol = Protocols.number(connection.protocol());
    boolean v6 = src.ips().stream().anyMatch(NetAddr::is6) || dst.ips().stream().anyMatch(NetAddr::is6)
        || protocol == Protocols.ICMPV6;
    Packet packet = new Packet(src, dst, protocol, connection.port().orElse(-1), connection.icmpType().orElse(-1),
        connection.icmpCode().orElse(-1), v6 ? 6 : 4);
    List<String> trace = new ArrayList<>();
    trace.add("Connection " + src.display() + " => " + dst.display() + " " + connection + " (Calico "
        + model.release().label() + ")");
    Outcome egress = src.endpoint() == null ? Outcome.NOT_AN_ENDPOINT : engine.evaluate(src.endpoint(), false, packet, false, trace);
    if (src.endpoint() == null) {
      trace.add("Egress: " + src.display() + " is not a Calico endpoint: nothing enforced");
    }
    Outcome ingress = dst.endpoint() == null ? Outcome.NOT_AN_ENDPOINT : engine.evaluate(dst.endpoint(), true, packet, false, trace);
    if (dst.endpoint() == null) {
      trace.add("Ingress: " + dst.display() + " is not a Calico endpoint: nothing enforced");
    }
    Boolean withStaged = null;
    if (engine.hasStaged()) {
      boolean e = src.endpoint() == null || engine.evaluate(src.endpoint(), false, packet, true, null).allows();
      boolean i = dst.endpoint() == null || engine.evaluate(dst.endpoint(), true, packet, true, null).allows();
      withStaged = e && i;
    }
    Decision eg = decision(egress);
    Decision in = decision(ingress);
    boolean allowed = eg.allows() && in.allows();
    trace.add("Verdict: " + (allowed ? "ALLOWED" : "DENIED") + " (egress: " + eg.describe() + "; ingress: "
        + in.describe() + ")");
    if (withStaged != null && withStaged != allowed) {
      trace.add("With the staged policies enforced it would be " + (withStaged ? "ALLOWED" : "DENIED"));
    }
    model.notes().forEach(n -> trace.add("Note: " + n));
    return new Verdict(from, to, connection, eg, in, withStaged, trace);
  }

  /** Every allowed TCP, UDP and SCTP connection between workloads and with outside IPv4 ranges. */
  public ConnectivityReport connectivity() {
    return connectivity(false);
  }

  /** The listing; with {@code allProtocols}, ICMP and ICMPv6 too. */
  public synchronized ConnectivityReport connectivity(boolean allProtocols) {
    List<ConnectivityReport.Line> lines = new ArrayList<>();
    for (ConnectivityLister.Line l : new ConnectivityLister(engine, allProtocols).list()) {
      lines.add(new ConnectivityReport.Line(l.source(), l.destination(), l.connections()));
    }
    return new ConnectivityReport(lines);
  }

  private static Decision decision(Outcome o) {
    return new Decision(Decision.Reason.valueOf(o.reason()), o.allows(), o.tier(), o.policy(), o.ruleIndex(), o.action());
  }

  private Peer peer(Endpoint e) {
    switch (e.type()) {
      case HOST:
        return engine.peer(model.endpoints().stream().filter(x -> x.isHost() && x.name().equals(e.name().get())).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no HostEndpoint named " + e.name().get() + " in the input")));
      case EXTERNAL: {
        NetAddr a = e.address().get().addr().get();
        for (EndpointData d : model.endpoints()) {
          if (!d.isNetworkSet() && d.ips().contains(a)) {
            return engine.peer(d);
          }
        }
        return engine.external(a);
      }
      default:
        return engine.peer(workload(e));
    }
  }

  private EndpointData workload(Endpoint e) {
    String ns = e.namespace().get();
    String name = e.name().get();
    if (e.kind().isPresent()) {
      Integer id = model.aliases().get(ns + "/" + name + "[" + e.kind().get() + "]");
      if (id != null) {
        return model.endpoints().get(id);
      }
    } else {
      List<EndpointData> found = model.endpoints().stream()
          .filter(x -> !x.isNetworkSet() && !x.isHost() && ns.equals(x.namespace()) && name.equals(x.name()))
          .collect(Collectors.toList());
      if (found.size() == 1) {
        return found.get(0);
      }
      if (found.size() > 1) {
        throw new IllegalArgumentException("'" + e + "' names more than one workload: "
            + found.stream().map(EndpointData::displayName).collect(Collectors.joining(", ")) + "; give the kind");
      }
      Integer pod = model.aliases().get(ns + "/" + name + "[Pod]");
      if (pod != null) {
        return model.endpoints().get(pod);
      }
    }
    throw new IllegalArgumentException("no workload " + e + " in the input; workloads: " + workloads().stream()
        .map(Endpoint::toString).collect(Collectors.joining(", ")));
  }
}
