package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.calico.EndpointPort;
import dev.calicokit.model.calico.GlobalNetworkSet;
import dev.calicokit.model.calico.HostEndpoint;
import dev.calicokit.model.calico.HostEndpointSpec;
import dev.calicokit.model.calico.IPReservation;
import dev.calicokit.model.calico.NetworkSet;
import dev.calicokit.model.calico.Tier;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.IpAddress;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** HostEndpoint, IPReservation, network set and Tier rules. Reads the typed resources. */
final class EndpointRules {
  private static final Pattern INTERFACE = Pattern.compile("[a-zA-Z0-9_.-]{1,15}");
  private static final Double DEFAULT_TIER_ORDER = 1_000_000d;
  private static final Double KUBE_ADMIN_TIER_ORDER = 1_000d;
  private static final Double KUBE_BASELINE_TIER_ORDER = 10_000_000d;

  private EndpointRules() {}

  static void checkHostEndpoint(DocCheck c) {
    // Reads the tree: the model gives an absent spec its empty default, and a host endpoint that writes
    // no spec at all is the structure layer's to report.
    if (!c.spec().isObject()) {
      return;
    }
    Optional<HostEndpointSpec> typed = c.resource(HostEndpoint.class).map(HostEndpoint::spec);
    if (typed.isEmpty()) {
      return;
    }
    HostEndpointSpec spec = typed.get();
    if (spec.node().orElse("").isEmpty()) {
      c.error("calico.hostendpoint.node", "/spec", "a host endpoint needs spec.node, the node it belongs to");
    }
    Optional<String> iface = spec.interfaceName().filter(s -> !s.isEmpty());
    if (iface.isEmpty() && spec.expectedIPs().isEmpty()) {
      c.error("calico.hostendpoint.interface", "/spec", "a host endpoint needs interfaceName, expectedIPs or both");
    }
    if (iface.isPresent() && !iface.get().equals("*") && !INTERFACE.matcher(iface.get()).matches()) {
      c.error("calico.hostendpoint.interface-name", "/spec/interfaceName", "interface name " + DocCheck.q(iface.get())
          + " must be \"*\" or 1 to 15 letters, digits, '_', '.' and '-'");
    }
    List<IpAddress> ips = spec.expectedIPs();
    for (int i = 0; i < ips.size(); i++) {
      // The model keeps the text as written; Calico reads it as Go's net.ParseIP does.
      String text = ips.get(i).text();
      if (Networks.ip(text).isEmpty()) {
        c.error("calico.hostendpoint.expected-ip", Pointer.at("/spec/expectedIPs", i), DocCheck.q(text)
            + " is not an IPv4 or IPv6 address");
      }
    }
    List<EndpointPort> ports = spec.ports();
    for (int i = 0; i < ports.size(); i++) {
      if (!Protocols.hasPorts(Optional.of(ports.get(i).protocol()))) {
        c.error("calico.hostendpoint.port-protocol", Pointer.at("/spec/ports", i, "protocol"), "named endpoint"
            + " ports need protocol TCP, UDP or SCTP, not " + ports.get(i).protocol());
      }
    }
  }

  static void checkReservation(DocCheck c) {
    c.resource(IPReservation.class).ifPresent(r ->
        cidrs(c, "calico.ipreservation.cidr", "/spec/reservedCIDRs", r.spec().reservedCIDRs()));
  }

  static void checkNetworkSet(DocCheck c) {
    c.resource(NetworkSet.class).ifPresent(s -> cidrs(c, "calico.networkset.net", "/spec/nets", s.spec().nets()));
    c.resource(GlobalNetworkSet.class).ifPresent(s -> cidrs(c, "calico.networkset.net", "/spec/nets", s.spec().nets()));
  }

  private static void cidrs(DocCheck c, String rule, String pointer, List<Cidr> cidrs) {
    for (int i = 0; i < cidrs.size(); i++) {
      // The model keeps the text as written; Calico reads it as a CIDR or a bare address.
      String text = cidrs.get(i).text();
      if (Networks.cidrOrIp(text).isEmpty()) {
        c.error(rule, Pointer.at(pointer, i), DocCheck.q(text) + " is not an IPv4 or IPv6 CIDR or address");
      }
    }
  }

  static void checkTier(DocCheck c) {
    Optional<Tier> tier = c.resource(Tier.class);
    if (tier.isEmpty()) {
      return;
    }
    String name = tier.get().metadata().name().orElse("");
    // The tiers Calico makes itself keep their fixed order; kube-admin and kube-baseline from v3.32.
    Double fixed = name.equals("default") ? DEFAULT_TIER_ORDER
        : !c.release().within(Release.V3_32, Release.latest()) ? null
        : name.equals("kube-admin") ? KUBE_ADMIN_TIER_ORDER
        : name.equals("kube-baseline") ? KUBE_BASELINE_TIER_ORDER : null;
    if (fixed == null) {
      return;
    }
    Optional<BigDecimal> order = tier.get().spec().order();
    if (order.isEmpty() || order.get().doubleValue() != fixed) {
      c.error(name.equals("default") ? "calico.tier.default-order" : "calico.tier.reserved-order", "/spec/order",
          "the " + name + " tier's order must be " + BigDecimal.valueOf(fixed).toPlainString()
          + (order.isEmpty() ? " (it is not set)" : ", not " + order.get()));
    }
  }
}
