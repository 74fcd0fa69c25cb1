package dev.calicokit.builders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.calicokit.builders.internal.Versions;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.ReleaseRange;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Options as keys and text values, for command lines and Helm values files: the keys follow the
 * Calico chart's value names, dotted for nesting ({@code typha.enabled=true}, {@code node.registry=...}),
 * plus keys of our own for the edits people make by hand ({@code ipv4PoolCidr}, {@code vethMtu}, ...).
 *
 * <pre>{@code
 * ChartValues v = ChartValues.forBuilder(CalicoManifest.builder().version("v3.32.1"));
 * v.applyValues(Files.readString(valuesFile));
 * v.apply("typha.enabled", "true").apply("ipv4PoolCidr", "10.0.0.0/16");
 * v.warnings().forEach(System.err::println);
 * Manifest m = v.builder().build();
 * }</pre>
 *
 * An unknown key fails naming the key and the closest known one.
 */
public final class ChartValues {
  /** One key: its name and a one-line help text. */
  public static final class Key {
    private final ChartKey key;
    private final Option<?> option;
    private final String help;

    Key(ChartKey key, Option<?> option, String help) {
      this.key = key;
      this.option = option;
      this.help = help;
    }

    /** The key as written on a command line, for example {@code typha.enabled}; prefix keys end with a dot. */
    public String name() {
      return key.name();
    }

    /** The option of the table it sets; empty for the keys accepted and ignored. */
    public java.util.Optional<Option<?>> option() {
      return java.util.Optional.ofNullable(option);
    }

    /** What the key sets, in one line. */
    public String help() {
      return help;
    }

    /** The releases whose chart has the key (every release for the keys of our own). */
    public ReleaseRange releases() {
      return key.releases();
    }

    @Override
    public String toString() {
      return name() + ": " + help;
    }
  }

  /** The keys of every option of the table, in its order; then the keys accepted and ignored. */
  private static final List<Key> KEYS = new ArrayList<>();
  /** Keys of Helm values files that no manifest rendered here reads, with the reason. */
  private static final Map<String, String> IGNORED = new LinkedHashMap<>();

  static {
    for (Option<?> option : Options.all()) {
      for (ChartKey k : option.chartKeys()) {
        KEYS.add(new Key(k, option, k.ownHelp().orElse(option.help())));
      }
    }
    IGNORED.put("mtu", "the chart's templates do not use it; set vethMtu instead");
    for (String unused : List.of("calicoctl", "flannelMigration", "dikastes", "csi-driver")) {
      for (String leaf : List.of("image", "registry")) {
        IGNORED.put(unused + "." + leaf, "no manifest rendered here runs " + unused);
      }
    }
    // The chart gives each image a registry key of its own from v3.31 on.
    IGNORED.forEach((name, why) -> KEYS.add(new Key(name.endsWith(".registry") ? ChartKey.exact(name).since(Release.V3_31)
        : ChartKey.exact(name), null, "accepted for Helm values files; " + why)));
  }

  private final CalicoManifest.Builder b;
  private final List<String> warnings = new ArrayList<>();
  /** The keys given that a release's chart may lack, checked once the version is known. */
  private final List<ChartKey> releaseBoundKeys = new ArrayList<>();
  /** The options the keys gave (maps gather entries), set on the builder when it is asked for. */
  private ManifestOptions gathered = ManifestOptions.none();

  private ChartValues(CalicoManifest.Builder b) {
    this.b = b;
  }

  /** Values applied to a builder (which may already hold other options). */
  public static ChartValues forBuilder(CalicoManifest.Builder builder) {
    return new ChartValues(builder);
  }

  /** Every key with its help, in a stable order; prefix keys end with a dot. */
  public static List<Key> keys() {
    return Collections.unmodifiableList(KEYS);
  }

  /** Sets one key; fails naming the key and the closest known one when it is unknown, or the value when bad. */
  public ChartValues apply(String key, String value) {
    for (Key k : KEYS) {
      if (k.key.matches(key)) {
        if (k.option == null) {
          warnings.add(key + (key.equals("mtu") ? "=" + value : "") + " is ignored: " + IGNORED.get(key));
        } else {
          read(k.option, k.key, key, value);
        }
        return this;
      }
    }
    throw new InvalidOptionsException("unknown key '" + key + "'; did you mean '" + closest(key) + "'?");
  }

  private <T> void read(Option<T> option, ChartKey k, String key, String text) {
    T current = gathered.get(option).or(() -> b.options().get(option)).orElse(null);
    gathered = gathered.with(option, option.read(current, k.entryOf(key), text));
    if (!k.releases().isAll()) {
      releaseBoundKeys.add(k);
    }
  }

  /** Applies {@code key=value}. */
  public ChartValues apply(String assignment) {
    int eq = assignment.indexOf('=');
    if (eq <= 0) {
      throw new InvalidOptionsException("expected key=value, not '" + assignment + "'");
    }
    return apply(assignment.substring(0, eq).trim(), assignment.substring(eq + 1));
  }

  /** Applies a Helm values file (YAML): nested keys are joined with dots; null values are skipped. */
  public ChartValues applyValues(String yaml) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(yaml);
    } catch (JsonProcessingException e) {
      throw new InvalidOptionsException("values file is not YAML: " + e.getOriginalMessage(), e);
    }
    if (root != null && !root.isMissingNode() && !root.isNull()) {
      if (!root.isObject()) {
        throw new InvalidOptionsException("values file must be a mapping of keys to values");
      }
      flatten("", root);
    }
    return this;
  }

  private void flatten(String prefix, JsonNode node) {
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String key = prefix + e.getKey();
      JsonNode v = e.getValue();
      if (v.isObject() && KEYS.stream().noneMatch(k -> !k.key.isPrefix() && k.name().equals(key))) {
        flatten(key + ".", v);
      } else if (!v.isNull()) {
        apply(key, v.isValueNode() ? v.asText() : v.toString());
      }
    }
  }

  /** What was accepted but has no effect, one message each. */
  public List<String> warnings() {
    return Collections.unmodifiableList(warnings);
  }

  /**
   * The builder with every value applied so far.
   *
   * @throws InvalidOptionsException where a key is not one of the chosen release's chart (a registry
   *     per component before v3.31)
   */
  public CalicoManifest.Builder builder() {
    checkKeysOfTheRelease();
    b.setAll(gathered);
    gathered = ManifestOptions.none();
    return b;
  }


  /**
   * Charts before v3.31 have no registry key per component: the registry is part of the image value
   * ({@code node.image=quay.io/calico/node}). A values file written for such a chart never holds one,
   * so a registry key there is a values file meant for another release; saying so beats guessing. The
   * version is known only once every value is in (a values file may name it last), hence the check here.
   */
  private void checkKeysOfTheRelease() {
    if (releaseBoundKeys.isEmpty()) {
      return;
    }
    Versions.Version version;
    try {
      version = Versions.parse(gathered.get(Options.VERSION).orElse(b.options().version()));
    } catch (InvalidOptionsException unsupported) {
      return; // build() reports the version itself
    }
    List<String> problems = new ArrayList<>();
    for (ChartKey k : releaseBoundKeys) {
      if (k.releases().contains(version.exact())) {
        continue;
      }
      String problem = k.name() + " is a chart key from " + k.releases().first()
          + (k.releases().last().equals(CalicoRelease.latest()) ? " on" : " to " + k.releases().last())
          + "; the chart of " + version;
      if (k.name().endsWith(".registry")) {
        String component = k.entryOf(k.name());
        String imageName = java.util.Arrays.stream(Component.values()).filter(c -> c.chartKey().equals(component))
            .findFirst().orElseThrow().imageName();
        problem += " gives the registry in " + component + ".image, e.g. " + component + ".image=quay.io/calico/" + imageName;
      } else {
        problem += " has no such key";
      }
      problems.add(problem);
    }
    if (!problems.isEmpty()) {
      throw new InvalidOptionsException("keys not in the chart of " + version, problems);
    }
  }

  /** The known key (or prefix) nearest to a key by edit distance, case ignored. */
  static String closest(String key) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (Key k : keys()) {
      int d = LevenshteinDistance.getDefaultInstance()
          .apply(key.toLowerCase(Locale.ROOT), k.name().toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = k.name();
      }
    }
    return best;
  }
}
