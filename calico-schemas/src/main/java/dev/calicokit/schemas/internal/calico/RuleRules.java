package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.calico.Action;
import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.HTTPMatch;
import dev.calicokit.model.calico.HTTPPath;
import dev.calicokit.model.calico.ICMPFields;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.calico.ServiceMatch;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.model.values.Port;
import dev.calicokit.model.values.Protocol;
import dev.calicokit.model.values.Selector;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One ingress or egress rule of a Calico policy: action, protocol, ports only with port protocols, ICMP
 * ranges and protocol, network families, HTTP matches and service matches. Reads the typed rule; the
 * pointers are built from the rule's place and the indexes in its typed lists.
 */
final class RuleRules {
  private static final String[] SIDES = {"source", "destination"};

  private RuleRules() {}

  /** Checks the rule at {@code pointer}; {@code egress} tells the direction, {@code global} the policy scope. */
  static void check(DocCheck c, Rule rule, String pointer, boolean egress, boolean global) {
    Action action = rule.action();
    if (!action.isKnown()) {
      c.error("calico.rule.action", Pointer.at(pointer, "action"), "action " + DocCheck.q(action.value())
          + " is not one of Allow, Deny, Log, Pass");
    }
    Optional<Protocol> protocol = rule.protocol();
    protocol.flatMap(Protocols::problem).ifPresent(why ->
        c.error("calico.rule.protocol", Pointer.at(pointer, "protocol"), why));
    rule.notProtocol().flatMap(Protocols::problem).ifPresent(why ->
        c.error("calico.rule.protocol", Pointer.at(pointer, "notProtocol"), why));
    checkPorts(c, rule, pointer, protocol);
    checkIcmp(c, rule, pointer, protocol);
    checkNets(c, rule, pointer);
    checkHttp(c, rule, pointer, protocol, action, egress);
    checkServices(c, rule, pointer, egress, global);
    for (String side : SIDES) {
      entity(rule, side).ifPresent(e -> checkEntityGlobal(c, e, Pointer.at(pointer, side)));
    }
    rule.metadata().ifPresent(m -> NameRules.checkAnnotations(c, m.annotations(),
        Pointer.at(pointer, "metadata", "annotations")));
  }

  private static Optional<EntityRule> entity(Rule rule, String side) {
    return side.equals("source") ? rule.source() : rule.destination();
  }

  private static void checkPorts(DocCheck c, Rule rule, String pointer, Optional<Protocol> protocol) {
    boolean ports = Protocols.hasPorts(protocol);
    for (String side : SIDES) {
      Optional<EntityRule> entity = entity(rule, side);
      if (entity.isEmpty()) {
        continue;
      }
      for (String field : new String[] {"ports", "notPorts"}) {
        List<Port> list = field.equals("ports") ? entity.get().ports() : entity.get().notPorts();
        if (list.isEmpty()) {
          continue;
        }
        String p = Pointer.at(pointer, side, field);
        // With no protocol, named ports are allowed (Felix resolves them to each endpoint's own protocol);
        // numbers and ranges need a protocol that has ports (libcalico-go's validateRule).
        boolean needsProtocol = protocol.isPresent() || !list.stream().allMatch(Port::isNamed);
        if (!ports && needsProtocol) {
          c.error("calico.rule.ports-protocol", p, side + "." + field + " needs protocol TCP, UDP or SCTP"
              + (protocol.isEmpty() ? " (the rule names no protocol; only named ports may go without)" : " (the rule's protocol is " + protocol.get() + ")"));
        }
        PortRules.check(c, list, p);
      }
    }
  }

  private static void checkIcmp(DocCheck c, Rule rule, String pointer, Optional<Protocol> protocol) {
    for (String field : new String[] {"icmp", "notICMP"}) {
      Optional<ICMPFields> icmp = field.equals("icmp") ? rule.icmp() : rule.notICMP();
      if (icmp.isEmpty()) {
        continue;
      }
      String p = Pointer.at(pointer, field);
      Optional<Long> type = icmp.get().type();
      Optional<Long> code = icmp.get().code();
      if (type.isPresent() && (type.get() < 0 || type.get() > 254)) {
        c.error("calico.rule.icmp-range", Pointer.at(p, "type"), "ICMP type " + type.get()
            + " is out of range: expected 0 to 254");
      }
      if (code.isPresent() && (code.get() < 0 || code.get() > 255)) {
        c.error("calico.rule.icmp-range", Pointer.at(p, "code"), "ICMP code " + code.get()
            + " is out of range: expected 0 to 255");
      }
      if (code.isPresent() && type.isEmpty()) {
        c.error("calico.rule.icmp-code-without-type", Pointer.at(p, "code"), "an ICMP code needs an ICMP type"
            + " beside it (the kernel matches codes only within a type)");
      }
    }
    if (rule.icmp().isPresent() && !Protocols.is(protocol, "ICMP", 1) && !Protocols.is(protocol, "ICMPv6", 58)) {
      c.error("calico.rule.icmp-protocol", Pointer.at(pointer, "icmp"), "icmp matches need protocol ICMP or ICMPv6");
    }
    Optional<Long> version = rule.ipVersion();
    if (version.isPresent()) {
      Optional<Protocol> notProtocol = rule.notProtocol();
      if ((Protocols.is(protocol, "ICMP", 1) || Protocols.is(notProtocol, "ICMP", 1)) && version.get() != 4) {
        c.error("calico.rule.icmp-ip-version", Pointer.at(pointer, "ipVersion"), "protocol ICMP needs ipVersion 4");
      }
      if ((Protocols.is(protocol, "ICMPv6", 58) || Protocols.is(notProtocol, "ICMPv6", 58)) && version.get() != 6) {
        c.error("calico.rule.icmp-ip-version", Pointer.at(pointer, "ipVersion"), "protocol ICMPv6 needs ipVersion 6");
      }
    }
  }

  private static void checkNets(DocCheck c, Rule rule, String pointer) {
    Long ipVersion = rule.ipVersion().orElse(null);
    if (ipVersion != null && ipVersion != 4 && ipVersion != 6) {
      c.error("calico.rule.ip-version", Pointer.at(pointer, "ipVersion"), "ipVersion must be 4 or 6, not " + ipVersion);
      ipVersion = null;
    }
    boolean seen4 = false;
    boolean seen6 = false;
    for (String side : SIDES) {
      Optional<EntityRule> entity = entity(rule, side);
      for (String field : new String[] {"nets", "notNets"}) {
        List<Cidr> list = entity.map(e -> field.equals("nets") ? e.nets() : e.notNets()).orElse(List.of());
        String p = Pointer.at(pointer, side, field);
        boolean v4 = false;
        boolean v6 = false;
        for (int i = 0; i < list.size(); i++) {
          // The model keeps the text as written; Calico reads it as a CIDR or a bare address.
          String text = list.get(i).text();
          Optional<NetPrefix> cidr = Networks.cidrOrIp(text);
          if (cidr.isEmpty()) {
            c.error("calico.rule.net", Pointer.at(p, i), DocCheck.q(text) + " is not an IPv4 or IPv6 CIDR such as 10.0.0.0/8");
            continue;
          }
          v4 |= cidr.get().is4();
          v6 |= cidr.get().is6();
          if (field.equals("notNets") && catchAll(text, cidr.get()) && c.release().within(Release.V3_31, Release.latest())) {
            c.error("calico.rule.not-nets-everything", Pointer.at(p, i), "notNets " + DocCheck.q(text) + " excludes"
                + " every address of its family: the rule can match no traffic");
          }
          if (ipVersion != null && (cidr.get().is4() ? 4 : 6) != ipVersion) {
            c.error("calico.rule.ip-family", Pointer.at(p, i), Networks.family(cidr.get()) + " network "
                + text + " does not match the rule's ipVersion " + ipVersion);
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

  /**
   * A network that holds every address, as libcalico-go tells it: IPv4 by the text 0.0.0.0/0 only,
   * IPv6 by value (any /0, whatever its spelling, is ::/0 once masked).
   */
  private static boolean catchAll(String text, NetPrefix cidr) {
    return cidr.bits() == 0 && (cidr.is6() || text.equals("0.0.0.0/0"));
  }

  private static void checkHttp(DocCheck c, Rule rule, String pointer, Optional<Protocol> protocol, Action action,
      boolean egress) {
    Optional<HTTPMatch> http = rule.http();
    if (http.isEmpty()) {
      return;
    }
    String p = Pointer.at(pointer, "http");
    if (protocol.isPresent() && !Protocols.is(protocol, "TCP", 6)) {
      c.error("calico.rule.http-protocol", Pointer.at(pointer, "protocol"), "http matches need protocol TCP"
          + " (or no protocol)");
    }
    if (!action.equals(Action.ALLOW)) {
      c.error("calico.rule.http-action", p, "http matches are allowed on Allow rules only, not on "
          + action.value() + " rules");
    }
    if (egress) {
      c.error("calico.rule.http-egress", p, "http matches are allowed in ingress rules only");
    }
    List<String> methods = http.get().methods();
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < methods.size(); i++) {
      if (!seen.add(methods.get(i))) {
        c.error("calico.rule.http-methods", Pointer.at(p, "methods", i), "method "
            + DocCheck.q(methods.get(i)) + " is listed twice");
      }
    }
    List<HTTPPath> paths = http.get().paths();
    for (int i = 0; i < paths.size(); i++) {
      String pp = Pointer.at(p, "paths", i);
      String exact = paths.get(i).exact().orElse("");
      String prefix = paths.get(i).prefix().orElse("");
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

  private static void checkServices(DocCheck c, Rule rule, String pointer, boolean egress, boolean global) {
    for (String side : SIDES) {
      Optional<EntityRule> entity = entity(rule, side);
      Optional<ServiceMatch> services = entity.flatMap(EntityRule::services);
      if (services.isEmpty()) {
        continue;
      }
      EntityRule e = entity.get();
      String p = Pointer.at(pointer, side, "services");
      if (egress && side.equals("source")) {
        c.error("calico.rule.service-direction", p, "egress rules match services in the destination only");
      } else if (!egress && side.equals("destination")) {
        c.error("calico.rule.service-direction", p, "ingress rules match services in the source only");
      }
      if (services.get().name().orElse("").isEmpty()) {
        c.error("calico.rule.service-name", p, "a service match needs the service name");
      }
      if (global && services.get().namespace().orElse("").isEmpty()) {
        c.error("calico.rule.service-namespace", p, "in a global policy a service match needs the service's namespace");
      }
      conflict(c, pointer, side, "selector", written(e.selector()));
      conflict(c, pointer, side, "notSelector", written(e.notSelector()));
      conflict(c, pointer, side, "namespaceSelector", written(e.namespaceSelector()));
      conflict(c, pointer, side, "serviceAccounts", e.serviceAccounts().filter(a -> !a.names().isEmpty()
          || a.selector().isPresent() || !a.unknownFields().isEmpty()).isPresent());
      conflict(c, pointer, side, "nets", !e.nets().isEmpty());
      conflict(c, pointer, side, "notNets", !e.notNets().isEmpty());
      if (side.equals("destination")) {
        for (String ports : new String[] {"ports", "notPorts"}) {
          if (!(ports.equals("ports") ? e.ports() : e.notPorts()).isEmpty()) {
            c.error("calico.rule.service-ports", Pointer.at(pointer, side, ports), "destination." + ports
                + " cannot be combined with a service match (the service's ports apply)");
          }
        }
      }
    }
  }

  private static boolean written(Optional<Selector> selector) {
    return selector.filter(s -> !s.text().isEmpty()).isPresent();
  }

  private static void conflict(DocCheck c, String pointer, String side, String other, boolean set) {
    if (set) {
      c.error("calico.rule.service-conflict", Pointer.at(pointer, side, other), side + "." + other
          + " cannot be combined with a service match (the service defines the endpoints)");
    }
  }

  /** global() belongs only in an entity rule's namespaceSelector, and there on its own. */
  private static void checkEntityGlobal(DocCheck c, EntityRule entity, String pointer) {
    Optional<String> selector = entity.selector().map(Selector::text);
    if (selector.isPresent() && SelectorRules.usesGlobal(selector.get())) {
      c.error("calico.selector.global", Pointer.at(pointer, "selector"), "global() may appear only in a rule's"
          + " namespaceSelector, not in its selector");
    }
    Optional<String> ns = entity.namespaceSelector().map(Selector::text);
    if (ns.isPresent() && ns.get().contains("global(") && !ns.get().trim().equals("global()")) {
      c.error("calico.selector.global", Pointer.at(pointer, "namespaceSelector"), "global() cannot be combined"
          + " with other expressions: the namespaceSelector must be global() alone");
    }
  }
}
