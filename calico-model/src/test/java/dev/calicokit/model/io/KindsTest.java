package dev.calicokit.model.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.schema.WithoutCrd;
import dev.calicokit.model.calico.IPAMConfiguration;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.calico.Node;
import dev.calicokit.model.netpol.AdminNetworkPolicy;
import org.junit.jupiter.api.Test;

class KindsTest {
  @Test
  void theKindsWithoutACrdAreThoseMarkedSo() {
    for (var type : Kinds.all()) {
      assertThat(Kinds.isWithoutCrd(type)).as(type.getSimpleName()).isEqualTo(type.isAnnotationPresent(WithoutCrd.class));
    }
    assertThat(Kinds.all()).filteredOn(Kinds::isWithoutCrd).hasSize(3);
  }

  @Test
  void eachKindReadsUnderItsApiVersionsAndItsCrdsKind() {
    assertThat(Kinds.typesOf(IPPool.class))
        .containsExactly("projectcalico.org/v3 IPPool", "crd.projectcalico.org/v1 IPPool");
    assertThat(Kinds.typesOf(IPAMConfiguration.class))
        .containsExactly("projectcalico.org/v3 IPAMConfiguration", "crd.projectcalico.org/v1 IPAMConfig");
    assertThat(Kinds.typesOf(Node.class)).containsExactly("projectcalico.org/v3 Node");
    assertThat(Kinds.forType("crd.projectcalico.org/v1", "Node")).isEmpty();
    assertThat(Kinds.forType("crd.projectcalico.org/v1", "IPAMConfig")).contains(IPAMConfiguration.class);
    assertThat(Kinds.typesOf(AdminNetworkPolicy.class)).hasSize(1);
  }

  @Test
  void listsAreV1ListsAndCalicosTypedLists() {
    assertThat(Kinds.isList("v1", "List")).isTrue();
    assertThat(Kinds.isList("projectcalico.org/v3", "NodeList")).isTrue();
    assertThat(Kinds.isList("projectcalico.org/v3", "List")).isFalse();
    assertThat(Kinds.isList("apps/v1", "ThingList")).isFalse();
    assertThat(Kinds.isList("projectcalico.org/v3", "ThingList")).isFalse();
  }
}
