package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.regex.Pattern;

/** HostEndpoint, IPReservation, network set and Tier rules. */
final class EndpointRules {
  private static final Pattern INTERFACE = Pattern.compile("[a-zA-Z0-9_.-]{1,15}");
  private static final double DEFAULT_TIER_ORDER = 1_000_000;

  private EndpointRules() {}

  static void checkHostEndpoint(DocCheck c) {
    JsonNode spec = c.spec();
    if (!spec.isObject()) {
      return;
    }
    if (DocCheck.text(spec, "node").orElse("").isEmpty()) {
      c.error("calico.hostendpoint.node", "/spec", "a host endpoint needs spec.node, the node it belongs to");
    }
    Optional<String> iface = DocCheck.text(spec, "interfaceName").filter(s -> !s.isEmpty());
    if (iface.isEmpty() && !DocCheck.nonEmpty(spec, "expectedIPs")) {
      c.error("calico.hostendpoint.interface", "/spec", "a host endpoint needs interfaceName, expectedIPs or both");
    }
    if (iface.isPresent() && !iface.get().equals("*") && !INTERFACE.matcher(iface.get()).matches()) {
      c.error("calico.hostendpoint.interface-name", "/spec/interfaceName", "interface name " + DocCheck.q(iface.get())
          + " must be \"*\" or 1 to 15 letters, digits, '_', '.' and '-'");
    }
    JsonNode ips = spec.path("expectedIPs");
    for (int i = 0; i < ips.size(); i++) {
      if (ips.get(i).isTextual() && Networks.ip(ips.get(i).asText()).isEmpty()) {
        c.error("calico.hostendpoint.expected-ip", Pointer.at("/spec/expectedIPs", i), DocCheck.q(ips.get(i).asText())
            + " is not an IPv4 or IPv6 address");
      }
    }
    JsonNode ports = spec.path("ports");
    for (int i = 0; i < ports.size(); i++) {
      JsonNode protocol = ports.get(i).get("protocol");
      if (protocol != null && !protocol.isNull() && !Protocols.hasPorts(protocol)) {
        c.error("calico.hostendpoint.port-protocol", Pointer.at("/spec/ports", i, "protocol"), "named endpoint"
            + " ports need protocol TCP, UDP or SCTP, not " + protocol.asText());
      }
    }
  }

  static void checkReservation(DocCheck c) {
    JsonNode cidrs = c.spec().path("reservedCIDRs");
    for (int i = 0; i < cidrs.size(); i++) {
      if (cidrs.get(i).isTextual() && Networks.cidrOrIp(cidrs.get(i).asText()).isEmpty()) {
        c.error("calico.ipreservation.cidr", Pointer.at("/spec/reservedCIDRs", i), DocCheck.q(cidrs.get(i).asText())
            + " is not an IPv4 or IPv6 CIDR or address");
      }
    }
  }

  static void checkNetworkSet(DocCheck c) {
    JsonNode nets = c.spec().path("nets");
    for (int i = 0; i < nets.size(); i++) {
      if (nets.get(i).isTextual() && Networks.cidrOrIp(nets.get(i).asText()).isEmpty()) {
        c.error("calico.networkset.net", Pointer.at("/spec/nets", i), DocCheck.q(nets.get(i).asText())
            + " is not an IPv4 or IPv6 CIDR or address");
      }
    }
  }

  static void checkTier(DocCheck c) {
    if (!c.name().orElse("").equals("default")) {
      return;
    }
    JsonNode order = c.spec().get("order");
    if (order == null || !order.isNumber() || order.asDouble() != DEFAULT_TIER_ORDER) {
      c.error("calico.tier.default-order", "/spec/order", "the default tier's order must be 1000000"
          + (order == null || order.isNull() ? " (it is not set)" : ", not " + order.asText()));
    }
  }
}
