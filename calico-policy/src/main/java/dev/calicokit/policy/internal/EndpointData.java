package dev.calicokit.policy.internal;

import dev.calicokit.model.values.NetAddr;
import dev.calicokit.model.values.NetPrefix;
import java.util.List;
import java.util.Map;

/**
 * An endpoint as Felix sees it: a workload (the pods of one owner), a host endpoint, or a network set.
 * Labels are the effective ones: the object's own, those Calico adds ({@code projectcalico.org/namespace},
 * {@code projectcalico.org/orchestrator}, {@code projectcalico.org/serviceaccount}: libcalico-go
 * {@code conversion/workload_endpoint_default.go}) and those its profiles apply ({@code pcns.*} from the
 * namespace, {@code pcsa.*} from the service account: {@code conversion.go} NamespaceToProfile,
 * ServiceAccountToProfile); the endpoint's own win.
 *
 * @param id index in the model's endpoint list
 * @param kind Deployment, Pod, ..., HostEndpoint, NetworkSet, GlobalNetworkSet
 * @param namespace null for global objects
 * @param ips the addresses known (none for workloads read from manifests without status)
 * @param nets a network set's networks
 * @param profiles the profiles in the order Felix applies them
 */
public record EndpointData(int id, String kind, String namespace, String name, Map<String, String> labels,
    List<NetAddr> ips, List<NetPrefix> nets, List<NamedPort> namedPorts, List<String> profiles) {

  /** Whether policies apply to it (workloads and host endpoints; network sets only match rules). */
  public boolean isPolicyTarget() {
    return !isNetworkSet();
  }

  /** A NetworkSet or GlobalNetworkSet. */
  public boolean isNetworkSet() {
    return kind.equals("NetworkSet") || kind.equals("GlobalNetworkSet");
  }

  /** A HostEndpoint. */
  public boolean isHost() {
    return kind.equals("HostEndpoint");
  }

  /** As the listing names it: {@code ns/name[Kind]}. */
  public String displayName() {
    if (isHost()) {
      return "hostendpoint/" + name;
    }
    return (namespace == null ? "" : namespace + "/") + name + "[" + kind + "]";
  }
}
