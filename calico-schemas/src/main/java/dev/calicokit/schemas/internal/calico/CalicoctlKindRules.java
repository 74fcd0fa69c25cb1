package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.calico.IPNAT;
import dev.calicokit.model.calico.Node;
import dev.calicokit.model.calico.NodeAddress;
import dev.calicokit.model.calico.NodeBGPSpec;
import dev.calicokit.model.calico.NodeSpec;
import dev.calicokit.model.calico.Profile;
import dev.calicokit.model.calico.ProfileSpec;
import dev.calicokit.model.calico.WorkloadEndpoint;
import dev.calicokit.model.calico.WorkloadEndpointPort;
import dev.calicokit.model.calico.WorkloadEndpointSpec;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.IpAddress;
import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The kinds calicoctl serves without a CRD, as libcalico-go's validator judges them (v3.32.1): Node
 * (a {@code bgp} block that sets nothing, address families, MACs, address types, WireGuard keys),
 * WorkloadEndpoint (names, container ID, interface, single-address networks, NATs inside them,
 * gateways, ports) and Profile (its rules, the labels it applies). Reads the typed resources.
 */
final class CalicoctlKindRules {
  private static final Pattern NAME = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
  private static final Pattern CONTAINER_ID = Pattern.compile("[a-zA-Z0-9]([-a-zA-Z0-9]*[a-zA-Z0-9])?");
  private static final Pattern INTERFACE = Pattern.compile("[a-zA-Z0-9_.-]{1,15}");
  private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([a-z0-9]|-(?=[a-z0-9]))*");
  private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");
  /** The forms Go's net.ParseMAC reads: 6, 8 or 20 octets, split by ':' or '-', or dotted groups of four digits. */
  private static final Pattern MAC = Pattern.compile(
      "([0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){7}|[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){19}"
      + "|[0-9A-Fa-f]{2}(-[0-9A-Fa-f]{2}){5}|[0-9A-Fa-f]{2}(-[0-9A-Fa-f]{2}){7}|[0-9A-Fa-f]{2}(-[0-9A-Fa-f]{2}){19}"
      + "|[0-9A-Fa-f]{4}(\\.[0-9A-Fa-f]{4}){2}|[0-9A-Fa-f]{4}(\\.[0-9A-Fa-f]{4}){3}|[0-9A-Fa-f]{4}(\\.[0-9A-Fa-f]{4}){9})");

  private CalicoctlKindRules() {}

  static void checkNode(DocCheck c) {
    c.resource(Node.class).ifPresent(node -> {
      NodeSpec spec = node.spec();
      spec.bgp().ifPresent(bgp -> checkBgp(c, bgp));
      ip(c, "/spec/ipv4VXLANTunnelAddr", spec.ipv4VXLANTunnelAddr(), 4);
      ip(c, "/spec/ipv6VXLANTunnelAddr", spec.ipv6VXLANTunnelAddr(), 6);
      mac(c, "/spec/vxlanTunnelMACAddr", spec.vxlanTunnelMACAddr());
      mac(c, "/spec/vxlanTunnelMACAddrV6", spec.vxlanTunnelMACAddrV6());
      spec.wireguard().ifPresent(wg -> {
        ip(c, "/spec/wireguard/interfaceIPv4Address", wg.interfaceIPv4Address(), 4);
        ip(c, "/spec/wireguard/interfaceIPv6Address", wg.interfaceIPv6Address(), 6);
      });
      List<NodeAddress> addresses = spec.addresses();
      for (int i = 0; i < addresses.size(); i++) {
        NodeAddress a = addresses.get(i);
        String at = Pointer.at("/spec/addresses", i);
        if (Networks.cidrOrIp(a.address().text()).isEmpty()) {
          c.error("calico.node.address", Pointer.at(at, "address"), DocCheck.q(a.address().text())
              + " is not an IPv4 or IPv6 address or CIDR");
        }
        a.type().filter(t -> !t.value().isEmpty() && !t.isKnown()).ifPresent(t ->
            c.error("calico.node.address-type", Pointer.at(at, "type"), "address type "
                + DocCheck.q(t.value()) + " is not one of CalicoNodeIP, InternalIP, ExternalIP"));
      }
      for (int i = 0; i < spec.interfaces().size(); i++) {
        int at = i;
        spec.interfaces().get(i).name().filter(n -> !n.isEmpty() && !NAME.matcher(n).matches()).ifPresent(n ->
            c.error("calico.node.interface-name", Pointer.at("/spec/interfaces", at, "name"), "interface name "
                + DocCheck.q(n) + " must be lower-case letters, digits, '-' and '.' (a DNS-1123 subdomain)"));
      }
      node.status().ifPresent(status -> {
        wireguardKey(c, "/status/wireguardPublicKey", status.wireguardPublicKey());
        wireguardKey(c, "/status/wireguardPublicKeyV6", status.wireguardPublicKeyV6());
      });
    });
  }

  private static void checkBgp(DocCheck c, NodeBGPSpec bgp) {
    if (bgp.asNumber().isEmpty() && bgp.ipv4Address().isEmpty() && bgp.ipv6Address().isEmpty()
        && bgp.ipv4IPIPTunnelAddr().isEmpty() && bgp.routeReflectorClusterID().isEmpty()) {
      c.error("calico.node.bgp-empty", "/spec/bgp", "spec.bgp sets nothing: give the node's ipv4Address or"
          + " ipv6Address (or another BGP field), or leave bgp out");
    }
    cidr(c, "/spec/bgp/ipv4Address", bgp.ipv4Address(), 4);
    cidr(c, "/spec/bgp/ipv6Address", bgp.ipv6Address(), 6);
    ip(c, "/spec/bgp/ipv4IPIPTunnelAddr", bgp.ipv4IPIPTunnelAddr(), 4);
    ip(c, "/spec/bgp/routeReflectorClusterID", bgp.routeReflectorClusterID(), 4);
    bgp.asNumber().filter(n -> n < 0 || n > 4294967295L).ifPresent(n ->
        c.error("calico.node.as-number", "/spec/bgp/asNumber", "AS number " + n + " is not between 0 and 4294967295"));
  }

  static void checkWorkloadEndpoint(DocCheck c) {
    c.resource(WorkloadEndpoint.class).ifPresent(wep -> {
      WorkloadEndpointSpec spec = wep.spec();
      name(c, "orchestrator", spec.orchestrator());
      name(c, "workload", spec.workload());
      name(c, "node", spec.node());
      name(c, "pod", spec.pod());
      name(c, "endpoint", spec.endpoint());
      name(c, "serviceAccountName", spec.serviceAccountName());
      spec.containerID().filter(id -> !id.isEmpty() && !CONTAINER_ID.matcher(id).matches()).ifPresent(id ->
          c.error("calico.workloadendpoint.container-id", "/spec/containerID", "container ID " + DocCheck.q(id)
              + " must be letters, digits and '-', starting and ending with a letter or digit"));
      String iface = spec.interfaceName().orElse("");
      if (!iface.equals("*") && !INTERFACE.matcher(iface).matches()) {
        c.error("calico.workloadendpoint.interface-name", iface.isEmpty() ? "/spec" : "/spec/interfaceName",
            iface.isEmpty() ? "a workload endpoint needs spec.interfaceName, its host-side interface (such as cali1234)"
                : "interface name " + DocCheck.q(iface) + " must be 1 to 15 letters, digits, '_', '.' and '-'");
      }
      mac(c, "/spec/mac", spec.mac());
      for (int i = 0; i < spec.profiles().size(); i++) {
        String p = spec.profiles().get(i);
        if (!NAME.matcher(p).matches()) {
          c.error("calico.workloadendpoint.profile", Pointer.at("/spec/profiles", i), "profile name " + DocCheck.q(p)
              + " must be a DNS-1123 subdomain: lower-case letters, digits, '-' and '.'");
        }
      }
      checkNetworks(c, spec);
      ip(c, "/spec/ipv4Gateway", spec.ipv4Gateway(), 4);
      ip(c, "/spec/ipv6Gateway", spec.ipv6Gateway(), 6);
      for (int i = 0; i < spec.allowSpoofedSourcePrefixes().size(); i++) {
        String text = spec.allowSpoofedSourcePrefixes().get(i).text();
        if (Networks.cidrOrIp(text).isEmpty()) {
          c.error("calico.workloadendpoint.spoofed-prefix", Pointer.at("/spec/allowSpoofedSourcePrefixes", i),
              DocCheck.q(text) + " is not an IPv4 or IPv6 CIDR or address");
        }
      }
      for (int i = 0; i < spec.ports().size(); i++) {
        checkPort(c, spec.ports().get(i), Pointer.at("/spec/ports", i));
      }
    });
  }

  private static void checkNetworks(DocCheck c, WorkloadEndpointSpec spec) {
    List<Cidr> networks = spec.ipNetworks();
    for (int i = 0; i < networks.size(); i++) {
      String text = networks.get(i).text();
      Optional<NetPrefix> n = Networks.cidrOrIp(text);
      if (n.isEmpty()) {
        c.error("calico.workloadendpoint.ip-network", Pointer.at("/spec/ipNetworks", i), DocCheck.q(text)
            + " is not an IPv4 or IPv6 CIDR or address");
      } else if (!n.get().isSingleIP()) {
        c.error("calico.workloadendpoint.ip-network", Pointer.at("/spec/ipNetworks", i), DocCheck.q(text)
            + " holds more than one address: a workload endpoint's networks are single addresses (/32, /128)");
      }
    }
    List<IPNAT> nats = spec.ipNATs();
    for (int i = 0; i < nats.size(); i++) {
      IPNAT nat = nats.get(i);
      Optional<NetPrefix> internal = Networks.cidrOrIp(nat.internalIP().text());
      Optional<NetPrefix> external = Networks.cidrOrIp(nat.externalIP().text());
      if (internal.isEmpty()) {
        c.error("calico.workloadendpoint.ip-nat", Pointer.at("/spec/ipNATs", i, "internalIP"),
            DocCheck.q(nat.internalIP().text()) + " is not an IP address");
      }
      if (external.isEmpty()) {
        c.error("calico.workloadendpoint.ip-nat", Pointer.at("/spec/ipNATs", i, "externalIP"),
            DocCheck.q(nat.externalIP().text()) + " is not an IP address");
      }
      if (internal.isEmpty() || external.isEmpty()) {
        continue;
      }
      if (internal.get().is4() != external.get().is4()) {
        c.error("calico.workloadendpoint.ip-nat", Pointer.at("/spec/ipNATs", i), "the internal and external"
            + " addresses of a NAT must be of one IP version");
      }
      NetAddr inside = internal.get().addr();
      boolean covered = networks.stream().map(n -> Networks.cidrOrIp(n.text())).flatMap(Optional::stream)
          .anyMatch(n -> n.contains(inside));
      if (!covered) {
        c.error("calico.workloadendpoint.ip-nat", Pointer.at("/spec/ipNATs", i, "internalIP"), "internal address "
            + DocCheck.q(nat.internalIP().text()) + " is not one of the endpoint's ipNetworks");
      }
    }
  }

  private static void checkPort(DocCheck c, WorkloadEndpointPort port, String at) {
    if (!Protocols.hasPorts(port.protocol())) {
      c.error("calico.workloadendpoint.port-protocol", Pointer.at(at, "protocol"), "a workload endpoint port needs"
          + " protocol TCP, UDP or SCTP" + port.protocol().map(p -> ", not " + p).orElse(""));
    }
    String name = port.name().orElse("");
    long hostPort = port.hostPort().orElse(0L);
    if (name.isEmpty() && hostPort == 0) {
      c.error("calico.workloadendpoint.port-name", at, "a workload endpoint port needs a name unless it maps a hostPort");
    } else if (!name.isEmpty() && (name.length() > 15 || !PORT_NAME.matcher(name).matches() || !name.matches(".*[a-z].*"))) {
      c.error("calico.workloadendpoint.port-name", Pointer.at(at, "name"), "port name " + DocCheck.q(name) + " must be"
          + " at most 15 lower-case letters, digits and inner single hyphens, one letter at least");
    }
    long number = port.port().orElse(0L);
    if (number < 1 || number > 65535) {
      c.error("calico.workloadendpoint.port", port.port().isPresent() ? Pointer.at(at, "port") : at,
          "a workload endpoint port needs a port number from 1 to 65535" + port.port().map(n -> ", not " + n).orElse(""));
    }
    if (hostPort < 0 || hostPort > 65535) {
      c.error("calico.workloadendpoint.port", Pointer.at(at, "hostPort"), "hostPort " + hostPort
          + " is not between 0 and 65535");
    }
    port.hostIP().map(IpAddress::text).filter(t -> !t.isEmpty() && Networks.cidrOrIp(t).isEmpty()).ifPresent(t ->
        c.error("calico.workloadendpoint.port-host-ip", Pointer.at(at, "hostIP"), DocCheck.q(t)
            + " is not an IPv4 or IPv6 address"));
  }

  static void checkProfile(DocCheck c) {
    c.resource(Profile.class).ifPresent(profile -> {
      ProfileSpec spec = profile.spec();
      for (int i = 0; i < spec.ingress().size(); i++) {
        RuleRules.check(c, spec.ingress().get(i), Pointer.at("/spec/ingress", i), false, true);
      }
      for (int i = 0; i < spec.egress().size(); i++) {
        RuleRules.check(c, spec.egress().get(i), Pointer.at("/spec/egress", i), true, true);
      }
      for (Map.Entry<String, String> e : spec.labelsToApply().entrySet()) {
        String at = Pointer.at("/spec/labelsToApply", e.getKey());
        NameRules.qualifiedNameProblem(e.getKey()).ifPresent(why -> c.error("calico.profile.label-key", at,
            "label key " + DocCheck.q(e.getKey()) + " is not a qualified name: " + why));
        if (e.getValue().length() > 63 || !LABEL_VALUE.matcher(e.getValue()).matches()) {
          c.error("calico.profile.label-value", at, "label value " + DocCheck.q(e.getValue()) + " must be at most 63"
              + " letters, digits, '-', '_' or '.', starting and ending with a letter or digit");
        }
      }
    });
  }

  private static void name(DocCheck c, String field, Optional<String> value) {
    value.filter(v -> !v.isEmpty() && !NAME.matcher(v).matches()).ifPresent(v ->
        c.error("calico.workloadendpoint.name", "/spec/" + field, field + " " + DocCheck.q(v) + " must be a DNS-1123"
            + " subdomain: lower-case letters, digits, '-' and '.', starting and ending with a letter or digit"));
  }

  /** An address of one family (Go's validator tags ipv4 and ipv6). */
  private static void ip(DocCheck c, String at, Optional<IpAddress> value, int family) {
    value.map(IpAddress::text).filter(t -> !t.isEmpty()).ifPresent(t -> {
      Optional<NetAddr> a = Networks.ip(t);
      if (a.isEmpty() || (family == 4) != a.get().unmap().is4()) {
        c.error("calico.address-family", at, DocCheck.q(t) + " is not an IPv" + family + " address");
      }
    });
  }

  /** A CIDR of one family (Go's validator tags cidrv4 and cidrv6). */
  private static void cidr(DocCheck c, String at, Optional<Cidr> value, int family) {
    value.map(Cidr::text).filter(t -> !t.isEmpty()).ifPresent(t -> {
      Optional<NetPrefix> n = dev.calicokit.model.values.IpParser.parseCIDR(t);
      if (n.isEmpty() || (family == 4) != n.get().addr().unmap().is4()) {
        c.error("calico.address-family", at, DocCheck.q(t) + " is not an IPv" + family + " CIDR (address/prefix length)");
      }
    });
  }

  private static void mac(DocCheck c, String at, Optional<String> value) {
    value.filter(v -> !v.isEmpty() && !MAC.matcher(v).matches()).ifPresent(v ->
        c.error("calico.mac", at, DocCheck.q(v) + " is not a MAC address (such as 66:f2:a0:3c:1d:0e)"));
  }

  /** A WireGuard public key: 32 bytes in standard base64, as wgtypes.ParseKey reads it. */
  private static void wireguardKey(DocCheck c, String at, Optional<String> value) {
    value.filter(v -> !v.isEmpty()).ifPresent(v -> {
      boolean ok;
      try {
        ok = Base64.getDecoder().decode(v).length == 32;
      } catch (IllegalArgumentException e) {
        ok = false;
      }
      if (!ok) {
        c.error("calico.node.wireguard-key", at, DocCheck.q(v) + " is not a WireGuard public key (32 bytes in base64)");
      }
    });
  }
}
