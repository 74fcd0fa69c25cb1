package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.values.NetPrefix;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * One ingress or egress rule of a Calico policy: action, protocol, ports only with port protocols, ICMP
 * ranges and protocol, network families, HTTP matches and service matches.
 */
final class RuleRules {
  private static final Set<String> ACTIONS = Set.of("Allow", "Deny", "Log", "Pass");

  private RuleRules() {}

  /** Checks the rule at {@code pointer}; {@code egress} tells the direction, {@code global} the policy scope. */
  static void check(DocCheck c, JsonNode rule, String pointer, boolean egress, boolean global) {
    if (!rule.isObject()) {
      return;
    }
    Optional<String> action = DocCheck.text(rule, "action");
    if (action.isPresent() && !ACTIONS.contains(action.get())) {
      c.error("calico.rule.action", Pointer.at(pointer, "action"), "action " + DocCheck.q(action.get())
          + " is not one of Allow, Deny, Log, Pass");
    }
    JsonNode protocol = rule.get("protocol");
    for (String field : new String[] {"protocol", "notProtocol"}) {
      JsonNode p = rule.get(field);
      if (p != null && !p.isNull()) {
        Protocols.problem(p).ifPresent(why -> c.error("calico.rule.protocol", Pointer.at(pointer, field), why));
      }
    }
    checkPorts(c, rule, pointer, protocol);
    checkIcmp(c, rule, pointer, protocol);
    checkNets(c, rule, pointer);
    checkHttp(c, rule, pointer, protocol, action, egress);
    checkServices(c, rule, pointer, egress, global);
    for (String side : new String[] {"source", "destination"}) {
      checkEntityGlobal(c, rule.path(side), Pointer.at(pointer, side));
    }
  }

  private static void checkPorts(DocCheck c, JsonNode rule, String pointer, JsonNode protocol) {
    boolean ports = Protocols.hasPorts(protocol);
    for (String side : new String[] {"source", "destination"}) {
      for (String field : new String[] {"ports", "notPorts"}) {
        JsonNode list = rule.path(side).path(field);
        if (!list.isArray() || list.isEmpty()) {
          continue;
        }
        String p = Pointer.at(pointer, side, field);
        if (!ports) {
          c.error("calico.rule.ports-protocol", p, side + "." + field + " needs protocol TCP, UDP or SCTP"
              + (protocol == null || protocol.isNull() ? " (the rule names no protocol)"
                  : " (the rule's protocol is " + protocol.asText() + ")"));
        }
        PortRules.check(c, list, p);
      }
    }
  }

  private static void checkIcmp(DocCheck c, JsonNode rule, String pointer, JsonNode protocol) {
    for (String field : new String[] {"icmp", "notICMP"}) {
      JsonNode icmp = rule.get(field);
      if (icmp == null || !icmp.isObject()) {
        continue;
      }
      String p = Pointer.at(pointer, field);
      JsonNode type = icmp.get("type");
      JsonNode code = icmp.get("code");
      if (type != null && type.isIntegralNumber() && (type.asLong() < 0 || type.asLong() > 254)) {
        c.error("calico.rule.icmp-range", Pointer.at(p, "type"), "ICMP type " + type.asLong()
            + " is out of range: expected 0 to 254");
      }
      if (code != null && code.isIntegralNumber() && (code.asLong() < 0 || code.asLong() > 255)) {
        c.error("calico.rule.icmp-range", Pointer.at(p, "code"), "ICMP code " + code.asLong()
            + " is out of range: expected 0 to 255");
      }
      if (code != null && !code.isNull() && (type == null || type.isNull())) {
        c.error("calico.rule.icmp-code-without-type", Pointer.at(p, "code"), "an ICMP code needs an ICMP type"
            + " beside it (the kernel matches codes only within a type)");
      }
    }
    JsonNode icmp = rule.get("icmp");
    if (icmp != null && icmp.isObject() && !Protocols.is(protocol, "ICMP", 1) && !Protocols.is(protocol, "ICMPv6", 58)) {
      c.error("calico.rule.icmp-protocol", Pointer.at(pointer, "icmp"), "icmp matches need protocol ICMP or ICMPv6");
    }
    JsonNode version = rule.get("ipVersion");
    if (version != null && version.isIntegralNumber()) {
      JsonNode notProtocol = rule.get("notProtocol");
      if ((Protocols.is(protocol, "ICMP", 1) || Protocols.is(notProtocol, "ICMP", 1)) && version.asInt() != 4) {
        c.error("calico.rule.icmp-ip-version", Pointer.at(pointer, "ipVersion"), "protocol ICMP needs ipVersion 4");
      }
      if ((Protocols.is(protocol, "ICMPv6", 58) || Protocols.is(notProtocol, "ICMPv6", 58)) && version.asInt() != 6) {
        c.error("calico.rule.icmp-ip-version", Pointer.at(pointer, "ipVersion"), "protocol ICMPv6 needs ipVersion 6");
      }
    }
  }

  private static void checkNets(DocCheck c, JsonNode rule, String pointer) {
    JsonNode version = rule.get("ipVersion");
    Integer ipVersion = version != null && version.isIntegralNumber() ? version.asInt() : null;
    if (ipVersion != null && ipVersion != 4 && ipVersion != 6) {
      c.error("calico.rule.ip-version", Pointer.at(pointer, "ipVersion"), "ipVersion must be 4 or 6, not " + ipVersion);
      ipVersion = null;
    }
    boolean seen4 = false;
    boolean seen6 = false;
    for (String side : new String[] {"source", "destination"}) {
      for (String field : new String[] {"nets", "notNets"}) {
        JsonNode list = rule.path(side).path(field);
        String p = Pointer.at(pointer, side, field);
        boolean v4 = false;
        boolean v6 = false;
        for (int i = 0; i < list.size(); i++) {
          if (!list.get(i).isTextual()) {
            continue;
          }
          Optional<NetPrefix> cidr = Networks.cidrOrIp(list.get(i).asText());
          if (cidr.isEmpty()) {
            c.error("calico.rule.net", Pointer.at(p, i), DocCheck.q(list.get(i).asText())
                + " is not an IPv4 or IPv6 CIDR such as 10.0.0.0/8");
            continue;
          }
          v4 |= cidr.get().is4();
          v6 |= cidr.get().is6();
          if (ipVersion != null && (cidr.get().is4() ? 4 : 6) != ipVersion) {
            c.error("calico.rule.ip-family", Pointer.at(p, i), Networks.family(cidr.get()) + " network "
                + list.get(i).asText() + " does not match the rule's ipVersion " + ipVersion);
          }
        }
        if ((v4 && v6) || (v4 && seen6) || (v6 && seen4)) {
          c.error("calico.rule.ip-family", p, "a rule matches one IP family: its nets mix IPv4 and IPv6 networks");
        }
        seen4 |= v4;
        seen6 |= v6;
      }
    }
  }

  private static void checkHttp(DocCheck c, JsonNode rule, String pointer, JsonNode protocol,
      Optional<String> action, boolean egress) {
    JsonNode http = rule.get("http");
    if (http == null || http.isNull()) {
      return;
    }
    String p = Pointer.at(pointer, "http");
    if (protocol != null && !protocol.isNull() && !Protocols.is(protocol, "TCP", 6)) {
      c.error("calico.rule.http-protocol", Pointer.at(pointer, "protocol"), "http matches need protocol TCP"
          + " (or no protocol)");
    }
    if (action.isPresent() && !action.get().equals("Allow")) {
      c.error("calico.rule.http-action", p, "http matches are allowed on Allow rules only, not on "
          + action.get() + " rules");
    }
    if (egress) {
      c.error("calico.rule.http-egress", p, "http matches are allowed in ingress rules only");
    }
    JsonNode methods = http.path("methods");
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < methods.size(); i++) {
      if (!seen.add(methods.get(i).asText())) {
        c.error("calico.rule.http-methods", Pointer.at(p, "methods", i), "method "
            + DocCheck.q(methods.get(i).asText()) + " is listed twice");
      }
    }
    JsonNode paths = http.path("paths");
    for (int i = 0; i < paths.size(); i++) {
      JsonNode path = paths.get(i);
      String pp = Pointer.at(p, "paths", i);
      String exact = path.path("exact").asText("");
      String prefix = path.path("prefix").asText("");
      if (!exact.isEmpty() && !prefix.isEmpty()) {
        c.error("calico.rule.http-path", pp, "a path match sets exact or prefix, not both");
        continue;
      }
      String v = exact.isEmpty() ? prefix : exact;
      if (v.isEmpty()) {
        c.error("calico.rule.http-path", pp, "a path match needs exact or prefix");
      } else if (!v.startsWith("/") || v.contains("?") || v.contains("#") || v.contains(" ")) {
        c.error("calico.rule.http-path", Pointer.at(pp, exact.isEmpty() ? "prefix" : "exact"), "path "
            + DocCheck.q(v) + " must start with '/' and hold no '?', '#' or space");
      }
    }
  }

  private static void checkServices(DocCheck c, JsonNode rule, String pointer, boolean egress, boolean global) {
    for (String side : new String[] {"source", "destination"}) {
      JsonNode entity = rule.path(side);
      JsonNode services = entity.get("services");
      if (services == null || services.isNull()) {
        continue;
      }
      String p = Pointer.at(pointer, side, "services");
      if (egress && side.equals("source")) {
        c.error("calico.rule.service-direction", p, "egress rules match services in the destination only");
      } else if (!egress && side.equals("destination")) {
        c.error("calico.rule.service-direction", p, "ingress rules match services in the source only");
      }
      if (DocCheck.text(services, "name").orElse("").isEmpty()) {
        c.error("calico.rule.service-name", p, "a service match needs the service name");
      }
      if (global && DocCheck.text(services, "namespace").orElse("").isEmpty()) {
        c.error("calico.rule.service-namespace", p, "in a global policy a service match needs the service's namespace");
      }
      for (String other : new String[] {"selector", "notSelector", "namespaceSelector", "serviceAccounts",
          "nets", "notNets"}) {
        if (DocCheck.nonEmpty(entity, other)) {
          c.error("calico.rule.service-conflict", Pointer.at(pointer, side, other), side + "." + other
              + " cannot be combined with a service match (the service defines the endpoints)");
        }
      }
      if (side.equals("destination")) {
        for (String ports : new String[] {"ports", "notPorts"}) {
          if (DocCheck.nonEmpty(entity, ports)) {
            c.error("calico.rule.service-ports", Pointer.at(pointer, side, ports), "destination." + ports
                + " cannot be combined with a service match (the service's ports apply)");
          }
        }
      }
    }
  }

  /** global() belongs only in an entity rule's namespaceSelector, and there on its own. */
  private static void checkEntityGlobal(DocCheck c, JsonNode entity, String pointer) {
    Optional<String> selector = DocCheck.text(entity, "selector");
    if (selector.isPresent() && SelectorRules.usesGlobal(selector.get())) {
      c.error("calico.selector.global", Pointer.at(pointer, "selector"), "global() may appear only in a rule's"
          + " namespaceSelector, not in its selector");
    }
    Optional<String> ns = DocCheck.text(entity, "namespaceSelector");
    if (ns.isPresent() && ns.get().contains("global(") && !ns.get().trim().equals("global()")) {
      c.error("calico.selector.global", Pointer.at(pointer, "namespaceSelector"), "global() cannot be combined"
          + " with other expressions: the namespaceSelector must be global() alone");
    }
  }
}
