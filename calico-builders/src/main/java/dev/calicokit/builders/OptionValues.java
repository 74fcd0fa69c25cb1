package dev.calicokit.builders;

import dev.calicokit.model.schema.Release;
import java.util.Optional;

/**
 * The options of one manifest as the renderer reads them: each one given or, where not, what the preset
 * and the other options imply. Defaults in {@link Options} are written against it.
 */
public interface OptionValues {
  /** The option's value: given, else implied; empty where neither. */
  <T> Optional<T> get(Option<T> option);

  /** Whether the option was given (rather than implied). */
  boolean isGiven(Option<?> option);

  /** The preset the manifest starts from. */
  Preset preset();

  /** The minor release of the version. */
  Release release();
}
