package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.ManifestRule;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * With the user's cluster CIDR (the pod CIDR of the controller manager), the default pools that
 * calico-node creates (CALICO_IPV4POOL_CIDR, CALICO_IPV6POOL_CIDR) and the IPPool documents of the
 * manifest lie inside it. A dual-stack cluster CIDR is written "v4cidr,v6cidr".
 */
public final class PoolCidrRule implements ManifestRule {
  @Override
  public void check(List<ValidatedDocument> docs, ValidationContext context, FindingSink sink) {
    if (context.clusterCidr().isEmpty()) {
      return;
    }
    List<Cidr> cluster = new ArrayList<>();
    for (String part : context.clusterCidr().get().split(",")) {
      Cidr c = Cidr.of(part.trim());
      if (c.isValid()) {
        cluster.add(c);
      }
    }
    if (cluster.isEmpty()) {
      return;
    }
    for (ValidatedDocument d : docs) {
      Workloads.podSpec(d).ifPresent(pod -> {
        for (Workloads.Container c : Workloads.containers(pod)) {
          JsonNode env = c.node().path("env");
          for (int i = 0; i < env.size(); i++) {
            String name = env.get(i).path("name").asText("");
            JsonNode value = env.get(i).get("value");
            if ((name.equals("CALICO_IPV4POOL_CIDR") || name.equals("CALICO_IPV6POOL_CIDR"))
                && value != null && value.isTextual()) {
              check(d, c.pointer() + "/env/" + i + "/value", value.asText(), cluster, sink, "the default pool");
            }
          }
        }
      });
      if (d.kind().equals("IPPool") && d.calicoGroup().isPresent()) {
        JsonNode cidr = d.tree().path("spec").path("cidr");
        if (cidr.isTextual()) {
          check(d, "/spec/cidr", cidr.asText(), cluster, sink, "IPPool " + d.name().orElse(""));
        }
      }
    }
  }

  private static void check(ValidatedDocument d, String pointer, String text, List<Cidr> cluster, FindingSink sink,
      String what) {
    Cidr pool = Cidr.of(text.trim());
    if (!pool.isValid()) {
      return; // Calico's rules report a CIDR that does not parse
    }
    List<Cidr> sameFamily = cluster.stream().filter(c -> c.isIpv4() == pool.isIpv4()).toList();
    if (sameFamily.isEmpty()) {
      return;
    }
    if (sameFamily.stream().noneMatch(c -> c.contains(pool))) {
      sink.error("manifest.pool-cidr", d, pointer, what + " " + text + " lies outside the cluster CIDR "
          + sameFamily.get(0).text() + ": pod addresses must come from the cluster's pod range");
    }
  }
}
