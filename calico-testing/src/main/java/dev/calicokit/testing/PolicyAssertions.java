package dev.calicokit.testing;

import dev.calicokit.policy.Cluster;
import dev.calicokit.policy.Connection;
import dev.calicokit.policy.Endpoint;
import dev.calicokit.model.values.IpAddress;

/**
 * The entry point of the assertions, to import statically alongside AssertJ's:
 *
 * <pre>{@code
 * assertThat(cluster).allows(workload("shop", "frontend")).to(workload("shop", "backend")).on(tcp(8080));
 * assertThat(cluster).denies(workload("shop", "frontend")).to(workload("payments", "ledger")).on(tcp(5432));
 * assertThat(cluster).allowsOnly(workload("shop", "frontend")).to(workload("shop", "backend")).on(tcp(8080));
 * assertThat(cluster).isolates(namespace("payments"));
 * }</pre>
 */
public final class PolicyAssertions {
  private PolicyAssertions() {}

  /** Assertions on what the cluster's policies allow. */
  public static ClusterAssert assertThat(Cluster cluster) {
    return new ClusterAssert(cluster);
  }

  /** A workload by namespace and name (its kind found in the input). */
  public static Endpoint workload(String namespace, String name) {
    return Endpoint.workload(namespace, name);
  }

  /** A workload by namespace, name and kind. */
  public static Endpoint workload(String namespace, String name, String kind) {
    return Endpoint.workload(namespace, name, kind);
  }

  /** An address outside the cluster (or a workload's or host endpoint's address). */
  public static Endpoint address(String ip) {
    return Endpoint.address(IpAddress.of(ip));
  }

  /** A namespace, for {@link ClusterAssert#isolates}. */
  public static Namespace namespace(String name) {
    return new Namespace(name);
  }

  /** TCP to a port. */
  public static Connection tcp(int port) {
    return Connection.tcp(port);
  }

  /** UDP to a port. */
  public static Connection udp(int port) {
    return Connection.udp(port);
  }

  /** SCTP to a port. */
  public static Connection sctp(int port) {
    return Connection.sctp(port);
  }

  /** An ICMP message. */
  public static Connection icmp(int type, int code) {
    return Connection.icmp(type, code);
  }
}
