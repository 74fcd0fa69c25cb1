package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.ObjectMeta;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Release;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resource names, label and annotation keys as Calico checks them: most names are DNS-1123 subdomains,
 * tiers are single DNS labels, and policy names allow at most one dot (the tier prefix) besides the
 * prefixes Calico gives to converted Kubernetes and OpenStack policies. Reads the typed metadata.
 */
final class NameRules {
  private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String SUBDOMAIN = LABEL + "(\\." + LABEL + ")*";
  private static final Pattern SUBDOMAIN_NAME = Pattern.compile(SUBDOMAIN);
  private static final Pattern LABEL_NAME = Pattern.compile(LABEL);
  private static final Pattern NAMESPACED_POLICY_NAME =
      Pattern.compile("(" + LABEL + ")(\\." + LABEL + ")?|(knp|ossg)\\.default\\." + SUBDOMAIN);
  private static final Pattern GLOBAL_POLICY_NAME = Pattern.compile("(" + LABEL + "\\.)?" + LABEL);
  private static final Pattern QUALIFIED_NAME_PART = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern LABEL_VALUE = Pattern.compile("(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?");

  private static final long MAX_ANNOTATIONS_BYTES = 256 * 1024;

  private NameRules() {}

  static void check(DocCheck c) {
    Optional<CalicoResource> resource = c.resource();
    if (resource.isEmpty()) {
      return;
    }
    ObjectMeta meta = resource.get().metadata();
    meta.name().ifPresent(n -> checkName(c, n, resource.get()));
    checkLabels(c, meta);
    checkAnnotations(c, meta);
  }

  private static void checkName(DocCheck c, String name, CalicoResource resource) {
    String p = "/metadata/name";
    if (name.length() > 253) {
      c.error("calico.name.invalid", p, "name is " + name.length() + " characters long: at most 253 expected");
      return;
    }
    switch (c.kind()) {
      case "Tier" -> {
        if (name.length() > 63 || !LABEL_NAME.matcher(name).matches()) {
          c.error("calico.name.tier", p, "tier name " + DocCheck.q(name) + " must be a DNS label: at most 63 lower-case"
              + " letters, digits and '-', starting and ending with a letter or digit, no dots");
        }
      }
      case "NetworkPolicy", "StagedNetworkPolicy" -> {
        if (!NAMESPACED_POLICY_NAME.matcher(name).matches()) {
          c.error("calico.name.policy", p, "policy name " + DocCheck.q(name) + " must be a DNS label, optionally"
              + " prefixed with its tier and one dot (tier.name)");
        } else {
          checkTierPrefix(c, name, resource);
        }
      }
      case "GlobalNetworkPolicy", "StagedGlobalNetworkPolicy" -> {
        if (!GLOBAL_POLICY_NAME.matcher(name).matches()) {
          c.error("calico.name.policy", p, "policy name " + DocCheck.q(name) + " must be a DNS label, optionally"
              + " prefixed with its tier and one dot (tier.name)");
        } else {
          checkTierPrefix(c, name, resource);
        }
      }
      default -> {
        if (!SUBDOMAIN_NAME.matcher(name).matches()) {
          c.error("calico.name.invalid", p, "name " + DocCheck.q(name) + " must be a DNS-1123 subdomain: lower-case"
              + " letters, digits, '-' and '.', starting and ending with a letter or digit");
        }
      }
    }
  }

  /**
   * Up to v3.29 the Calico API required a policy outside the default tier to be named {@code <tier>.<name>},
   * and a dotted name to carry its own tier as prefix. v3.30 dropped the prefix requirement.
   */
  private static void checkTierPrefix(DocCheck c, String name, CalicoResource resource) {
    if (c.group() != ApiGroup.V3 || !c.release().within(Release.V3_21, Release.V3_29)
        || name.startsWith("knp.default.") || name.startsWith("ossg.")) {
      return;
    }
    String tier = PolicySpec.of(resource).flatMap(PolicySpec::tier).filter(t -> !t.isEmpty()).orElse("default");
    int dot = name.indexOf('.');
    if (dot < 0 && !tier.equals("default")) {
      c.error("calico.name.tier-prefix", "/metadata/name", "policy " + DocCheck.q(name) + " is in tier "
          + DocCheck.q(tier) + ": in " + c.release().label() + " its name must be " + DocCheck.q(tier + "." + name));
    } else if (dot >= 0 && !name.startsWith(tier + ".")) {
      c.error("calico.name.tier-prefix", "/metadata/name", "policy name " + DocCheck.q(name) + " must start with"
          + " its tier " + DocCheck.q(tier + ".") + " (spec.tier says " + DocCheck.q(tier) + ")");
    }
  }

  private static void checkLabels(DocCheck c, ObjectMeta meta) {
    for (Map.Entry<String, String> e : meta.labels().entrySet()) {
      String p = Pointer.at("/metadata/labels", e.getKey());
      qualifiedNameProblem(e.getKey()).ifPresent(why ->
          c.error("calico.metadata.label-key", p, "label key " + DocCheck.q(e.getKey()) + " is not a qualified name: " + why));
      String v = e.getValue();
      if (v.length() > 63 || !LABEL_VALUE.matcher(v).matches()) {
        c.error("calico.metadata.label-value", p, "label value " + DocCheck.q(v) + " must be at most 63 letters,"
            + " digits, '-', '_' or '.', starting and ending with a letter or digit");
      }
      if ((c.kind().equals("NetworkSet") || c.kind().equals("GlobalNetworkSet"))
          && e.getKey().equals("projectcalico.org/namespace")) {
        c.error("calico.metadata.reserved-label", p, "the label projectcalico.org/namespace is reserved by Calico"
            + " and cannot be set on a " + c.kind());
      }
    }
  }

  private static void checkAnnotations(DocCheck c, ObjectMeta meta) {
    checkAnnotations(c, meta.annotations(), "/metadata/annotations");
  }

  /**
   * Annotations as Kubernetes and Calico take them, on a resource's metadata or a policy rule's: keys
   * are qualified names (in any case) and keys and values together hold at most 256 KiB (counted in
   * UTF-8 bytes, as Go's len does).
   */
  static void checkAnnotations(DocCheck c, Map<String, String> annotations, String pointer) {
    long total = 0;
    for (Map.Entry<String, String> e : annotations.entrySet()) {
      String key = e.getKey();
      qualifiedNameProblem(key.toLowerCase(java.util.Locale.ROOT)).ifPresent(why ->
          c.error("calico.metadata.annotation-key", Pointer.at(pointer, key),
              "annotation key " + DocCheck.q(key) + " is not a qualified name: " + why));
      total += utf8Length(key) + utf8Length(e.getValue());
    }
    if (total > MAX_ANNOTATIONS_BYTES) {
      c.error("calico.metadata.annotations-size", pointer, "annotations hold " + total + " bytes, "
          + (total - MAX_ANNOTATIONS_BYTES) + " more than the 262144 (256 KiB) allowed");
    }
  }

  private static long utf8Length(String s) {
    return s.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
  }

  /** Why a key is not a Kubernetes qualified name ({@code [prefix/]name}), if it is not. */
  static Optional<String> qualifiedNameProblem(String key) {
    String name = key;
    int slash = key.indexOf('/');
    if (slash >= 0) {
      String prefix = key.substring(0, slash);
      name = key.substring(slash + 1);
      if (prefix.isEmpty() || prefix.length() > 253 || !SUBDOMAIN_NAME.matcher(prefix).matches()) {
        return Optional.of("the prefix before '/' must be a DNS-1123 subdomain");
      }
    }
    if (name.isEmpty() || name.length() > 63 || !QUALIFIED_NAME_PART.matcher(name).matches()) {
      return Optional.of("the name part must be 1 to 63 letters, digits, '-', '_' or '.',"
          + " starting and ending with a letter or digit");
    }
    return Optional.empty();
  }
}
