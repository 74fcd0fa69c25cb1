package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.schema.ModelProperties;
import dev.calicokit.model.values.OpenEnum;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields of Calico resources that libcalico-go checks with a named validator or a number range in
 * their Go type's {@code validate:} tag, where the CRD schema says less: one line per field, registered
 * here and nowhere else. A path is the JSON path from the resource, {@code []} standing for each item
 * of a list. The values are read from the typed resource; an absent optional field is not checked,
 * except by {@link FieldFormat#REQUIRED}, which applies where the object holding the field is present.
 * Where the CRD schema already refused the value (its own pattern or bounds), nothing more is said.
 */
final class FieldRules {
  /** One field with the validator its Go tag names. */
  private record Formatted(String kind, String path, FieldFormat format) {}

  /** One whole-number field with the bounds its Go tag gives ({@code gte}/{@code lte}, {@code gt}/{@code lt} made inclusive). */
  private record Ranged(String kind, String path, long min, long max) {}

  /** A list whose Go tag says {@code unique}: no item twice. */
  private record Unique(String kind, String path) {}

  private static final String FELIX = "FelixConfiguration";
  private static final String BGP = "BGPConfiguration";
  private static final String KCC = "KubeControllersConfiguration";
  private static final long INT32_MAX_MINUS_1 = 2147483646L;

  private static final List<Formatted> FORMATTED = List.of(
      new Formatted(FELIX, "spec.defaultEndpointToHostAction", FieldFormat.DROP_ACCEPT_RETURN),
      new Formatted(FELIX, "spec.iptablesFilterAllowAction", FieldFormat.ACCEPT_RETURN),
      new Formatted(FELIX, "spec.iptablesMangleAllowAction", FieldFormat.ACCEPT_RETURN),
      new Formatted(FELIX, "spec.iptablesFilterDenyAction", FieldFormat.DROP_REJECT),
      new Formatted(FELIX, "spec.nftablesFilterAllowAction", FieldFormat.ACCEPT_RETURN),
      new Formatted(FELIX, "spec.nftablesMangleAllowAction", FieldFormat.ACCEPT_RETURN),
      new Formatted(FELIX, "spec.nftablesFilterDenyAction", FieldFormat.DROP_REJECT),
      new Formatted(FELIX, "spec.logSeverityFile", FieldFormat.LOG_LEVEL),
      new Formatted(FELIX, "spec.logSeverityScreen", FieldFormat.LOG_LEVEL),
      new Formatted(FELIX, "spec.logSeveritySys", FieldFormat.LOG_LEVEL),
      new Formatted(FELIX, "spec.logDebugFilenameRegex", FieldFormat.REGEXP),
      new Formatted(FELIX, "spec.prometheusMetricsHost", FieldFormat.PROMETHEUS_HOST),
      new Formatted(FELIX, "spec.iptablesNATOutgoingInterfaceFilter", FieldFormat.IFACE_FILTER),
      new Formatted(FELIX, "spec.bpfDataIfacePattern", FieldFormat.REGEXP),
      new Formatted(FELIX, "spec.bpfL3IfacePattern", FieldFormat.REGEXP),
      new Formatted(FELIX, "spec.bpfForceTrackPacketsFromIfaces[]", FieldFormat.IFACE_FILTER),
      new Formatted(FELIX, "spec.bpfDisableGROForIfaces", FieldFormat.REGEXP),
      new Formatted(FELIX, "spec.wireguardInterfaceName", FieldFormat.INTERFACE),
      new Formatted(FELIX, "spec.wireguardInterfaceNameV6", FieldFormat.INTERFACE),
      new Formatted(FELIX, "spec.mtuIfacePattern", FieldFormat.REGEXP),
      new Formatted(BGP, "spec.logSeverityScreen", FieldFormat.LOG_LEVEL),
      new Formatted(BGP, "spec.communities[].name", FieldFormat.REQUIRED),
      new Formatted(BGP, "spec.communities[].name", FieldFormat.NAME),
      new Formatted(BGP, "spec.communities[].value", FieldFormat.REQUIRED),
      new Formatted(BGP, "spec.prefixAdvertisements[].cidr", FieldFormat.REQUIRED),
      new Formatted(BGP, "spec.prefixAdvertisements[].communities", FieldFormat.REQUIRED),
      new Formatted(BGP, "spec.ignoredInterfaces[]", FieldFormat.IGNORED_INTERFACE),
      new Formatted(BGP, "spec.localWorkloadPeeringIPV4", FieldFormat.IPV4),
      new Formatted(BGP, "spec.localWorkloadPeeringIPV6", FieldFormat.IPV6),
      new Formatted("BGPFilter", "spec.exportV4[].interface", FieldFormat.BGP_FILTER_INTERFACE),
      new Formatted("BGPFilter", "spec.importV4[].interface", FieldFormat.BGP_FILTER_INTERFACE),
      new Formatted("BGPFilter", "spec.exportV6[].interface", FieldFormat.BGP_FILTER_INTERFACE),
      new Formatted("BGPFilter", "spec.importV6[].interface", FieldFormat.BGP_FILTER_INTERFACE),
      new Formatted("HostEndpoint", "spec.profiles[]", FieldFormat.NAME),
      new Formatted(KCC, "spec.logSeverityScreen", FieldFormat.LOG_LEVEL),
      new Formatted(KCC, "spec.controllers.node.hostEndpoint.createDefaultHostEndpoint",
          FieldFormat.CREATE_DEFAULT_HOST_ENDPOINT),
      new Formatted(KCC, "spec.controllers.node.hostEndpoint.templates[].generateName", FieldFormat.NAME),
      new Formatted(KCC, "spec.controllers.node.hostEndpoint.templates[].interfaceCIDRs[]", FieldFormat.NET),
      new Formatted(KCC, "spec.controllers.node.hostEndpoint.templates[].interfacePattern", FieldFormat.REGEXP));

  private static final List<Ranged> RANGED = List.of(
      new Ranged(FELIX, "spec.debugPort", 0, 65535),
      new Ranged(FELIX, "spec.bpfExtToServiceConnmark", 0, 0xFFFFFFFFL),
      new Ranged(FELIX, "spec.bpfKubeProxyHealthzPort", 0, 65535),
      new Ranged(FELIX, "spec.bpfMapSizeConntrackCleanupQueue", 1, Long.MAX_VALUE),
      new Ranged(FELIX, "spec.ipv4NormalRoutePriority", 1, INT32_MAX_MINUS_1),
      new Ranged(FELIX, "spec.ipv4ElevatedRoutePriority", 1, INT32_MAX_MINUS_1),
      new Ranged(FELIX, "spec.ipv6NormalRoutePriority", 1, INT32_MAX_MINUS_1),
      new Ranged(FELIX, "spec.ipv6ElevatedRoutePriority", 1, INT32_MAX_MINUS_1),
      new Ranged(FELIX, "spec.wireguardListeningPort", 1, 65535),
      new Ranged(FELIX, "spec.wireguardListeningPortV6", 1, 65535),
      new Ranged(FELIX, "spec.wireguardRoutingRulePriority", 1, 32765),
      new Ranged(FELIX, "spec.goGCThreshold", -1, Long.MAX_VALUE),
      new Ranged(FELIX, "spec.goMemoryLimitMB", -1, Long.MAX_VALUE),
      new Ranged(FELIX, "spec.goMaxProcs", -1, Long.MAX_VALUE),
      new Ranged(FELIX, "spec.bpfMaglevMaxEndpointsPerService", 1, 3000),
      new Ranged(FELIX, "spec.bpfMaglevMaxServices", 1, 3000),
      new Ranged(BGP, "spec.listenPort", 1, 65535),
      new Ranged(BGP, "spec.ipv4NormalRoutePriority", 1, INT32_MAX_MINUS_1),
      new Ranged(BGP, "spec.ipv6NormalRoutePriority", 1, INT32_MAX_MINUS_1),
      new Ranged("BGPFilter", "spec.exportV4[].priority", 1, INT32_MAX_MINUS_1),
      new Ranged("BGPFilter", "spec.importV4[].priority", 1, INT32_MAX_MINUS_1),
      new Ranged("BGPFilter", "spec.exportV6[].priority", 1, INT32_MAX_MINUS_1),
      new Ranged("BGPFilter", "spec.importV6[].priority", 1, INT32_MAX_MINUS_1));

  private static final List<Unique> UNIQUE = List.of(
      new Unique("NetworkPolicy", "spec.performanceHints"),
      new Unique("GlobalNetworkPolicy", "spec.performanceHints"),
      new Unique("StagedNetworkPolicy", "spec.performanceHints"),
      new Unique("StagedGlobalNetworkPolicy", "spec.performanceHints"));

  private FieldRules() {}

  static void check(DocCheck c) {
    Optional<?> resource = c.resource();
    if (resource.isEmpty()) {
      return;
    }
    Object root = resource.get();
    for (Formatted f : FORMATTED) {
      if (f.kind().equals(c.kind())) {
        visit(root, f.path().split("\\."), 0, "", f.format() == FieldFormat.REQUIRED, (value, pointer) -> {
          String text = text(value);
          if (!f.format().accepts(text) && !c.errorAt(pointer)) {
            c.error(f.format().rule(), pointer, (text.isEmpty() ? "a value is missing" : DocCheck.q(text)
                + " is not valid") + ": expected " + f.format().expected());
          }
        });
      }
    }
    for (Ranged r : RANGED) {
      if (r.kind().equals(c.kind())) {
        visit(root, r.path().split("\\."), 0, "", false, (value, pointer) -> {
          if (value instanceof Number n && (n.longValue() < r.min() || n.longValue() > r.max()) && !c.errorAt(pointer)) {
            c.error("calico.field.range", pointer, n + " is out of range: expected " + bounds(r));
          }
        });
      }
    }
    checkUnique(c, root);
  }

  private static void checkUnique(DocCheck c, Object root) {
    for (Unique u : UNIQUE) {
      if (u.kind().equals(c.kind())) {
        visit(root, u.path().split("\\."), 0, "", false, (value, pointer) -> {
          if (value instanceof List<?> list) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < list.size(); i++) {
              String item = text(unwrap(list.get(i)));
              if (!seen.add(item)) {
                c.error("calico.field.unique", Pointer.at(pointer, i), DocCheck.q(item) + " is listed twice: each"
                    + " item may appear once");
              }
            }
          }
        });
      }
    }
  }

  private static String bounds(Ranged r) {
    if (r.max() == Long.MAX_VALUE) {
      return "at least " + r.min();
    }
    return r.min() + " to " + r.max();
  }

  private interface Visitor {
    void accept(Object value, String pointer);
  }

  /**
   * Walks {@code steps} from {@code value}: each step a property of the model object, a step ending
   * in {@code []} each item of a list. Calls the visitor with the last step's value; with {@code ""}
   * for an absent last step when {@code absentToo} (its holder being present).
   */
  private static void visit(Object value, String[] steps, int at, String pointer, boolean absentToo, Visitor visitor) {
    String step = steps[at];
    boolean each = step.endsWith("[]");
    String name = each ? step.substring(0, step.length() - 2) : step;
    Object child = property(value, name);
    String p = Pointer.at(pointer, name);
    boolean last = at == steps.length - 1;
    if (child == null || (child instanceof List<?> l && l.isEmpty()) || (child instanceof Map<?, ?> m && m.isEmpty())) {
      if (last && absentToo && !each) {
        visitor.accept("", p);
      }
      return;
    }
    if (each && child instanceof List<?> list) {
      for (int i = 0; i < list.size(); i++) {
        Object item = unwrap(list.get(i));
        if (last) {
          visitor.accept(item, Pointer.at(p, i));
        } else if (item != null) {
          visit(item, steps, at + 1, Pointer.at(p, i), absentToo, visitor);
        }
      }
    } else if (last) {
      visitor.accept(child, p);
    } else {
      visit(child, steps, at + 1, p, absentToo, visitor);
    }
  }

  private static Object property(Object value, String jsonName) {
    if (value == null || !ModelProperties.isModelType(value.getClass())) {
      return null;
    }
    for (ModelProperties.Property p : ModelProperties.of(value.getClass())) {
      if (p.jsonName().equals(jsonName)) {
        return unwrap(p.get(value));
      }
    }
    return null;
  }

  private static Object unwrap(Object value) {
    return value instanceof Optional<?> o ? o.orElse(null) : value;
  }

  private static String text(Object value) {
    if (value instanceof dev.calicokit.model.values.Cidr cidr) {
      return cidr.text();
    }
    if (value instanceof OpenEnum e) {
      return e.value();
    }
    if (value instanceof List<?> l) {
      return l.isEmpty() ? "" : String.valueOf(l);
    }
    return value == null ? "" : String.valueOf(value);
  }
}
