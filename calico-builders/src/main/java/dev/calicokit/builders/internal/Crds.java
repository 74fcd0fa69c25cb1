package dev.calicokit.builders.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.CrdGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The CustomResourceDefinitions of a release, generated from the model: Calico's kinds in their group
 * (crd.projectcalico.org/v1, or projectcalico.org/v3 for the v3 CRDs), ordered by name as the chart
 * writes them, then the Kubernetes network-policy kinds Calico ships. The build generates them once
 * into {@link CrdCache}; rendering reads that and generates them only where the cache is missing.
 */
final class Crds {
  private Crds() {}

  static List<ManifestDocument> build(Config c) {
    CalicoRelease release = c.version.exact();
    List<ManifestDocument> out = new ArrayList<>(CrdCache.documents(c.v3Crds() ? ApiGroup.V3 : ApiGroup.CRD_V1, release));
    out.addAll(CrdCache.documents(ApiGroup.NETPOL, release));
    return out;
  }

  /** The CRDs of one group and release generated from the model now, in the chart's order. */
  static List<JsonNode> generate(ApiGroup group, CalicoRelease release) {
    CrdGenerator generator = CrdGenerator.forRelease(group, release);
    List<JsonNode> out = new ArrayList<>();
    // Calico's own kinds live in model.calico, the Kubernetes network-policy kinds in model.netpol; the
    // model says which releases ship which kind (AdminNetworkPolicy v3.29 to v3.31, ClusterNetworkPolicy
    // from v3.32, ...), so the generator gives nothing for a kind a release does not ship.
    String pkg = group == ApiGroup.NETPOL ? "dev.calicokit.model.netpol" : "dev.calicokit.model.calico";
    for (Class<? extends CalicoResource> kind : Kinds.all()) {
      if (kind.getPackageName().equals(pkg)) {
        generator.generate(kind).ifPresent(out::add);
      }
    }
    out.sort(Comparator.comparing(n -> n.path("metadata").path("name").asText()));
    return out;
  }
}
