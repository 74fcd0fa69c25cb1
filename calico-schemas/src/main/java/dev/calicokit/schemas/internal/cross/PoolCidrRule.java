package dev.calicokit.schemas.internal.cross;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.values.InvalidAddressException;
import dev.calicokit.model.values.IpParser;
import dev.calicokit.model.values.NetPrefix;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.StreamedManifestRule;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * With the user's cluster CIDR (the pod CIDR of the controller manager), the default pools that
 * calico-node creates (CALICO_IPV4POOL_CIDR, CALICO_IPV6POOL_CIDR) and the IPPool documents of the
 * manifest lie inside it. A dual-stack cluster CIDR is written "v4cidr,v6cidr". Each part of the cluster
 * CIDR is read as the controller manager reads its flag (k8s.io/utils/net.ParseCIDRSloppy; spaces around
 * a part are forgiven here), the pools as Calico reads network fields (libcalico-go's ParseCIDROrIP).
 * Each document is judged as it streams by: nothing of it is kept.
 */
public final class PoolCidrRule implements StreamedManifestRule {
  /** One network of the cluster CIDR, with its text as the user gave it for messages. */
  private record ClusterNet(String text, NetPrefix prefix) {}

  @Override
  public Pass start() {
    // Each document is judged on its own; the cluster CIDR is read once a pass, when there is one.
    List<List<ClusterNet>> cluster = new ArrayList<>(1);
    return (d, context, sink) -> {
      if (context.clusterCidr().isEmpty()) {
        return;
      }
      if (cluster.isEmpty()) {
        cluster.add(clusterNets(context.clusterCidr().get()));
      }
      check(d, cluster.get(0), sink);
    };
  }

  private static void check(ValidatedDocument d, List<ClusterNet> cluster, FindingSink sink) {
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

  /**
   * Checks a cluster CIDR given in code ({@code Validator.withClusterCidr}): one CIDR, or two separated
   * by a comma, each with its prefix length. Fails with {@link InvalidAddressException} naming the part
   * that is not one.
   */
  public static void requireClusterCidr(String text) {
    clusterNets(text);
  }

  private static List<ClusterNet> clusterNets(String text) {
    List<ClusterNet> out = new ArrayList<>();
    for (String raw : text.split(",", -1)) {
      String part = raw.trim();
      NetPrefix p = IpParser.parseCIDRSloppy(part).orElseThrow(() -> new InvalidAddressException(part,
          "cluster CIDR \"" + text + "\": \"" + part + "\" is not a CIDR with a prefix length such as 10.244.0.0/16"
              + " (a dual-stack cluster CIDR is written \"v4cidr,v6cidr\")"));
      out.add(new ClusterNet(part, p));
    }
    return out;
  }

  private static void check(ValidatedDocument d, String pointer, String text, List<ClusterNet> cluster,
      FindingSink sink, String what) {
    NetPrefix pool = IpParser.parseCIDROrIP(text.trim()).orElse(null);
    if (pool == null) {
      return; // Calico's rules report a CIDR that does not parse
    }
    List<ClusterNet> sameFamily = cluster.stream().filter(c -> c.prefix().is4() == pool.is4()).toList();
    if (sameFamily.isEmpty()) {
      return;
    }
    if (sameFamily.stream().noneMatch(c -> c.prefix().contains(pool))) {
      sink.error("manifest.pool-cidr", d, pointer, what + " " + text + " lies outside the cluster CIDR "
          + sameFamily.get(0).text() + ": pod addresses must come from the cluster's pod range");
    }
  }
}
