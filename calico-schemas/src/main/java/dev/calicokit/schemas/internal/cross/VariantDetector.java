package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.util.List;

/**
 * Which of Calico's official manifest variants a manifest derives from, named as Calico names its files
 * (calico, calico-vxlan, calico-typha, calico-policy-only, calico-bpf, calico-etcd, calico-v3-crds,
 * canal, canal-etcd). It sees the documents one by one and keeps only what it has learnt of them.
 */
final class VariantDetector {
  private boolean etcd;
  private boolean canal;
  private boolean typha;
  private boolean bpf;
  private boolean v3Crds;
  private String backend = "";

  /** Learns what the next document says of the variant. */
  void see(ValidatedDocument d) {
    String name = d.name().orElse("");
    // The calico-v3-crds variant installs the projectcalico.org/v3 kinds as CRDs (no API server).
    v3Crds |= d.kind().equals("CustomResourceDefinition")
        && d.tree().path("spec").path("group").asText("").equals("projectcalico.org");
    if (d.kind().equals("ConfigMap")) {
      JsonNode data = d.tree().path("data");
      etcd |= data.has("etcd_endpoints");
      canal |= name.equals("canal-config");
      if (data.has("calico_backend")) {
        backend = data.path("calico_backend").asText("");
      }
    }
    if (d.kind().equals("DaemonSet") && (name.equals("canal") || name.equals("canal-node"))) {
      canal = true;
    }
    if (d.kind().equals("Deployment") && name.equals("calico-typha")) {
      typha = true;
    }
    for (Workloads.Container c : Workloads.podSpec(d).map(Workloads::containers).orElse(List.of())) {
      JsonNode env = c.node().path("env");
      for (JsonNode e : env) {
        String n = e.path("name").asText("");
        String v = e.path("value").asText("");
        if (n.equals("CALICO_NETWORKING_BACKEND") && e.has("value")) {
          backend = v;
        }
        bpf |= n.equals("FELIX_BPFENABLED") && v.equalsIgnoreCase("true");
      }
    }
  }

  /** The variant of the documents seen so far. */
  String variant() {
    if (canal) {
      return etcd ? "canal-etcd" : "canal";
    }
    if (etcd) {
      return "calico-etcd";
    }
    if (v3Crds) {
      return "calico-v3-crds";
    }
    if (backend.equals("none")) {
      return "calico-policy-only";
    }
    if (typha) {
      return "calico-typha";
    }
    if (bpf) {
      return "calico-bpf";
    }
    return backend.equals("vxlan") ? "calico-vxlan" : "calico";
  }
}
