package dev.calicokit.testing;

import dev.calicokit.policy.Cluster;
import dev.calicokit.policy.Connection;
import dev.calicokit.policy.ConnectivityReport;
import dev.calicokit.policy.Endpoint;
import dev.calicokit.policy.Verdict;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a {@link Cluster}: a failing assertion prints the verdict's whole explanation
 * (or, for {@link #allowsOnly} and {@link #isolates}, the listing lines that break it).
 */
public final class ClusterAssert extends AbstractAssert<ClusterAssert, Cluster> {
  ClusterAssert(Cluster actual) {
    super(actual, ClusterAssert.class);
  }

  /** The source of a connection that must be allowed. */
  public From allows(Endpoint source) {
    return new From(this, Objects.requireNonNull(source, "source"), Kind.ALLOWS);
  }

  /** The source of a connection that must be denied. */
  public From denies(Endpoint source) {
    return new From(this, Objects.requireNonNull(source, "source"), Kind.DENIES);
  }

  /**
   * The only source that may reach the destination: with {@code .to(d).on(c)}, the connectivity listing
   * into {@code d} must be exactly {@code source => d : c} (no other workload, no outside range, no other
   * port or protocol).
   */
  public From allowsOnly(Endpoint source) {
    return new From(this, Objects.requireNonNull(source, "source"), Kind.ONLY);
  }

  /** Nothing outside the namespace (no workload of another namespace, no outside address) reaches into it. */
  public ClusterAssert isolates(Namespace namespace) {
    isNotNull();
    String prefix = namespace.name() + "/";
    List<ConnectivityReport.Line> breaking = actual.connectivity().lines().stream()
        .filter(l -> l.destination().startsWith(prefix) && !l.source().startsWith(prefix)).collect(Collectors.toList());
    if (!breaking.isEmpty()) {
      failWithMessage("Expected namespace %s to be isolated, but these connections reach into it:%n%s", namespace,
          lines(breaking));
    }
    return this;
  }

  private enum Kind { ALLOWS, DENIES, ONLY }

  /** The source is given; the destination next. */
  public static final class From {
    private final ClusterAssert owner;
    private final Endpoint source;
    private final Kind kind;

    private From(ClusterAssert owner, Endpoint source, Kind kind) {
      this.owner = owner;
      this.source = source;
      this.kind = kind;
    }

    /** The destination; the connection next. */
    public To to(Endpoint destination) {
      return new To(owner, source, Objects.requireNonNull(destination, "destination"), kind);
    }
  }

  /** Source and destination are given; {@link #on} checks. */
  public static final class To {
    private final ClusterAssert owner;
    private final Endpoint source;
    private final Endpoint destination;
    private final Kind kind;

    private To(ClusterAssert owner, Endpoint source, Endpoint destination, Kind kind) {
      this.owner = owner;
      this.source = source;
      this.destination = destination;
      this.kind = kind;
    }

    /** Checks the connection; returns the cluster's assertion to go on with. */
    public ClusterAssert on(Connection connection) {
      return owner.check(source, destination, connection, kind);
    }
  }

  private ClusterAssert check(Endpoint source, Endpoint destination, Connection connection, Kind kind) {
    isNotNull();
    Verdict v = actual.evaluate(source, destination, connection);
    if (kind == Kind.DENIES) {
      if (v.allowed()) {
        failWithMessage("Expected %s => %s on %s to be denied, but it is allowed.%n%s", source, destination, connection,
            v.explanation());
      }
      return this;
    }
    if (!v.allowed()) {
      failWithMessage("Expected %s => %s on %s to be allowed, but it is denied.%n%s", source, destination, connection,
          v.explanation());
    }
    if (kind == Kind.ONLY) {
      String src = v.from().toString();
      List<ConnectivityReport.Line> into = actual.connectivity().lines().stream()
          .filter(l -> sameWorkload(l.destination(), destination)).collect(Collectors.toList());
      List<ConnectivityReport.Line> others = into.stream()
          .filter(l -> !(sameWorkload(l.source(), source) && l.connections().equals(single(connection))))
          .collect(Collectors.toList());
      if (!others.isEmpty()) {
        failWithMessage("Expected only %s => %s on %s to be allowed, but these are allowed too:%n%s", src, destination,
            connection, lines(others));
      }
    }
    return this;
  }

  /** A listing name ({@code ns/name[Kind]}) that is the endpoint (whose kind may be left out). */
  private static boolean sameWorkload(String listed, Endpoint e) {
    if (e.type() != Endpoint.Type.WORKLOAD) {
      return listed.equals(e.toString());
    }
    String base = e.namespace().get() + "/" + e.name().get();
    return e.kind().map(k -> listed.equals(base + "[" + k + "]")).orElse(listed.startsWith(base + "["));
  }

  /** How the listing writes one connection: {@code TCP 8080}. */
  private static String single(Connection c) {
    return c.port().isPresent() ? c.protocol() + " " + c.port().getAsInt() : c.protocol().toString();
  }

  private static String lines(List<ConnectivityReport.Line> lines) {
    return lines.stream().map(l -> "  " + l).collect(Collectors.joining("\n"));
  }
}
