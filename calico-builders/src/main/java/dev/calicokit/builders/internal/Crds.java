package dev.calicokit.builders.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.CrdGenerator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The CustomResourceDefinitions of a release, generated from the model: Calico's kinds in their group
 * (crd.projectcalico.org/v1, or projectcalico.org/v3 for the v3 CRDs), ordered by name as the chart
 * writes them, then the Kubernetes network-policy kinds Calico ships.
 */
final class Crds {
  private Crds() {}

  static List<JsonNode> build(Config c) {
    ApiGroup group = c.v3Crds ? ApiGroup.V3 : ApiGroup.CRD_V1;
    List<JsonNode> calico = generate(group, c);
    List<JsonNode> netpol = generate(ApiGroup.NETPOL, c);
    List<JsonNode> out = new ArrayList<>(calico);
    out.addAll(netpol);
    return out;
  }

  /**
   * Which network-policy API kinds the chart ships: AdminNetworkPolicy from v3.29, its baseline from
   * v3.30, both replaced by ClusterNetworkPolicy in v3.32.
   */
  private static boolean shipped(Class<? extends CalicoResource> kind, Config c) {
    switch (kind.getSimpleName()) {
      case "AdminNetworkPolicy":
        return c.v.release().within(Release.V3_29, Release.V3_31);
      case "BaselineAdminNetworkPolicy":
        return c.v.release().within(Release.V3_30, Release.V3_31);
      case "ClusterNetworkPolicy":
        return c.v.atLeast(Release.V3_32);
      default:
        return false;
    }
  }

  private static List<JsonNode> generate(ApiGroup group, Config c) {
    CrdGenerator generator = CrdGenerator.forRelease(group, c.v.release());
    List<JsonNode> out = new ArrayList<>();
    // Calico's own kinds live in model.calico, the Kubernetes network-policy kinds in model.netpol.
    String pkg = group == ApiGroup.NETPOL ? "dev.calicokit.model.netpol" : "dev.calicokit.model.calico";
    for (Class<? extends CalicoResource> kind : Kinds.all()) {
      if (kind.getPackageName().equals(pkg) && (group != ApiGroup.NETPOL || shipped(kind, c))) {
        generator.generate(kind).ifPresent(out::add);
      }
    }
    out.sort(Comparator.comparing(n -> n.path("metadata").path("name").asText()));
    return out;
  }
}
