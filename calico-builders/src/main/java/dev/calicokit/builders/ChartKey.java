package dev.calicokit.builders;

import dev.calicokit.model.schema.Release;
import dev.calicokit.model.schema.ReleaseRange;
import java.util.Objects;
import java.util.Optional;

/**
 * A key of {@link ChartValues} and the option it sets: the chart's value names, dotted for nesting
 * ({@code typha.enabled}), or names of our own for the edits people make by hand ({@code vethMtu}). A
 * prefix key ({@code felix.}) takes a name after it; a key may stand for one entry of a map option
 * ({@code node.image} for the node component's image).
 */
public final class ChartKey {
  private final String name;
  private final boolean prefix;
  private final String entry;
  private final ReleaseRange releases;
  private final String help;

  private ChartKey(String name, boolean prefix, String entry, ReleaseRange releases, String help) {
    this.name = Objects.requireNonNull(name);
    this.prefix = prefix;
    this.entry = entry;
    this.releases = releases;
    this.help = help;
  }

  static ChartKey exact(String name) {
    return new ChartKey(name, false, null, ReleaseRange.all(), null);
  }

  static ChartKey prefix(String name) {
    return new ChartKey(name, true, null, ReleaseRange.all(), null);
  }

  static ChartKey entry(String name, String entry) {
    return new ChartKey(name, false, entry, ReleaseRange.all(), null);
  }

  /** The same key, in the charts from a minor release on only. */
  ChartKey since(Release release) {
    return new ChartKey(name, prefix, entry, ReleaseRange.from(release), help);
  }

  /** The same key with a help text of its own (where the option's does not say enough). */
  ChartKey help(String text) {
    return new ChartKey(name, prefix, entry, releases, text);
  }

  /** The key as written, for example {@code typha.enabled}; a prefix key ends with a dot. */
  public String name() {
    return name;
  }

  /** Whether the key takes a name after it ({@code felix.LOGSEVERITYSCREEN}). */
  public boolean isPrefix() {
    return prefix;
  }

  /**
   * The releases whose chart has the key, from the first to the last; every release for keys of our
   * own ({@code vethMtu}), which every release takes.
   */
  public ReleaseRange releases() {
    return releases;
  }

  /** The map entry a fixed key stands for, or the name after a prefix key. */
  String entryOf(String key) {
    return prefix ? key.substring(name.length()) : entry;
  }

  /** Whether the key is written as this one. */
  boolean matches(String key) {
    return prefix ? key.startsWith(name) && key.length() > name.length() : key.equals(name);
  }

  Optional<String> ownHelp() {
    return Optional.ofNullable(help);
  }

  @Override
  public String toString() {
    return name;
  }
}
