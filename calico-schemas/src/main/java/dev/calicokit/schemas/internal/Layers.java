package dev.calicokit.schemas.internal;

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
        new StructuralRule(),
        new dev.calicokit.schemas.internal.cel.CelRule(),
        new dev.calicokit.schemas.internal.calico.CalicoRules(),
        new LastAppliedSizeRule());
  }

  /**
   * The rules that judge a manifest as a whole, in order. Each is streamed: it sees the documents one by
   * one and keeps only small facts of them, so that the validator keeps no document for them.
   */
  public static List<StreamedManifestRule> manifestRules() {
    return List.of(
        new dev.calicokit.schemas.internal.cross.PoolCidrRule(),
        new dev.calicokit.schemas.internal.cross.ReferenceRules(),
        new dev.calicokit.schemas.internal.cross.RbacBaselineRule(),
        new dev.calicokit.schemas.internal.cross.ImageVersionRule(),
        new dev.calicokit.schemas.internal.cross.CniConfigRule(),
        new dev.calicokit.schemas.internal.cross.DuplicateRule(),
        new dev.calicokit.schemas.internal.cross.NodeEnvRule());
  }
}
