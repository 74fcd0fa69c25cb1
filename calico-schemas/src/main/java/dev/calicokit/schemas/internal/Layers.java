package dev.calicokit.schemas.internal;

import dev.calicokit.schemas.internal.cel.CelRule;
import java.util.List;

/**
 * The validation layers, in the order they run: structure, CEL, Calico's own rules on each document,
 * then the rules across documents.
 */
public final class Layers {
  private Layers() {}

  /** The rules that judge one document each, in order. */
  public static List<DocumentRule> documentRules() {
    return List.of(
        new CelRule());
  }

  /** The rules that judge a manifest as a whole, in order. */
  public static List<ManifestRule> manifestRules() {
    return List.of();
  }
}
