package dev.calicokit.builders;

import dev.calicokit.builders.internal.ManifestFacts;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.CalicoRelease;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed from one Calico release to another, preset by preset: documents, CRD properties, env
 * vars, volumes and mounts, RBAC grants and images, computed from the two releases' official manifests
 * as the renderer gives them (no stored changelog text).
 *
 * <pre>{@code
 * ReleaseChanges c = ReleaseChanges.between(CalicoRelease.parse("v3.31.0"), CalicoRelease.parse("v3.31.1"));
 * c.changes(Preset.CALICO).forEach(change -> System.out.println(change.toText()));
 * }</pre>
 */
public final class ReleaseChanges {
  private final CalicoRelease from;
  private final CalicoRelease to;
  private final Map<Preset, List<ReleaseChange>> byPreset;

  private ReleaseChanges(CalicoRelease from, CalicoRelease to, Map<Preset, List<ReleaseChange>> byPreset) {
    this.from = from;
    this.to = to;
    this.byPreset = Collections.unmodifiableMap(byPreset);
  }

  /** Every release the renderer knows after the first, each with what changed from the one before. */
  public static List<ReleaseChanges> all() {
    Map<String, Optional<Manifest>> renders = new HashMap<>();
    List<ReleaseChanges> out = new ArrayList<>();
    List<CalicoRelease> releases = CalicoRelease.all();
    for (int i = 1; i < releases.size(); i++) {
      out.add(between(releases.get(i - 1), releases.get(i), renders));
    }
    return Collections.unmodifiableList(out);
  }

  /** What changed from {@code from} to {@code to}, in each preset both releases ship. */
  public static ReleaseChanges between(CalicoRelease from, CalicoRelease to) {
    return between(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"), new HashMap<>());
  }

  private static ReleaseChanges between(CalicoRelease from, CalicoRelease to, Map<String, Optional<Manifest>> renders) {
    Map<Preset, List<ReleaseChange>> byPreset = new LinkedHashMap<>();
    for (Preset p : Preset.values()) {
      Optional<Manifest> before = renders.computeIfAbsent(from + " " + p, k -> CalicoManifest.official(from, p.fileName()));
      Optional<Manifest> after = renders.computeIfAbsent(to + " " + p, k -> CalicoManifest.official(to, p.fileName()));
      if (before.isPresent() && after.isPresent()) {
        byPreset.put(p, changes(before.get(), after.get()));
      }
    }
    return new ReleaseChanges(from, to, byPreset);
  }

  /**
   * What changed from one manifest to another, whatever their releases and options: for an upgrade,
   * the official manifests of the two releases rendered with the user's options.
   */
  public static List<ReleaseChange> changes(Manifest before, Manifest after) {
    ManifestFacts a = ManifestFacts.of(before);
    ManifestFacts b = ManifestFacts.of(after);
    List<ReleaseChange> out = new ArrayList<>();
    for (ReleaseChange.Kind kind : ReleaseChange.Kind.values()) {
      Map<String, String> was = a.of(kind.name());
      Map<String, String> is = b.of(kind.name());
      for (Map.Entry<String, String> e : was.entrySet()) {
        String now = is.get(e.getKey());
        if (now == null) {
          out.add(ReleaseChange.of(kind, ReleaseChange.Action.REMOVED, e.getKey()));
        } else if (!now.equals(e.getValue())) {
          out.add(ReleaseChange.changed(kind, e.getKey(), e.getValue(), now));
        }
      }
      for (String subject : is.keySet()) {
        if (!was.containsKey(subject)) {
          out.add(ReleaseChange.of(kind, ReleaseChange.Action.ADDED, subject));
        }
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** The release changed from. */
  public CalicoRelease from() {
    return from;
  }

  /** The release changed to. */
  public CalicoRelease to() {
    return to;
  }

  /** The changes of each preset both releases ship, in the order of {@link Preset}. */
  public Map<Preset, List<ReleaseChange>> byPreset() {
    return byPreset;
  }

  /** The changes of one preset; empty where either release does not ship it. */
  public List<ReleaseChange> changes(Preset preset) {
    return byPreset.getOrDefault(preset, List.of());
  }

  /**
   * The changes as text: a heading with both releases, then each distinct change once, under the
   * presets it applies to. An image whose tag alone changed is one line per image name, not one per
   * container.
   */
  public String toText() {
    Map<String, Set<Preset>> presetsOf = new LinkedHashMap<>();
    for (Map.Entry<Preset, List<ReleaseChange>> e : byPreset.entrySet()) {
      for (ReleaseChange c : e.getValue()) {
        presetsOf.computeIfAbsent(line(c), k -> EnumSet.noneOf(Preset.class)).add(e.getKey());
      }
    }
    Map<Set<Preset>, List<String>> byPresets = new LinkedHashMap<>();
    presetsOf.forEach((line, presets) -> byPresets.computeIfAbsent(presets, k -> new ArrayList<>()).add(line));
    StringBuilder out = new StringBuilder(to.label()).append(" (from ").append(from.label()).append(")\n");
    if (byPresets.isEmpty()) {
      out.append("  no change in what the manifests hold\n");
    }
    List<Map.Entry<Set<Preset>, List<String>>> groups = new ArrayList<>(byPresets.entrySet());
    // The widest groups first: what every preset shares leads.
    groups.sort((x, y) -> Integer.compare(y.getKey().size(), x.getKey().size()));
    for (Map.Entry<Set<Preset>, List<String>> g : groups) {
      String presets = g.getKey().equals(byPreset.keySet()) ? "every preset"
          : g.getKey().stream().map(Preset::fileName).collect(Collectors.joining(", "));
      out.append("  ").append(presets).append(":\n");
      g.getValue().stream().sorted().distinct().forEach(l -> out.append("    ").append(l).append('\n'));
    }
    return out.toString();
  }

  /** A change as the text shows it: an image's new tag without the container it runs in. */
  private static String line(ReleaseChange c) {
    if (c.kind() == ReleaseChange.Kind.IMAGE && c.action() == ReleaseChange.Action.CHANGED) {
      String before = c.before().orElse("");
      String after = c.after().orElse("");
      int bt = before.lastIndexOf(':');
      int at = after.lastIndexOf(':');
      if (bt > 0 && at > 0 && before.substring(0, bt).equals(after.substring(0, at))) {
        return "~ image tag of " + after.substring(0, at) + ": " + before.substring(bt + 1) + " -> " + after.substring(at + 1);
      }
    }
    return c.toText();
  }
}
