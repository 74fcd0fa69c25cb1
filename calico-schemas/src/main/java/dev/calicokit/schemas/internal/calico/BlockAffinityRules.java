package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.calico.BlockAffinity;
import dev.calicokit.model.schema.ApiGroup;

/**
 * BlockAffinity as Calico's API takes it: an affinity marked deleted is Calico's own bookkeeping while
 * it releases a block, which its API refuses to be given (libcalico-go's validateBlockAffinitySpec).
 * The crd.projectcalico.org/v1 form is the datastore's, where Calico itself writes deleted "true".
 */
final class BlockAffinityRules {
  private BlockAffinityRules() {}

  static void check(DocCheck c) {
    if (c.group() != ApiGroup.V3) {
      return;
    }
    c.resource(BlockAffinity.class)
        .filter(a -> a.spec().deleted().asBoolean().orElse(false))
        .ifPresent(a -> c.error("calico.blockaffinity.deleted", "/spec/deleted", "deleted cannot be true: Calico"
            + " sets it itself while it releases the block"));
  }
}
