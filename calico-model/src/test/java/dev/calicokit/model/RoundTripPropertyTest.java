package dev.calicokit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.testing.ModelArbitraries;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * For arbitrary objects of every kind (every field reachable, unknown fields included): writing and
 * reading back gives an equal object (with the same hash), and writing twice gives the same bytes, in
 * YAML and in JSON; the codec's YAML is the canonical form that {@code calico fmt --check} accepts.
 * Each try generates one resource of every kind, so each kind is tried as often as the property.
 */
class RoundTripPropertyTest {
  private static final CalicoCodec YAML = CalicoCodec.yaml();
  private static final CalicoCodec JSON = CalicoCodec.json();

  @Property(tries = 1000)
  void everyKindSurvivesYamlAndJson(@ForAll("oneOfEveryKind") List<CalicoResource> resources) {
    for (CalicoResource r : resources) {
      String yaml = YAML.write(r);
      CalicoResource back = YAML.read(yaml);
      assertThat(YAML.write(back)).isEqualTo(yaml);
      assertThat(back.equals(r)).as("YAML round trip keeps %s equal", r.kind()).isTrue();
      assertThat(back.hashCode()).isEqualTo(r.hashCode());
      String json = JSON.write(r);
      CalicoResource fromJson = JSON.read(json);
      assertThat(JSON.write(fromJson)).isEqualTo(json);
      assertThat(fromJson.equals(r)).as("JSON round trip keeps %s equal", r.kind()).isTrue();
      assertThat(fromJson.hashCode()).isEqualTo(r.hashCode());
    }
  }

  @Provide
  Arbitrary<List<CalicoResource>> oneOfEveryKind() {
    return Arbitraries.randomValue(random -> {
      List<CalicoResource> each = new ArrayList<>();
      for (Class<? extends CalicoResource> k : Kinds.all()) {
        each.add(ModelArbitraries.resource(k, random));
      }
      return each;
    });
  }

  @Property(tries = 300)
  void codecYamlIsCanonical(@ForAll("oneOfEveryKind") List<CalicoResource> resources) {
    String all = YAML.writeAll(resources);
    // What calico fmt --check does: the canonical form of the text is the text itself.
    Manifest read = Manifest.read(all);
    assertThat(read.toYaml()).isEqualTo(all);
    assertThat(read.equals(Manifest.of(resources))).isTrue();
    assertThat(read.hashCode()).isEqualTo(Manifest.of(resources).hashCode());
    assertThat(Manifest.of(resources).toYaml()).isEqualTo(all);
  }

  @Property(tries = 200)
  void multiDocumentYamlKeepsOrder(@ForAll("oneOfEveryKind") List<CalicoResource> resources) {
    String all = YAML.writeAll(resources);
    assertThat(YAML.writeAll(YAML.readAll(all))).isEqualTo(all);
    assertThat(YAML.readAll(all).equals(resources)).isTrue();
    String json = JSON.writeAll(resources);
    assertThat(JSON.readAll(json).equals(resources)).isTrue();
  }
}
