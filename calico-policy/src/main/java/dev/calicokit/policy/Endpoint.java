package dev.calicokit.policy;

import dev.calicokit.model.values.IpAddress;
import java.util.Objects;
import java.util.Optional;

/**
 * One end of a connection: a workload ({@code ns/name}, optionally with its kind, as the listing names
 * it: {@code shop/frontend[Deployment]}), a host endpoint, or an address outside the cluster.
 */
public final class Endpoint {
  /** What an endpoint is. */
  public enum Type {
    /** A Pod or the pods of a controller (Deployment, StatefulSet, ...). */
    WORKLOAD,
    /** A Calico HostEndpoint, by name. */
    HOST,
    /** An address that is no workload's or host endpoint's. */
    EXTERNAL
  }

  private final Type type;
  private final String namespace;
  private final String name;
  private final String kind;
  private final IpAddress address;

  private Endpoint(Type type, String namespace, String name, String kind, IpAddress address) {
    this.type = type;
    this.namespace = namespace;
    this.name = name;
    this.kind = kind;
    this.address = address;
  }

  /** The workload of that name in the namespace, whatever its kind (the name must be unambiguous). */
  public static Endpoint workload(String namespace, String name) {
    return new Endpoint(Type.WORKLOAD, Objects.requireNonNull(namespace, "namespace"), Objects.requireNonNull(name, "name"),
        null, null);
  }

  /** The workload of that kind ({@code Deployment}, {@code Pod}, ...) and name in the namespace. */
  public static Endpoint workload(String namespace, String name, String kind) {
    return new Endpoint(Type.WORKLOAD, Objects.requireNonNull(namespace, "namespace"), Objects.requireNonNull(name, "name"),
        Objects.requireNonNull(kind, "kind"), null);
  }

  /** The Calico HostEndpoint of that name. */
  public static Endpoint host(String name) {
    return new Endpoint(Type.HOST, null, Objects.requireNonNull(name, "name"), "HostEndpoint", null);
  }

  /** An address; it stands for the workload or host endpoint that has it, if one does. */
  public static Endpoint address(IpAddress address) {
    if (!Objects.requireNonNull(address, "address").isValid()) {
      throw new IllegalArgumentException("not an IP address: '" + address.text() + "'");
    }
    return new Endpoint(Type.EXTERNAL, null, null, null, address);
  }

  /**
   * Reads {@code ns/name}, {@code ns/name[Kind]}, {@code hostendpoint/name} or an IP address, as the
   * command line takes them; fails naming the forms it accepts.
   */
  public static Endpoint parse(String text) {
    String t = text.trim();
    IpAddress ip = IpAddress.lenient(t);
    if (ip.isValid()) {
      return address(ip);
    }
    int slash = t.indexOf('/');
    if (slash <= 0 || slash == t.length() - 1) {
      throw new IllegalArgumentException("'" + text + "' is not an endpoint: expected NAMESPACE/NAME, NAMESPACE/NAME[Kind], "
          + "hostendpoint/NAME or an IP address");
    }
    String ns = t.substring(0, slash);
    String rest = t.substring(slash + 1);
    if (ns.equalsIgnoreCase("hostendpoint")) {
      return host(rest);
    }
    if (rest.endsWith("]") && rest.indexOf('[') > 0) {
      int open = rest.indexOf('[');
      return workload(ns, rest.substring(0, open), rest.substring(open + 1, rest.length() - 1));
    }
    return workload(ns, rest);
  }

  /** What the endpoint is. */
  public Type type() {
    return type;
  }

  /** The workload's namespace. */
  public Optional<String> namespace() {
    return Optional.ofNullable(namespace);
  }

  /** The workload's or host endpoint's name. */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** The kind, where given. */
  public Optional<String> kind() {
    return Optional.ofNullable(kind);
  }

  /** The address of an {@link Type#EXTERNAL} endpoint. */
  public Optional<IpAddress> address() {
    return Optional.ofNullable(address);
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof Endpoint)) {
      return false;
    }
    Endpoint e = (Endpoint) o;
    return type == e.type && Objects.equals(namespace, e.namespace) && Objects.equals(name, e.name)
        && Objects.equals(kind, e.kind) && Objects.equals(address == null ? null : address.text(),
        e.address == null ? null : e.address.text());
  }

  @Override
  public int hashCode() {
    return Objects.hash(type, namespace, name, kind, address == null ? null : address.text());
  }

  /** As the listing writes it: {@code ns/name[Kind]}, {@code ns/name}, {@code hostendpoint/name} or the address. */
  @Override
  public String toString() {
    switch (type) {
      case WORKLOAD:
        return namespace + "/" + name + (kind == null ? "" : "[" + kind + "]");
      case HOST:
        return "hostendpoint/" + name;
      default:
        return address.text();
    }
  }
}
