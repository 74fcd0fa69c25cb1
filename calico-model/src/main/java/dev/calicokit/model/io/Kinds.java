package dev.calicokit.model.io;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.calico.BGPConfiguration;
import dev.calicokit.model.calico.BGPFilter;
import dev.calicokit.model.calico.BGPPeer;
import dev.calicokit.model.calico.BlockAffinity;
import dev.calicokit.model.calico.CalicoNodeStatus;
import dev.calicokit.model.calico.ClusterInformation;
import dev.calicokit.model.calico.FelixConfiguration;
import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.calico.GlobalNetworkSet;
import dev.calicokit.model.calico.HostEndpoint;
import dev.calicokit.model.calico.IPAMBlock;
import dev.calicokit.model.calico.IPAMConfiguration;
import dev.calicokit.model.calico.IPAMHandle;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.IPReservation;
import dev.calicokit.model.calico.KubeControllersConfiguration;
import dev.calicokit.model.calico.NetworkPolicy;
import dev.calicokit.model.calico.NetworkSet;
import dev.calicokit.model.calico.Node;
import dev.calicokit.model.calico.Profile;
import dev.calicokit.model.calico.StagedGlobalNetworkPolicy;
import dev.calicokit.model.calico.StagedKubernetesNetworkPolicy;
import dev.calicokit.model.calico.StagedNetworkPolicy;
import dev.calicokit.model.calico.Tier;
import dev.calicokit.model.calico.WorkloadEndpoint;
import dev.calicokit.model.netpol.AdminNetworkPolicy;
import dev.calicokit.model.netpol.BaselineAdminNetworkPolicy;
import dev.calicokit.model.netpol.ClusterNetworkPolicy;
import dev.calicokit.model.schema.WithoutCrd;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds this model types, and which Java type reads each {@code apiVersion}/{@code kind} pair.
 * A Calico kind reads under both {@code projectcalico.org/v3} and {@code crd.projectcalico.org/v1}
 * (IPAMConfiguration is {@code IPAMConfig} under the latter), except the kinds served without a CRD
 * (Node, WorkloadEndpoint, Profile: {@code projectcalico.org/v3} only); a network-policy kind reads
 * under its own apiVersion.
 */
public final class Kinds {
  private static final List<Class<? extends CalicoResource>> ALL =
      List.of(
          BGPConfiguration.class, BGPFilter.class, BGPPeer.class, BlockAffinity.class,
          CalicoNodeStatus.class, ClusterInformation.class, FelixConfiguration.class,
          GlobalNetworkPolicy.class, GlobalNetworkSet.class, HostEndpoint.class, IPAMBlock.class,
          IPAMConfiguration.class, IPAMHandle.class, IPPool.class, IPReservation.class,
          KubeControllersConfiguration.class, NetworkPolicy.class, NetworkSet.class,
          StagedGlobalNetworkPolicy.class, StagedKubernetesNetworkPolicy.class,
          StagedNetworkPolicy.class, Tier.class, AdminNetworkPolicy.class,
          BaselineAdminNetworkPolicy.class, ClusterNetworkPolicy.class, Node.class,
          WorkloadEndpoint.class, Profile.class);

  // The kinds marked @WithoutCrd, named here as well: reading the annotations of every kind costs a short
  // run more than the rest of this index (KindsTest holds the two equal).
  private static final Set<Class<? extends CalicoResource>> WITHOUT_CRD =
      Set.of(Node.class, WorkloadEndpoint.class, Profile.class);

  private static final Map<String, Class<? extends CalicoResource>> BY_TYPE = index();

  private Kinds() {}

  /** Every kind's Java type. */
  public static List<Class<? extends CalicoResource>> all() {
    return ALL;
  }

  /** The Java type that reads this apiVersion and kind, if the model types it. */
  public static Optional<Class<? extends CalicoResource>> forType(String apiVersion, String kind) {
    return Optional.ofNullable(BY_TYPE.get(apiVersion + " " + kind));
  }

  /**
   * Whether a document of this apiVersion and kind is a list of resources, each applied as a document
   * of its own: a v1 {@code kind: List}, as kubectl reads one, or a typed list of a Calico kind
   * ({@code NodeList} under {@code projectcalico.org/v3}), as {@code calicoctl get -o yaml} writes several
   * resources and reads them.
   */
  public static boolean isList(String apiVersion, String kind) {
    if (kind.equals("List")) {
      return apiVersion.equals("v1");
    }
    return kind.endsWith("List") && apiVersion.contains("projectcalico.org/")
        && forType(apiVersion, kind.substring(0, kind.length() - 4)).isPresent();
  }

  /** Every {@code apiVersion kind} pair a kind's Java type reads. */
  public static List<String> typesOf(Class<? extends CalicoResource> type) {
    List<String> out = new ArrayList<>();
    String kind = constant(type, "KIND");
    String api = constant(type, "DEFAULT_API_VERSION");
    out.add(api + " " + kind);
    if (api.equals("projectcalico.org/v3") && !isWithoutCrd(type)) {
      String crdKind = hasConstant(type, "CRD_KIND") ? constant(type, "CRD_KIND") : kind;
      out.add("crd.projectcalico.org/v1 " + crdKind);
    }
    return out;
  }

  /**
   * Whether calicoctl and the Calico API server serve the kind with no CRD behind it (Node,
   * WorkloadEndpoint, Profile): it then has no {@code crd.projectcalico.org/v1} form, see {@link WithoutCrd}.
   */
  public static boolean isWithoutCrd(Class<? extends CalicoResource> type) {
    return WITHOUT_CRD.contains(type);
  }

  private static Map<String, Class<? extends CalicoResource>> index() {
    Map<String, Class<? extends CalicoResource>> m = new LinkedHashMap<>();
    for (Class<? extends CalicoResource> c : ALL) {
      for (String t : typesOf(c)) {
        m.put(t, c);
      }
    }
    return m;
  }

  private static boolean hasConstant(Class<?> type, String name) {
    try {
      type.getField(name);
      return true;
    } catch (NoSuchFieldException e) {
      return false;
    }
  }

  private static String constant(Class<?> type, String name) {
    try {
      Field f = type.getField(name);
      return (String) f.get(null);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(type.getName() + " lacks the constant " + name, e);
    }
  }
}
