package dev.calicokit.builders;

import dev.calicokit.model.schema.ReleaseRange;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * One manifest option, declared once in {@link Options}: its Java type, its name, what it means, the
 * chart keys that set it (and the releases whose chart has them), how text from a command line or a
 * values file becomes a value, and what the preset implies when it is not given. The builder, the chart
 * values, {@code calico render --help} and the manifest edits all read these declarations.
 *
 * @param <T> the value's type: the model's value types, enums, fabric8 types, or maps and lists of them
 */
public final class Option<T> {
  /** How a key and its text become a value, given the value so far (maps and lists gather entries). */
  @FunctionalInterface
  interface TextForm<T> {
    /**
     * @param current the value given so far, or null
     * @param entry the part of the key after a prefix key ({@code LOGSEVERITYSCREEN} of
     *     {@code felix.LOGSEVERITYSCREEN}), the entry a fixed key stands for, or null
     * @param text the value as written
     * @throws InvalidOptionsException naming the key and what it takes
     */
    T read(T current, String entry, String text);
  }

  private final String name;
  private final Class<?> type;
  private final String help;
  private final List<ChartKey> keys;
  private final TextForm<T> form;
  private final Function<OptionValues, T> defaultValue;
  private final UnaryOperator<T> copy;
  private final ReleaseRange releases;

  Option(String name, Class<?> type, String help, List<ChartKey> keys, TextForm<T> form,
      Function<OptionValues, T> defaultValue) {
    this(name, type, help, keys, form, defaultValue, UnaryOperator.identity(), ReleaseRange.all());
  }

  private Option(String name, Class<?> type, String help, List<ChartKey> keys, TextForm<T> form,
      Function<OptionValues, T> defaultValue, UnaryOperator<T> copy, ReleaseRange releases) {
    this.copy = copy;
    this.releases = releases;
    this.name = Objects.requireNonNull(name);
    this.type = Objects.requireNonNull(type);
    this.help = Objects.requireNonNull(help);
    this.keys = List.copyOf(keys);
    this.form = Objects.requireNonNull(form);
    this.defaultValue = defaultValue;
  }

  /**
   * The same option, its values copied with {@code copy} whenever they go in or out: for values of
   * mutable types (fabric8's), so that no reference handed out changes a built object.
   */
  Option<T> copiedWith(UnaryOperator<T> copy) {
    return new Option<>(name, type, help, keys, form, defaultValue, copy, releases);
  }

  /** The same option, in the given releases only. */
  Option<T> in(ReleaseRange range) {
    return new Option<>(name, type, help, keys, form, defaultValue, copy, range);
  }

  /**
   * The releases that have the option, from the first to the last: every release for most, v3.32 on
   * for the v3 CRDs.
   */
  public ReleaseRange releases() {
    return releases;
  }

  /** A copy of a value that the caller may keep or change. */
  T copy(T value) {
    return value == null ? null : copy.apply(value);
  }

  /** The option's name, for example {@code ipv4PoolCidr}. */
  public String name() {
    return name;
  }

  /** The Java type of its values (for maps and lists, {@code Map} or {@code List}). */
  public Class<?> type() {
    return type;
  }

  /** What it sets, in one line. */
  public String help() {
    return help;
  }

  /** The keys {@link ChartValues} takes for it, with the releases whose chart has them. */
  public List<ChartKey> chartKeys() {
    return keys;
  }

  /** Reads the value of one key from text; fails naming the key and what it takes. */
  T read(T current, String entry, String text) {
    return form.read(current, entry, text);
  }

  /** What the preset and the other options imply when this one is not given; empty where nothing is. */
  public Optional<T> defaultFor(OptionValues values) {
    return defaultValue == null ? Optional.empty() : Optional.ofNullable(defaultValue.apply(values));
  }


  @Override
  public String toString() {
    return name;
  }
}
