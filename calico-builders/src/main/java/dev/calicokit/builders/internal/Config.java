package dev.calicokit.builders.internal;

import dev.calicokit.builders.Component;
import dev.calicokit.builders.Datastore;
import dev.calicokit.builders.InvalidOptionsException;
import dev.calicokit.builders.ManifestOptions;
import dev.calicokit.builders.Network;
import dev.calicokit.builders.Option;
import dev.calicokit.builders.OptionRule;
import dev.calicokit.builders.OptionRules;
import dev.calicokit.builders.OptionValues;
import dev.calicokit.builders.Options;
import dev.calicokit.builders.Preset;
import dev.calicokit.model.schema.Release;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The options resolved against the preset and the version: each option of the table given or, where
 * not, what its declaration says the preset implies. The parts read every value through {@link #get};
 * {@link OptionRules} has checked them as a whole before any part runs.
 */
public final class Config implements OptionValues {
  final Versions.Version version;
  final Preset preset;
  private final ManifestOptions given;
  private final Map<Option<?>, Optional<?>> resolved = new HashMap<>();
  private final Map<Component, String> images = new LinkedHashMap<>();

  private Config(ManifestOptions o) {
    version = Versions.parse(o.version());
    preset = o.preset();
    given = o;
    List<String> problems = new ArrayList<>();
    for (OptionRule rule : OptionRules.all()) {
      problems.addAll(rule.problems(this));
    }
    if (!problems.isEmpty()) {
      throw new InvalidOptionsException("invalid manifest options", problems);
    }
    // Images: from v3.31 the chart has a registry per component; before, the image name holds it.
    Map<Component, String> names = get(Options.IMAGES).orElse(Map.of());
    Map<Component, String> registries = get(Options.REGISTRIES).orElse(Map.of());
    String tag = get(Options.IMAGE_TAG).orElse(version.imageTag());
    for (Component c : Component.values()) {
      String defaultRegistry = version.atLeast(Release.V3_31) ? "quay.io/calico" : "docker.io/calico";
      String image = names.get(c);
      String registry = registries.get(c);
      String ref;
      if (image != null && image.contains("/") && registry == null) {
        ref = image;
      } else {
        String name = image == null ? c.imageName() : image.substring(image.lastIndexOf('/') + 1);
        ref = (registry == null ? defaultRegistry : registry.replaceAll("/+$", "")) + "/" + name;
      }
      images.put(c, ref + ":" + tag);
    }
  }

  /** Resolves and checks the options. */
  public static Config resolve(ManifestOptions o) {
    return new Config(o);
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Optional<T> get(Option<T> option) {
    Optional<?> known = resolved.get(option);
    if (known == null) {
      known = given.isGiven(option) ? given.get(option) : option == Options.VERSION
          ? Optional.of(version.text()) : defaultOf(option);
      resolved.put(option, known);
    }
    return (Optional<T>) known;
  }

  /** A value the preset always implies (booleans, enums): read without an empty case. */
  <T> T value(Option<T> option) {
    return get(option).orElseThrow();
  }

  private <T> Optional<T> defaultOf(Option<T> option) {
    return option.defaultFor(this);
  }

  @Override
  public boolean isGiven(Option<?> option) {
    return given.isGiven(option);
  }

  @Override
  public Preset preset() {
    return preset;
  }

  @Override
  public Release release() {
    return version.release();
  }

  boolean etcd() {
    return value(Options.DATASTORE) == Datastore.ETCD;
  }

  boolean canal() {
    return value(Options.NETWORK) == Network.FLANNEL;
  }

  boolean policyOnly() {
    return value(Options.NETWORK) == Network.NONE;
  }

  boolean typha() {
    return value(Options.TYPHA);
  }

  boolean bpf() {
    return value(Options.BPF);
  }

  boolean includeCrds() {
    return value(Options.INCLUDE_CRDS);
  }

  boolean v3Crds() {
    return value(Options.USE_V3_CRDS);
  }

  /** The pull policy as the containers write it; null where the release writes none (v3.21). */
  String pullPolicy() {
    return get(Options.IMAGE_PULL_POLICY).map(p -> p.value()).orElse(null);
  }

  /** The {@code calico_backend} value: BIRD for BGP, vxlan, or none when Calico does not network. */
  String backend() {
    if (value(Options.NETWORK) != Network.CALICO) {
      return "none";
    }
    return value(Options.VXLAN) ? "vxlan" : "bird";
  }

  /** Whether BIRD runs (its probes and CLUSTER_TYPE bgp go with it). */
  boolean bird() {
    return value(Options.NETWORK) == Network.CALICO && !value(Options.VXLAN);
  }

  String image(Component c) {
    return images.get(c);
  }

  /** The flannel image with its tag (canal). */
  String flannelImage() {
    return get(Options.FLANNEL_IMAGE).orElse(Flannel.defaultImage(version)) + ":"
        + get(Options.FLANNEL_TAG).orElse(Flannel.defaultTag(version));
  }

  /** The ConfigMap every component reads: canal-config for canal, calico-config otherwise. */
  String configMapName() {
    return canal() ? "canal-config" : "calico-config";
  }

  /** The ServiceAccount and workload name of the per-node agent. */
  String nodeName() {
    if (!canal()) {
      return "calico-node";
    }
    return etcd() ? "canal-node" : "canal";
  }
}
