package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.calico.FelixConfiguration;
import dev.calicokit.model.calico.FelixConfigurationSpec;
import dev.calicokit.model.calico.HealthTimeoutOverride;
import dev.calicokit.model.calico.ProtoPort;
import dev.calicokit.model.calico.RouteTableIDRange;
import dev.calicokit.model.calico.RouteTableRange;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.IntOrString;
import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.model.values.Protocol;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** FelixConfiguration values that Calico's validator checks beyond the CRD schema. Reads the typed configuration. */
final class FelixRules {
  private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
  private static final Pattern HEALTH_NAME = Pattern.compile("[a-zA-Z0-9_ -]+");
  private static final long MAX_TABLE = 0xFFFFFFFFL;
  private static final long MAX_DESIGNATED_TABLES = 0xFFFF;

  private FelixRules() {}

  static void check(DocCheck c) {
    Optional<FelixConfigurationSpec> typed = c.resource(FelixConfiguration.class).map(FelixConfiguration::spec);
    if (typed.isEmpty()) {
      return;
    }
    FelixConfigurationSpec spec = typed.get();
    List<IntOrString> ranges = spec.kubeNodePortRanges();
    if (ranges.size() > 7) {
      c.error("calico.felix.node-port-ranges", "/spec/kubeNodePortRanges", "at most 7 node port ranges fit in one"
          + " iptables multiport match; found " + ranges.size());
    }
    for (int i = 0; i < ranges.size(); i++) {
      Optional<String> r = ranges.get(i).string();
      if (r.isPresent() && !r.get().matches("[0-9]+(:[0-9]+)?")) {
        c.error("calico.felix.node-port-ranges", Pointer.at("/spec/kubeNodePortRanges", i), "node port ranges are"
            + " numbers or ranges first:last, not port names such as " + DocCheck.q(r.get()));
      }
    }
    List<String> external = spec.externalNodesList();
    for (int i = 0; i < external.size(); i++) {
      String s = external.get(i);
      Optional<NetPrefix> cidr = Networks.cidrOrIp(s);
      if (cidr.isEmpty() || !cidr.get().is4()) {
        c.error("calico.felix.external-nodes", Pointer.at("/spec/externalNodesList", i), DocCheck.q(s)
            + " is not an IPv4 CIDR or address");
      }
    }
    spec.openstackRegion().filter(s -> !s.isEmpty()).ifPresent(region -> {
      if (region.length() > 63 - "openstack-region-".length() || !DNS_LABEL.matcher(region).matches()) {
        c.error("calico.felix.openstack-region", "/spec/openstackRegion", "openstackRegion " + DocCheck.q(region)
            + " must be a DNS label of at most 46 characters (it becomes part of a namespace name)");
      }
    });
    address(c, "natOutgoingAddress", spec.natOutgoingAddress(), true);
    address(c, "deviceRouteSourceAddress", spec.deviceRouteSourceAddress(), true);
    address(c, "deviceRouteSourceAddressIPv6", spec.deviceRouteSourceAddressIPv6(), false);
    checkRouteTables(c, spec);
    List<HealthTimeoutOverride> overrides = spec.healthTimeoutOverrides();
    for (int i = 0; i < overrides.size(); i++) {
      HealthTimeoutOverride o = overrides.get(i);
      if (!HEALTH_NAME.matcher(o.name()).matches()) {
        c.error("calico.felix.health-timeout", Pointer.at("/spec/healthTimeoutOverrides", i, "name"), "health"
            + " timeout override name " + DocCheck.q(o.name()) + " must be letters, digits, '_', '-' and spaces");
      }
      if (o.timeout().text().startsWith("-")) {
        c.error("calico.felix.health-timeout", Pointer.at("/spec/healthTimeoutOverrides", i, "timeout"),
            "a health timeout cannot be negative");
      }
    }
    failsafe(c, "failsafeInboundHostPorts", spec.failsafeInboundHostPorts());
    failsafe(c, "failsafeOutboundHostPorts", spec.failsafeOutboundHostPorts());
  }

  private static void failsafe(DocCheck c, String field, List<ProtoPort> ports) {
    for (int i = 0; i < ports.size(); i++) {
      // Felix's own defaults spell these in lower case ("tcp:22"): any case is accepted.
      String protocol = ports.get(i).protocol().map(Protocol::toString).orElse("tcp");
      if (!protocol.equalsIgnoreCase("TCP") && !protocol.equalsIgnoreCase("UDP") && !protocol.equalsIgnoreCase("SCTP")) {
        c.error("calico.felix.failsafe-protocol", Pointer.at("/spec", field, i, "protocol"), "failsafe ports"
            + " need protocol TCP, UDP or SCTP, not " + DocCheck.q(protocol));
      }
      String net = ports.get(i).net().map(Cidr::text).orElse("");
      if (!net.isEmpty() && Networks.cidrOrIp(net).isEmpty()) {
        c.error("calico.felix.failsafe-net", Pointer.at("/spec", field, i, "net"), DocCheck.q(net)
            + " is not an IPv4 or IPv6 CIDR");
      }
    }
  }

  private static void address(DocCheck c, String field, Optional<String> value, boolean v4) {
    value.filter(s -> !s.isEmpty()).ifPresent(s -> {
      Optional<NetAddr> ip = Networks.ip(s);
      if (ip.isEmpty() || ip.get().is4() != v4) {
        c.error("calico.felix.address", "/spec/" + field, field + " " + DocCheck.q(s) + " is not an "
            + (v4 ? "IPv4" : "IPv6") + " address");
      }
    });
  }

  private static void checkRouteTables(DocCheck c, FelixConfigurationSpec spec) {
    Optional<RouteTableRange> single = spec.routeTableRange();
    List<RouteTableIDRange> many = spec.routeTableRanges();
    if (single.isPresent() && !many.isEmpty()) {
      c.error("calico.felix.route-table-range", "/spec/routeTableRange", "routeTableRange cannot be set together"
          + " with routeTableRanges: keep routeTableRanges");
    }
    if (single.isPresent()) {
      long min = single.get().min();
      long max = single.get().max();
      if (!(min >= 1 && max >= min && max <= 250)) {
        c.error("calico.felix.route-table-range", "/spec/routeTableRange", "routeTableRange " + min + "-" + max
            + " must lie within 1 to 250 with min <= max");
      }
    }
    if (!many.isEmpty()) {
      long total = 0;
      for (int i = 0; i < many.size(); i++) {
        long min = many.get(i).min();
        long max = many.get(i).max();
        String p = Pointer.at("/spec/routeTableRanges", i);
        if (min > max) {
          c.error("calico.felix.route-table-range", p, "route table range " + min + "-" + max + " runs backwards:"
              + " min must not exceed max");
        } else if (min < 1) {
          c.error("calico.felix.route-table-range", p, "route table indexes start at 1, not " + min);
        } else if (max > MAX_TABLE) {
          c.error("calico.felix.route-table-range", p, "route table index " + max + " is above 4294967295");
        } else {
          total += max - min + 1;
        }
      }
      if (total > MAX_DESIGNATED_TABLES) {
        c.error("calico.felix.route-table-range", "/spec/routeTableRanges", "the ranges designate " + total
            + " tables: at most 65535 expected");
      }
    }
  }
}
