package dev.calicokit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.ObjectMeta;
import dev.calicokit.model.calico.Action;
import dev.calicokit.model.calico.BGPConfigurationSpec;
import dev.calicokit.model.calico.BGPFilterAction;
import dev.calicokit.model.calico.BGPFilterRuleV4;
import dev.calicokit.model.calico.BGPFilterRuleV6;
import dev.calicokit.model.calico.BGPFilterSetPriority;
import dev.calicokit.model.calico.BGPPeerSpec;
import dev.calicokit.model.calico.CalicoNodeBGPStatus;
import dev.calicokit.model.calico.ControllersConfig;
import dev.calicokit.model.calico.EncapsulationMode;
import dev.calicokit.model.calico.EndpointPort;
import dev.calicokit.model.calico.FelixConfigurationSpec;
import dev.calicokit.model.calico.GlobalNetworkPolicySpec;
import dev.calicokit.model.calico.ICMPFields;
import dev.calicokit.model.calico.IPAMBlockSpec;
import dev.calicokit.model.calico.IPAMConfigurationSpec;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.IPPoolSpec;
import dev.calicokit.model.calico.KubeControllersConfigurationSpec;
import dev.calicokit.model.calico.NetworkPolicySpec;
import dev.calicokit.model.calico.ProtoPort;
import dev.calicokit.model.calico.RouteTableIDRange;
import dev.calicokit.model.calico.RouteTableRange;
import dev.calicokit.model.calico.Rule;
import dev.calicokit.model.calico.StagedGlobalNetworkPolicySpec;
import dev.calicokit.model.calico.StagedNetworkPolicySpec;
import dev.calicokit.model.calico.TierSpec;
import dev.calicokit.model.schema.ModelProperties;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.k8s.Condition;
import dev.calicokit.model.k8s.ConditionStatus;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.Protocol;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every whole-number attribute takes an {@code int} literal, in builders and with-ers alike: this class
 * compiles only while that holds (Immutables' own setters of {@code Long} and {@code BigDecimal}
 * attributes take the boxed type, which an {@code int} does not convert to). The last test finds, by
 * reflection, any such attribute added later without its {@code long} overloads.
 */
class WholeNumberSettersTest {
  @Test
  void theReadmeExampleTakesIntLiterals() {
    IPPool pool = IPPool.ofCidr("default-ipv4-ippool", "10.244.0.0/16");
    pool = pool.withSpec(pool.spec().withVxlanMode(EncapsulationMode.ALWAYS).withBlockSize(24));
    assertThat(pool.spec().blockSize()).contains(24L);
  }

  @Test
  void objectMeta() {
    ObjectMeta built = ObjectMeta.builder()
        .generation(2)
        .deletionGracePeriodSeconds(3)
        .build();
    assertThat(built.generation()).contains(2L);
    assertThat(built.deletionGracePeriodSeconds()).contains(3L);
    assertThat(built.withGeneration(1002).generation()).contains(1002L);
    assertThat(built.withDeletionGracePeriodSeconds(1003).deletionGracePeriodSeconds()).contains(1003L);
  }

  @Test
  void bgpConfigurationSpec() {
    BGPConfigurationSpec built = BGPConfigurationSpec.builder()
        .asNumber(2)
        .listenPort(3)
        .ipv4NormalRoutePriority(4)
        .ipv6NormalRoutePriority(5)
        .build();
    assertThat(built.asNumber()).contains(2L);
    assertThat(built.listenPort()).contains(3L);
    assertThat(built.ipv4NormalRoutePriority()).contains(4L);
    assertThat(built.ipv6NormalRoutePriority()).contains(5L);
    assertThat(built.withAsNumber(1002).asNumber()).contains(1002L);
    assertThat(built.withListenPort(1003).listenPort()).contains(1003L);
    assertThat(built.withIpv4NormalRoutePriority(1004).ipv4NormalRoutePriority()).contains(1004L);
    assertThat(built.withIpv6NormalRoutePriority(1005).ipv6NormalRoutePriority()).contains(1005L);
  }

  @Test
  void bgpFilterRuleV4() {
    BGPFilterRuleV4 built = BGPFilterRuleV4.builder().action(BGPFilterAction.ACCEPT)
        .priority(2)
        .build();
    assertThat(built.priority()).contains(2L);
    assertThat(built.withPriority(1002).priority()).contains(1002L);
  }

  @Test
  void bgpFilterRuleV6() {
    BGPFilterRuleV6 built = BGPFilterRuleV6.builder().action(BGPFilterAction.ACCEPT)
        .priority(2)
        .build();
    assertThat(built.priority()).contains(2L);
    assertThat(built.withPriority(1002).priority()).contains(1002L);
  }

  @Test
  void bgpFilterSetPriority() {
    BGPFilterSetPriority built = BGPFilterSetPriority.builder()
        .value(2)
        .build();
    assertThat(built.value()).isEqualTo(2L);
    assertThat(built.withValue(1002).value()).isEqualTo(1002L);
  }

  @Test
  void bgpPeerSpec() {
    BGPPeerSpec built = BGPPeerSpec.builder()
        .asNumber(2)
        .localASNumber(3)
        .ttlSecurity(4)
        .build();
    assertThat(built.asNumber()).contains(2L);
    assertThat(built.localASNumber()).contains(3L);
    assertThat(built.ttlSecurity()).contains(4L);
    assertThat(built.withAsNumber(1002).asNumber()).contains(1002L);
    assertThat(built.withLocalASNumber(1003).localASNumber()).contains(1003L);
    assertThat(built.withTtlSecurity(1004).ttlSecurity()).contains(1004L);
  }

  @Test
  void calicoNodeBGPStatus() {
    CalicoNodeBGPStatus built = CalicoNodeBGPStatus.builder()
        .numberEstablishedV4(2)
        .numberNotEstablishedV4(3)
        .numberEstablishedV6(4)
        .numberNotEstablishedV6(5)
        .build();
    assertThat(built.numberEstablishedV4()).isEqualTo(2L);
    assertThat(built.numberNotEstablishedV4()).isEqualTo(3L);
    assertThat(built.numberEstablishedV6()).isEqualTo(4L);
    assertThat(built.numberNotEstablishedV6()).isEqualTo(5L);
    assertThat(built.withNumberEstablishedV4(1002).numberEstablishedV4()).isEqualTo(1002L);
    assertThat(built.withNumberNotEstablishedV4(1003).numberNotEstablishedV4()).isEqualTo(1003L);
    assertThat(built.withNumberEstablishedV6(1004).numberEstablishedV6()).isEqualTo(1004L);
    assertThat(built.withNumberNotEstablishedV6(1005).numberNotEstablishedV6()).isEqualTo(1005L);
  }

  @Test
  void endpointPort() {
    EndpointPort built = EndpointPort.builder().name("metrics").protocol(Protocol.TCP)
        .port(2)
        .build();
    assertThat(built.port()).isEqualTo(2L);
    assertThat(built.withPort(1002).port()).isEqualTo(1002L);
  }

  @Test
  void felixConfigurationSpec() {
    FelixConfigurationSpec built = FelixConfigurationSpec.builder()
        .maxIpsetSize(2)
        .metadataPort(3)
        .logActionRateLimitBurst(4)
        .ipipMTU(5)
        .vxlanMTU(6)
        .vxlanMTUV6(7)
        .vxlanPort(8)
        .vxlanVNI(9)
        .iptablesMarkMask(10)
        .healthPort(11)
        .prometheusMetricsPort(12)
        .deviceRouteProtocol(13)
        .debugPort(14)
        .nftablesMarkMask(15)
        .bpfExtToServiceConnmark(16)
        .bpfKubeProxyHealthzPort(17)
        .bpfMapSizeNATFrontend(18)
        .bpfMapSizeNATBackend(19)
        .bpfMapSizeNATAffinity(20)
        .bpfMapSizeRoute(21)
        .bpfMapSizeConntrack(22)
        .bpfMapSizePerCpuConntrack(23)
        .bpfMapSizeConntrackCleanupQueue(24)
        .bpfMapSizeIPSets(25)
        .bpfMapSizeIfState(26)
        .bpfExportBufferSizeMB(27)
        .wireguardListeningPort(28)
        .wireguardListeningPortV6(29)
        .wireguardRoutingRulePriority(30)
        .wireguardMTU(31)
        .wireguardMTUV6(32)
        .goGCThreshold(33)
        .goMemoryLimitMB(34)
        .goMaxProcs(35)
        .bpfMaglevMaxEndpointsPerService(36)
        .bpfMaglevMaxServices(37)
        .ipv4NormalRoutePriority(38)
        .ipv4ElevatedRoutePriority(39)
        .ipv6NormalRoutePriority(40)
        .ipv6ElevatedRoutePriority(41)
        .build();
    assertThat(built.maxIpsetSize()).contains(2L);
    assertThat(built.metadataPort()).contains(3L);
    assertThat(built.logActionRateLimitBurst()).contains(4L);
    assertThat(built.ipipMTU()).contains(5L);
    assertThat(built.vxlanMTU()).contains(6L);
    assertThat(built.vxlanMTUV6()).contains(7L);
    assertThat(built.vxlanPort()).contains(8L);
    assertThat(built.vxlanVNI()).contains(9L);
    assertThat(built.iptablesMarkMask()).contains(10L);
    assertThat(built.healthPort()).contains(11L);
    assertThat(built.prometheusMetricsPort()).contains(12L);
    assertThat(built.deviceRouteProtocol()).contains(13L);
    assertThat(built.debugPort()).contains(14L);
    assertThat(built.nftablesMarkMask()).contains(15L);
    assertThat(built.bpfExtToServiceConnmark()).contains(16L);
    assertThat(built.bpfKubeProxyHealthzPort()).contains(17L);
    assertThat(built.bpfMapSizeNATFrontend()).contains(18L);
    assertThat(built.bpfMapSizeNATBackend()).contains(19L);
    assertThat(built.bpfMapSizeNATAffinity()).contains(20L);
    assertThat(built.bpfMapSizeRoute()).contains(21L);
    assertThat(built.bpfMapSizeConntrack()).contains(22L);
    assertThat(built.bpfMapSizePerCpuConntrack()).contains(23L);
    assertThat(built.bpfMapSizeConntrackCleanupQueue()).contains(24L);
    assertThat(built.bpfMapSizeIPSets()).contains(25L);
    assertThat(built.bpfMapSizeIfState()).contains(26L);
    assertThat(built.bpfExportBufferSizeMB()).contains(27L);
    assertThat(built.wireguardListeningPort()).contains(28L);
    assertThat(built.wireguardListeningPortV6()).contains(29L);
    assertThat(built.wireguardRoutingRulePriority()).contains(30L);
    assertThat(built.wireguardMTU()).contains(31L);
    assertThat(built.wireguardMTUV6()).contains(32L);
    assertThat(built.goGCThreshold()).contains(33L);
    assertThat(built.goMemoryLimitMB()).contains(34L);
    assertThat(built.goMaxProcs()).contains(35L);
    assertThat(built.bpfMaglevMaxEndpointsPerService()).contains(36L);
    assertThat(built.bpfMaglevMaxServices()).contains(37L);
    assertThat(built.ipv4NormalRoutePriority()).contains(38L);
    assertThat(built.ipv4ElevatedRoutePriority()).contains(39L);
    assertThat(built.ipv6NormalRoutePriority()).contains(40L);
    assertThat(built.ipv6ElevatedRoutePriority()).contains(41L);
    assertThat(built.withMaxIpsetSize(1002).maxIpsetSize()).contains(1002L);
    assertThat(built.withMetadataPort(1003).metadataPort()).contains(1003L);
    assertThat(built.withLogActionRateLimitBurst(1004).logActionRateLimitBurst()).contains(1004L);
    assertThat(built.withIpipMTU(1005).ipipMTU()).contains(1005L);
    assertThat(built.withVxlanMTU(1006).vxlanMTU()).contains(1006L);
    assertThat(built.withVxlanMTUV6(1007).vxlanMTUV6()).contains(1007L);
    assertThat(built.withVxlanPort(1008).vxlanPort()).contains(1008L);
    assertThat(built.withVxlanVNI(1009).vxlanVNI()).contains(1009L);
    assertThat(built.withIptablesMarkMask(1010).iptablesMarkMask()).contains(1010L);
    assertThat(built.withHealthPort(1011).healthPort()).contains(1011L);
    assertThat(built.withPrometheusMetricsPort(1012).prometheusMetricsPort()).contains(1012L);
    assertThat(built.withDeviceRouteProtocol(1013).deviceRouteProtocol()).contains(1013L);
    assertThat(built.withDebugPort(1014).debugPort()).contains(1014L);
    assertThat(built.withNftablesMarkMask(1015).nftablesMarkMask()).contains(1015L);
    assertThat(built.withBpfExtToServiceConnmark(1016).bpfExtToServiceConnmark()).contains(1016L);
    assertThat(built.withBpfKubeProxyHealthzPort(1017).bpfKubeProxyHealthzPort()).contains(1017L);
    assertThat(built.withBpfMapSizeNATFrontend(1018).bpfMapSizeNATFrontend()).contains(1018L);
    assertThat(built.withBpfMapSizeNATBackend(1019).bpfMapSizeNATBackend()).contains(1019L);
    assertThat(built.withBpfMapSizeNATAffinity(1020).bpfMapSizeNATAffinity()).contains(1020L);
    assertThat(built.withBpfMapSizeRoute(1021).bpfMapSizeRoute()).contains(1021L);
    assertThat(built.withBpfMapSizeConntrack(1022).bpfMapSizeConntrack()).contains(1022L);
    assertThat(built.withBpfMapSizePerCpuConntrack(1023).bpfMapSizePerCpuConntrack()).contains(1023L);
    assertThat(built.withBpfMapSizeConntrackCleanupQueue(1024).bpfMapSizeConntrackCleanupQueue()).contains(1024L);
    assertThat(built.withBpfMapSizeIPSets(1025).bpfMapSizeIPSets()).contains(1025L);
    assertThat(built.withBpfMapSizeIfState(1026).bpfMapSizeIfState()).contains(1026L);
    assertThat(built.withBpfExportBufferSizeMB(1027).bpfExportBufferSizeMB()).contains(1027L);
    assertThat(built.withWireguardListeningPort(1028).wireguardListeningPort()).contains(1028L);
    assertThat(built.withWireguardListeningPortV6(1029).wireguardListeningPortV6()).contains(1029L);
    assertThat(built.withWireguardRoutingRulePriority(1030).wireguardRoutingRulePriority()).contains(1030L);
    assertThat(built.withWireguardMTU(1031).wireguardMTU()).contains(1031L);
    assertThat(built.withWireguardMTUV6(1032).wireguardMTUV6()).contains(1032L);
    assertThat(built.withGoGCThreshold(1033).goGCThreshold()).contains(1033L);
    assertThat(built.withGoMemoryLimitMB(1034).goMemoryLimitMB()).contains(1034L);
    assertThat(built.withGoMaxProcs(1035).goMaxProcs()).contains(1035L);
    assertThat(built.withBpfMaglevMaxEndpointsPerService(1036).bpfMaglevMaxEndpointsPerService()).contains(1036L);
    assertThat(built.withBpfMaglevMaxServices(1037).bpfMaglevMaxServices()).contains(1037L);
    assertThat(built.withIpv4NormalRoutePriority(1038).ipv4NormalRoutePriority()).contains(1038L);
    assertThat(built.withIpv4ElevatedRoutePriority(1039).ipv4ElevatedRoutePriority()).contains(1039L);
    assertThat(built.withIpv6NormalRoutePriority(1040).ipv6NormalRoutePriority()).contains(1040L);
    assertThat(built.withIpv6ElevatedRoutePriority(1041).ipv6ElevatedRoutePriority()).contains(1041L);
  }

  @Test
  void globalNetworkPolicySpec() {
    GlobalNetworkPolicySpec built = GlobalNetworkPolicySpec.builder()
        .order(2)
        .build();
    assertThat(built.order()).contains(BigDecimal.valueOf(2));
    assertThat(built.withOrder(1002).order()).contains(BigDecimal.valueOf(1002));
  }

  @Test
  void icmpFields() {
    ICMPFields built = ICMPFields.builder()
        .type(2)
        .code(3)
        .build();
    assertThat(built.type()).contains(2L);
    assertThat(built.code()).contains(3L);
    assertThat(built.withType(1002).type()).contains(1002L);
    assertThat(built.withCode(1003).code()).contains(1003L);
  }

  @Test
  void ipamBlockSpec() {
    IPAMBlockSpec built = IPAMBlockSpec.builder().cidr(Cidr.of("10.0.0.0/26")).strictAffinity(false)
        .addAllocation(2)
        .sequenceNumber(4)
        .build();
    assertThat(built.allocations()).containsExactly(2L);
    assertThat(built.sequenceNumber()).contains(4L);
    assertThat(built.withSequenceNumber(1004).sequenceNumber()).contains(1004L);
  }

  @Test
  void ipamConfigurationSpec() {
    IPAMConfigurationSpec built = IPAMConfigurationSpec.builder().strictAffinity(false).autoAllocateBlocks(true)
        .maxBlocksPerHost(2)
        .build();
    assertThat(built.maxBlocksPerHost()).contains(2L);
    assertThat(built.withMaxBlocksPerHost(1002).maxBlocksPerHost()).contains(1002L);
  }

  @Test
  void ipPoolSpec() {
    IPPoolSpec built = IPPoolSpec.builder().cidr(Cidr.of("10.244.0.0/16"))
        .blockSize(2)
        .build();
    assertThat(built.blockSize()).contains(2L);
    assertThat(built.withBlockSize(1002).blockSize()).contains(1002L);
  }

  @Test
  void kubeControllersConfigurationSpec() {
    KubeControllersConfigurationSpec built = KubeControllersConfigurationSpec.builder().controllers(ControllersConfig.builder().build())
        .prometheusMetricsPort(2)
        .build();
    assertThat(built.prometheusMetricsPort()).contains(2L);
    assertThat(built.withPrometheusMetricsPort(1002).prometheusMetricsPort()).contains(1002L);
  }

  @Test
  void networkPolicySpec() {
    NetworkPolicySpec built = NetworkPolicySpec.builder()
        .order(2)
        .build();
    assertThat(built.order()).contains(BigDecimal.valueOf(2));
    assertThat(built.withOrder(1002).order()).contains(BigDecimal.valueOf(1002));
  }

  @Test
  void protoPort() {
    ProtoPort built = ProtoPort.builder()
        .port(2)
        .build();
    assertThat(built.port()).isEqualTo(2L);
    assertThat(built.withPort(1002).port()).isEqualTo(1002L);
  }

  @Test
  void routeTableIDRange() {
    RouteTableIDRange built = RouteTableIDRange.builder()
        .min(2)
        .max(3)
        .build();
    assertThat(built.min()).isEqualTo(2L);
    assertThat(built.max()).isEqualTo(3L);
    assertThat(built.withMin(1002).min()).isEqualTo(1002L);
    assertThat(built.withMax(1003).max()).isEqualTo(1003L);
  }

  @Test
  void routeTableRange() {
    RouteTableRange built = RouteTableRange.builder()
        .min(2)
        .max(3)
        .build();
    assertThat(built.min()).isEqualTo(2L);
    assertThat(built.max()).isEqualTo(3L);
    assertThat(built.withMin(1002).min()).isEqualTo(1002L);
    assertThat(built.withMax(1003).max()).isEqualTo(1003L);
  }

  @Test
  void rule() {
    Rule built = Rule.builder().action(Action.ALLOW)
        .ipVersion(2)
        .build();
    assertThat(built.ipVersion()).contains(2L);
    assertThat(built.withIpVersion(1002).ipVersion()).contains(1002L);
  }

  @Test
  void stagedGlobalNetworkPolicySpec() {
    StagedGlobalNetworkPolicySpec built = StagedGlobalNetworkPolicySpec.builder()
        .order(2)
        .build();
    assertThat(built.order()).contains(BigDecimal.valueOf(2));
    assertThat(built.withOrder(1002).order()).contains(BigDecimal.valueOf(1002));
  }

  @Test
  void stagedNetworkPolicySpec() {
    StagedNetworkPolicySpec built = StagedNetworkPolicySpec.builder()
        .order(2)
        .build();
    assertThat(built.order()).contains(BigDecimal.valueOf(2));
    assertThat(built.withOrder(1002).order()).contains(BigDecimal.valueOf(1002));
  }

  @Test
  void tierSpec() {
    TierSpec built = TierSpec.builder()
        .order(2)
        .build();
    assertThat(built.order()).contains(BigDecimal.valueOf(2));
    assertThat(built.withOrder(1002).order()).contains(BigDecimal.valueOf(1002));
  }

  @Test
  void condition() {
    Condition built = Condition.builder().type("Ready").status(ConditionStatus.TRUE).lastTransitionTime("2026-01-01T00:00:00Z").reason("R").message("m")
        .observedGeneration(2)
        .build();
    assertThat(built.observedGeneration()).contains(2L);
    assertThat(built.withObservedGeneration(1002).observedGeneration()).contains(1002L);
  }

  @Test
  void everyBoxedWholeNumberAttributeHasLongOverloads() throws ReflectiveOperationException {
    List<String> missing = new ArrayList<>();
    for (Class<?> model : modelTypes()) {
      Class<?> builder = model.getMethod("builder").getReturnType();
      for (ModelProperties.Property p : ModelProperties.of(model)) {
        Method accessor = p.accessor();
        if (accessor.getAnnotation(org.immutables.value.Value.Derived.class) != null) {
          continue;
        }
        Type t = accessor.getGenericReturnType();
        Type item = t instanceof ParameterizedType ? ((ParameterizedType) t).getActualTypeArguments()[0] : t;
        Class<?> raw = (Class<?>) (t instanceof ParameterizedType ? ((ParameterizedType) t).getRawType() : t);
        boolean single = raw == Long.class || raw == java.math.BigDecimal.class
            || raw == Optional.class && (item == Long.class || item == java.math.BigDecimal.class);
        if (!single) {
          continue;
        }
        String name = accessor.getName();
        String with = "with" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
        if (!has(builder, name, long.class)) {
          missing.add(builder.getName() + "." + name + "(long)");
        }
        if (!has(model, with, long.class)) {
          missing.add(model.getName() + "." + with + "(long)");
        }
      }
    }
    assertThat(missing).isEmpty();
  }

  private static boolean has(Class<?> type, String name, Class<?>... params) {
    try {
      type.getMethod(name, params);
      return true;
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  /** Every model type reachable from the kinds, the kinds included. */
  private static Set<Class<?>> modelTypes() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<Class<?>>(Kinds.all());
    while (!todo.isEmpty()) {
      Class<?> c = ModelProperties.modelType(todo.pop());
      if (!seen.add(c)) {
        continue;
      }
      for (ModelProperties.Property p : ModelProperties.of(c)) {
        Type t = p.accessor().getGenericReturnType();
        List<Type> parts = new ArrayList<>(List.of(t));
        if (t instanceof ParameterizedType) {
          parts.addAll(List.of(((ParameterizedType) t).getActualTypeArguments()));
        }
        for (Type x : parts) {
          if (x instanceof Class && ModelProperties.isModelType((Class<?>) x)) {
            todo.add((Class<?>) x);
          }
        }
      }
    }
    return seen;
  }
}
