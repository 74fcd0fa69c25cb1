package dev.calicokit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.calico.EntityRule;
import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.schema.ModelProperties;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.testing.ModelArbitraries;
import dev.calicokit.model.values.Cidr;
import dev.calicokit.model.values.IpAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * No built object can be changed through any reference the API hands out: every collection reachable
 * from any accessor of any kind refuses changes, free-form JSON and byte arrays are handed out as
 * copies, fabric8 conversions are independent, and a builder reused after build() does not reach
 * the object it built.
 */
class ImmutabilityTest {
  private int collectionsTried;

  @Test
  void everyReachableCollectionOfEveryKindRefusesChanges() {
    Random random = new Random(42);
    for (int round = 0; round < 20; round++) {
      for (Class<? extends CalicoResource> kind : Kinds.all()) {
        CalicoResource r = ModelArbitraries.resource(kind, random);
        String before = CalicoCodec.yaml().write(r);
        tryToChange(r);
        assertThat(CalicoCodec.yaml().write(r)).isEqualTo(before);
      }
    }
    assertThat(collectionsTried).isGreaterThan(1000);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void tryToChange(Object value) {
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(this::tryToChange);
      return;
    }
    if (value instanceof List) {
      List l = (List) value;
      collectionsTried++;
      assertThatThrownBy(() -> l.add(null)).isInstanceOf(UnsupportedOperationException.class);
      if (!l.isEmpty()) {
        assertThatThrownBy(() -> l.set(0, null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> l.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> l.iterator().remove()).isInstanceOf(RuntimeException.class);
        // An empty list's clear() is a harmless no-op for Collections.emptyList(); only try it on content.
        assertThatThrownBy(l::clear).isInstanceOf(UnsupportedOperationException.class);
      }
      new ArrayList<Object>(l).forEach(this::tryToChange);
      return;
    }
    if (value instanceof Map) {
      Map m = (Map) value;
      collectionsTried++;
      assertThatThrownBy(() -> m.put("x", null)).isInstanceOf(UnsupportedOperationException.class);
      if (!m.isEmpty()) {
        assertThatThrownBy(() -> ((Map.Entry) m.entrySet().iterator().next()).setValue(null)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.keySet().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> ((Collection) m.values()).clear()).isInstanceOf(UnsupportedOperationException.class);
      }
      new ArrayList<Object>(m.values()).forEach(this::tryToChange);
      return;
    }
    if (value instanceof Unstructured) {
      var copy = ((Unstructured) value).toJsonNode();
      String before = value.toString();
      if (copy instanceof ObjectNode) {
        ((ObjectNode) copy).put("changed", true);
      }
      assertThat(value.toString()).isEqualTo(before);
      return;
    }
    if (value != null && ModelProperties.isModelType(value.getClass())) {
      for (ModelProperties.Property p : ModelProperties.of(value.getClass())) {
        tryToChange(p.get(value));
      }
      if (value instanceof HasUnknownFields) {
        tryToChange(((HasUnknownFields) value).unknownFields());
      }
    }
  }

  @Test
  void valuesHandOutCopies() {
    IpAddress a = IpAddress.parse("10.0.0.1");
    a.bytes().orElseThrow()[0] = 99;
    assertThat(a.canonical()).isEqualTo("10.0.0.1");
  }

  @Test
  void fabric8ConversionsAreIndependentCopies() {
    ObjectMeta meta = ObjectMeta.builder().name("n").namespace("ns").putLabel("app", "web").build();
    io.fabric8.kubernetes.api.model.ObjectMeta f8 = meta.toFabric8();
    assertThat(f8.getName()).isEqualTo("n");
    assertThat(f8.getLabels()).containsEntry("app", "web");
    f8.getLabels().put("app", "changed");
    f8.setName("changed");
    assertThat(meta.labels()).containsEntry("app", "web");
    assertThat(meta.name()).contains("n");

    io.fabric8.kubernetes.api.model.ObjectMeta source = new io.fabric8.kubernetes.api.model.ObjectMetaBuilder()
        .withName("m").withNamespace("x").addToAnnotations("a", "1").withResourceVersion("42")
        .withGeneration(3L).withFinalizers("f").build();
    ObjectMeta copy = ObjectMeta.fromFabric8(source);
    source.getAnnotations().put("a", "2");
    source.getFinalizers().add("g");
    assertThat(copy.annotations()).containsEntry("a", "1");
    assertThat(copy.finalizers()).containsExactly("f");
    assertThat(copy.resourceVersion()).contains("42");
    assertThat(copy.generation()).contains(3L);
    assertThat(ObjectMeta.fromFabric8(copy.toFabric8())).isEqualTo(copy);
  }

  @Test
  void aBuilderReusedAfterBuildDoesNotReachTheBuiltObject() {
    EntityRule.Builder b = EntityRule.builder().addNet(Cidr.parse("10.0.0.0/8"));
    EntityRule first = b.build();
    b.addNet(Cidr.parse("192.168.0.0/16"));
    assertThat(first.nets()).hasSize(1);
    List<Cidr> source = new ArrayList<>(List.of(Cidr.parse("10.0.0.0/8")));
    EntityRule fromList = EntityRule.builder().nets(source).build();
    source.add(Cidr.parse("172.16.0.0/12"));
    assertThat(fromList.nets()).hasSize(1);
    IPPool pool = IPPool.ofCidr("p", "10.0.0.0/16");
    assertThat(pool.withSpec(pool.spec().withDisabled(true))).isNotSameAs(pool);
    assertThat(pool.spec().disabled()).isEmpty();
  }
}
