package dev.calicokit.builders.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.builders.Component;
import dev.calicokit.builders.InvalidOptionsException;
import dev.calicokit.builders.ManifestOptions;
import dev.calicokit.builders.Option;
import dev.calicokit.builders.Options;
import dev.calicokit.builders.Preset;
import dev.calicokit.builders.PullPolicy;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.diff.ManifestDiff;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.apps.DaemonSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the options that reproduce a manifest. Each option the renderer knows leaves a mark in the
 * manifest (an env var of calico-node, a key of the CNI ConfigMap, a document, an image reference); the
 * marks of the manifest are read and compared with the marks of a render without the option, and an
 * option is given only where they differ, so that an official file gives its release and preset alone.
 * The structural options (VXLAN, Typha, CRDs) go first, since they change what the others default to;
 * Felix's env vars last, since other options (dual stack) set some of them. The residue is the diff
 * from the render of the options found to the manifest.
 */
public final class Inferrer {
  private static final Pattern IMAGE = Pattern.compile("^(?:(.*)/)?([^/:@]+)(?::([^/@]+))?(?:@.*)?$");
  private static final Pattern NODE_IMAGE = Pattern.compile("(?:^|/)(?:node|cni):(v\\d+\\.\\d+\\.\\d+)$");

  private Inferrer() {}

  /** What inference found: the options and the render they give. */
  public record Result(ManifestOptions options, Manifest rendered, ManifestDiff residue) {}

  /** The options of a manifest and its residue; fails where the manifest has no Calico release to find. */
  public static Result infer(Manifest m) {
    List<ManifestOptions> origins = origins(m);
    Result best = null;
    boolean crdsOnly = origins.get(0).preset() == Preset.CRDS;
    for (ManifestOptions origin : origins) {
      Result r = inferFrom(origin, m);
      // Where two releases reproduce it alike (one shipped with the other's images), the newer is taken.
      if (best == null || r.residue().size() < best.residue().size()
          || r.residue().size() == best.residue().size()
              && CalicoRelease.parse(r.options().version()).compareTo(CalicoRelease.parse(best.options().version())) > 0) {
        best = r;
      }
      if (crdsOnly && best.residue().isEmpty()) {
        break; // a file of CRDs is tried against every release, newest first: the first exact one will do
      }
    }
    return best;
  }

  /**
   * The releases and presets the manifest may come from, the likeliest first: the release of its
   * calico-node image tag (two releases share a tag where Calico shipped one with the other's images), or
   * for a file of CRDs alone each release, newest first.
   */
  private static List<ManifestOptions> origins(Manifest m) {
    Optional<String> tag = nodeTag(m);
    List<ManifestOptions> out = new ArrayList<>();
    if (tag.isEmpty()) {
      boolean crdsOnly = !m.documents().isEmpty()
          && m.documents().stream().allMatch(d -> d.kind().equals("CustomResourceDefinition"));
      if (!crdsOnly) {
        throw new InvalidOptionsException("cannot tell the Calico release of the manifest: no calico/node or calico/cni"
            + " image with a version tag, and not a file of CRDs only");
      }
      List<CalicoRelease> all = new ArrayList<>(CalicoRelease.all());
      Collections.reverse(all);
      // The newest patch of each minor first: the files people keep are mostly those.
      all.sort((a, b) -> Boolean.compare(b.isNewestOfItsMinor(), a.isNewestOfItsMinor()));
      for (CalicoRelease r : all) {
        out.add(ManifestOptions.none().with(Options.VERSION, r.label()).with(Options.PRESET, Preset.CRDS));
      }
      return out;
    }
    Preset preset = preset(m);
    for (CalicoRelease r : CalicoRelease.all()) {
      if (Versions.parse(r.label()).imageTag().equals(tag.get())) {
        out.add(0, ManifestOptions.none().with(Options.VERSION, r.label()).with(Options.PRESET, preset));
      }
    }
    if (out.isEmpty()) {
      throw new InvalidOptionsException("the manifest's calico/node image is " + tag.get()
          + ", not a release this library renders; supported: " + String.join(", ", Versions.supported()));
    }
    return out;
  }

  private static Optional<String> nodeTag(Manifest m) {
    for (ManifestDocument d : m.documents()) {
      for (JsonNode image : d.toTree().findValues("image")) {
        Matcher matcher = NODE_IMAGE.matcher(image.asText(""));
        if (matcher.find()) {
          return Optional.of(matcher.group(1));
        }
      }
    }
    return Optional.empty();
  }

  /** The preset as {@link ManifestEditing#origin} tells it, and calico-v3-crds by its webhooks. */
  private static Preset preset(Manifest m) {
    Preset p = ManifestEditing.origin(m).preset();
    if (p == Preset.CALICO && m.find("Deployment", "calico-webhooks").isPresent()) {
      return Preset.CALICO_V3_CRDS;
    }
    return p;
  }

  private static Result inferFrom(ManifestOptions origin, Manifest m) {
    Marks marks = new Marks(m);
    ManifestOptions options = origin;
    // Structural options first: they change the defaults of the others.
    options = differing(options, marks, List.of(Options.VXLAN, Options.TYPHA, Options.INCLUDE_CRDS));
    options = differing(options, marks, List.of(Options.IPV4_POOL_CIDR, Options.IPV4_POOL_BLOCK_SIZE, Options.IPIP_MODE,
        Options.VXLAN_MODE, Options.IPV6_POOL_CIDR, Options.IPV6_POOL_BLOCK_SIZE, Options.IP_AUTODETECTION_METHOD,
        Options.IP6_AUTODETECTION_METHOD, Options.VETH_MTU, Options.TYPHA_REPLICAS, Options.IMAGE_PULL_POLICY,
        Options.REGISTRIES, Options.ETCD_ENDPOINTS, Options.NODE_SELECTOR, Options.NODE_RESOURCE_REQUESTS,
        Options.NODE_RESOURCE_LIMITS, Options.NODE_TOLERATIONS));
    options = differing(options, marks, List.of(Options.FELIX));
    Manifest rendered = Renderer.render(options);
    return new Result(options, rendered, ManifestDiff.between(rendered, m).withoutTextOnlyChanges());
  }

  /**
   * The options with each of {@code candidates} given where the manifest's mark differs from the mark
   * of a render without it. An option the renderer refuses in this combination is left out (its mark
   * stays in the residue).
   */
  private static ManifestOptions differing(ManifestOptions options, Marks marks, List<Option<?>> candidates) {
    Marks base;
    try {
      base = new Marks(Renderer.render(options));
    } catch (InvalidOptionsException e) {
      return options;
    }
    ManifestOptions out = options;
    for (Option<?> o : candidates) {
      Object mine = marks.of(o, base);
      if (mine != null && !Objects.equals(mine, base.of(o, null))) {
        ManifestOptions next = with(out, o, mine);
        try {
          Renderer.render(next);
          out = next;
        } catch (InvalidOptionsException e) {
          // the renderer refuses it with the others: the mark remains residue
        }
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> ManifestOptions with(ManifestOptions options, Option<T> option, Object value) {
    return options.with(option, (T) value);
  }

  /** The marks options leave in one manifest. */
  private static final class Marks {
    private final Manifest m;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final Map<String, String> config;
    private final JsonNode node;
    private final JsonNode daemonSet;

    Marks(Manifest m) {
      this.m = m;
      JsonNode ds = null;
      JsonNode container = null;
      for (ManifestDocument d : m.documents()) {
        if (!d.kind().equals("DaemonSet")) {
          continue;
        }
        for (JsonNode c : d.toTree().at("/spec/template/spec/containers")) {
          if ("calico-node".equals(c.path("name").asText())) {
            ds = d.toTree();
            container = c;
          }
        }
        if (ds != null) {
          break;
        }
      }
      this.daemonSet = ds;
      this.node = container;
      if (container != null) {
        for (JsonNode e : container.path("env")) {
          if (e.has("value")) {
            env.put(e.path("name").asText(), e.path("value").asText());
          }
        }
      }
      Map<String, String> cm = m.configMapData("calico-config");
      this.config = cm.isEmpty() ? m.configMapData("canal-config") : cm;
    }

    /** The value of an option's mark here; null where there is none. {@code base} gives context (Felix). */
    Object of(Option<?> o, Marks base) {
      if (o == Options.VXLAN) {
        return config.isEmpty() ? null : "vxlan".equals(config.get("calico_backend"));
      } else if (o == Options.TYPHA) {
        return m.documents().isEmpty() ? null : m.find("Deployment", "calico-typha").isPresent();
      } else if (o == Options.INCLUDE_CRDS) {
        return m.documents().stream().anyMatch(d -> d.kind().equals("CustomResourceDefinition"));
      } else if (o == Options.IPV4_POOL_CIDR) {
        return cidr(env.get("CALICO_IPV4POOL_CIDR"));
      } else if (o == Options.IPV6_POOL_CIDR) {
        return cidr(env.get("CALICO_IPV6POOL_CIDR"));
      } else if (o == Options.IPV4_POOL_BLOCK_SIZE) {
        return integer(env.get("CALICO_IPV4POOL_BLOCK_SIZE"));
      } else if (o == Options.IPV6_POOL_BLOCK_SIZE) {
        return integer(env.get("CALICO_IPV6POOL_BLOCK_SIZE"));
      } else if (o == Options.IPIP_MODE) {
        return mode(env.get("CALICO_IPV4POOL_IPIP"));
      } else if (o == Options.VXLAN_MODE) {
        return mode(env.get("CALICO_IPV4POOL_VXLAN"));
      } else if (o == Options.IP_AUTODETECTION_METHOD) {
        return env.get("IP_AUTODETECTION_METHOD");
      } else if (o == Options.IP6_AUTODETECTION_METHOD) {
        return env.get("IP6_AUTODETECTION_METHOD");
      } else if (o == Options.VETH_MTU) {
        return integer(config.get("veth_mtu"));
      } else if (o == Options.ETCD_ENDPOINTS) {
        return config.get("etcd_endpoints");
      } else if (o == Options.TYPHA_REPLICAS) {
        return m.find("Deployment", "calico-typha").map(d -> d.toTree().at("/spec/replicas"))
            .filter(JsonNode::canConvertToInt).map(JsonNode::asInt).orElse(null);
      } else if (o == Options.IMAGE_PULL_POLICY) {
        return node == null || !node.has("imagePullPolicy") ? null : PullPolicy.parse(node.get("imagePullPolicy").asText());
      } else if (o == Options.NODE_SELECTOR) {
        return daemonSet == null ? null : texts(daemonSet.at("/spec/template/spec/nodeSelector"), Function.identity());
      } else if (o == Options.NODE_RESOURCE_REQUESTS) {
        return node == null ? null : texts(node.at("/resources/requests"), Quantity::of);
      } else if (o == Options.NODE_RESOURCE_LIMITS) {
        return node == null ? null : texts(node.at("/resources/limits"), Quantity::of);
      } else if (o == Options.NODE_TOLERATIONS) {
        return base == null ? List.of() : extraTolerations(base);
      } else if (o == Options.REGISTRIES) {
        return base == null ? Map.of() : registriesDiffering(base);
      } else if (o == Options.FELIX) {
        return base == null ? Map.of() : felixDiffering(base);
      }
      return null;
    }

    /** Felix env vars this manifest sets to other values than {@code base}, or that base lacks. */
    private Map<String, String> felixDiffering(Marks base) {
      Map<String, String> out = new LinkedHashMap<>();
      env.forEach((k, v) -> {
        if (k.startsWith("FELIX_") && !v.equals(base.env.get(k))) {
          out.put(k, v);
        }
      });
      return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
    }

    private Map<Component, String> registries() {
      Map<Component, String> out = new LinkedHashMap<>();
      for (ManifestDocument d : m.documents()) {
        for (JsonNode image : d.toTree().findValues("image")) {
          Matcher matcher = IMAGE.matcher(image.asText(""));
          if (!matcher.matches()) {
            continue;
          }
          for (Component c : Component.values()) {
            if (c.imageName().equals(matcher.group(2)) && matcher.group(1) != null) {
              out.putIfAbsent(c, matcher.group(1));
            }
          }
        }
      }
      return out;
    }

    private Map<Component, String> registriesDiffering(Marks base) {
      Map<Component, String> mine = registries();
      Map<Component, String> theirs = base.registries();
      Map<Component, String> out = new LinkedHashMap<>();
      mine.forEach((c, r) -> {
        if (theirs.containsKey(c) && !theirs.get(c).equals(r)) {
          out.put(c, r);
        }
      });
      return out.isEmpty() ? Map.of() : Collections.unmodifiableMap(out);
    }

    /** The tolerations after those of {@code base}, where this manifest's list starts with base's. */
    private List<Toleration> extraTolerations(Marks base) {
      List<Toleration> mine = tolerations();
      List<Toleration> theirs = base.tolerations();
      if (mine.size() <= theirs.size() || !mine.subList(0, theirs.size()).equals(theirs)) {
        return List.of();
      }
      return List.copyOf(mine.subList(theirs.size(), mine.size()));
    }

    private List<Toleration> tolerations() {
      if (daemonSet == null) {
        return List.of();
      }
      Optional<DaemonSet> ds = m.find(DaemonSet.class, daemonSet.at("/metadata/name").asText());
      return ds.map(d -> d.getSpec().getTemplate().getSpec().getTolerations()).orElse(List.of());
    }
  }

  private static Cidr cidr(String text) {
    return text == null ? null : Cidr.lenient(text.trim());
  }

  private static Integer integer(String text) {
    try {
      return text == null ? null : Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static EncapsulationMode mode(String text) {
    if (text == null) {
      return null;
    }
    EncapsulationMode m = EncapsulationMode.of(text.trim());
    return m.isKnown() ? m : null;
  }

  private static <V> Map<String, V> texts(JsonNode object, Function<String, V> read) {
    if (!object.isObject()) {
      return null;
    }
    Map<String, V> out = new LinkedHashMap<>();
    object.fields().forEachRemaining(e -> out.put(e.getKey(), read.apply(e.getValue().asText())));
    return Collections.unmodifiableMap(out);
  }
}
