package dev.calicokit.builders;

import dev.calicokit.builders.internal.Inferrer;
import dev.calicokit.model.manifest.Manifest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The options a manifest is rendered from: each option of the table ({@link Options}) that was given,
 * with its value. Options not given take what the preset implies when rendering. Immutable: values of
 * mutable types are copied in and out. Build one with {@link CalicoManifest#builder()}.
 */
public final class ManifestOptions {
  private static final ManifestOptions NONE = new ManifestOptions(Map.of());

  private final Map<Option<?>, Object> given;

  private ManifestOptions(Map<Option<?>, Object> given) {
    this.given = given;
  }

  /** No option given: the newest version's calico preset as Calico ships it. */
  public static ManifestOptions none() {
    return NONE;
  }

  /**
   * The release, preset and options that reproduce a manifest, and the residue: every change the options
   * cannot express. For an official file the options are its release and preset and the residue is
   * empty; for a file edited by hand, the edits the options cover (pool CIDR, MTU, autodetection,
   * VXLAN, registry, Typha, Felix env vars, resources, ...) become options and the rest is residue. The
   * items of a {@code kind: List} are read as documents of their own ({@link Manifest#splitLists()}).
   *
   * @throws InvalidOptionsException where the manifest names no Calico release this library renders
   * @throws dev.calicokit.model.io.ResourceReadException where an item of a List is no resource
   */
  public static Inference infer(Manifest manifest) {
    // The items of a kind: List are resources of their own, as kubectl applies them.
    Manifest resources = Objects.requireNonNull(manifest, "manifest").splitLists();
    Inferrer.Result r = Inferrer.infer(resources);
    return new Inference(r.options(), r.residue(), resources, r.rendered());
  }

  /** The value given for an option; empty where it was not given. */
  public <T> Optional<T> get(Option<T> option) {
    @SuppressWarnings("unchecked")
    T value = (T) given.get(option);
    return Optional.ofNullable(option.copy(value));
  }

  /** Whether the option was given. */
  public boolean isGiven(Option<?> option) {
    return given.containsKey(option);
  }

  /** The options given, in the order of the table. */
  public Set<Option<?>> given() {
    return Collections.unmodifiableSet(given.keySet());
  }

  /** These options with one more given (or given again: the new value replaces the old). */
  public <T> ManifestOptions with(Option<T> option, T value) {
    Objects.requireNonNull(value, option.name());
    Map<Option<?>, Object> next = new LinkedHashMap<>();
    for (Option<?> o : Options.all()) {
      if (o == option) {
        next.put(o, option.copy(value));
      } else if (given.containsKey(o)) {
        next.put(o, given.get(o));
      }
    }
    return new ManifestOptions(Collections.unmodifiableMap(next));
  }

  /** These options with every option of {@code more} given too; where both give one, {@code more}'s value. */
  public ManifestOptions withAll(ManifestOptions more) {
    Map<Option<?>, Object> next = new LinkedHashMap<>();
    for (Option<?> o : Options.all()) {
      if (more.given.containsKey(o)) {
        next.put(o, more.given.get(o));
      } else if (given.containsKey(o)) {
        next.put(o, given.get(o));
      }
    }
    return new ManifestOptions(Collections.unmodifiableMap(next));
  }

  /** These options with one no longer given. */
  public ManifestOptions without(Option<?> option) {
    Map<Option<?>, Object> next = new LinkedHashMap<>(given);
    next.remove(option);
    return new ManifestOptions(Collections.unmodifiableMap(next));
  }

  /** The Calico version, for example {@code v3.32.1}; the newest supported one when not given. */
  public String version() {
    return get(Options.VERSION).orElse(CalicoManifest.LATEST_VERSION);
  }

  /** The official file to start from; {@link Preset#CALICO} when not given. */
  public Preset preset() {
    return get(Options.PRESET).orElse(Preset.CALICO);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ManifestOptions other && given.equals(other.given);
  }

  @Override
  public int hashCode() {
    return given.hashCode();
  }

  /** The options given, as {@code name=value} pairs. */
  @Override
  public String toString() {
    return given.toString();
  }
}
