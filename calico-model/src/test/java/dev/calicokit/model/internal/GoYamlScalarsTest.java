package dev.calicokit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.io.SourceReader;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/** Plain scalars and keys as Kubernetes' reader (go-yaml v2 under sigs.k8s.io/yaml) reads them. */
class GoYamlScalarsTest {
  private static JsonNode read(String value) {
    return SourceReader.withDefaults().read("k: " + value + "\n").get(0).tree().get("k");
  }

  @Test
  void yaml11FormsAreReadAsKubernetesReadsThem() {
    assertThat(read("yes").booleanValue()).isTrue();
    assertThat(read("y").booleanValue()).isTrue();
    assertThat(read("N").isBoolean()).isTrue();
    assertThat(read("off").booleanValue()).isFalse();
    assertThat(read("0755").intValue()).isEqualTo(493);
    assertThat(read("0x1F").intValue()).isEqualTo(31);
    assertThat(read("0X1f").intValue()).isEqualTo(31);
    assertThat(read("0o17").intValue()).isEqualTo(15);
    assertThat(read("1_000").intValue()).isEqualTo(1000);
    assertThat(read("-0b101").intValue()).isEqualTo(-5);
    assertThat(read("08").decimalValue()).isEqualByComparingTo("8"); // no octal: go-yaml's float
    assertThat(read("1:30").textValue()).isEqualTo("1:30"); // go-yaml v2 has no base 60
    assertThat(read("1:20.5").textValue()).isEqualTo("1:20.5");
    assertThat(read("'yes'").textValue()).isEqualTo("yes");
    assertThat(read("\"0x1F\"").textValue()).isEqualTo("0x1F");
    assertThat(read("!!str 0755").textValue()).isEqualTo("0755");
  }

  @Test
  void infinityIsAnErrorAsKubernetesCannotTurnItIntoJson() {
    Assertions.assertThatThrownBy(() -> read(".inf")).isInstanceOf(ResourceReadException.class)
        .hasMessageContaining("infinity").hasMessageContaining("column 4");
  }

  @Test
  void plainKeysBecomeTheTextKubernetesGivesThem() {
    JsonNode t = SourceReader.withDefaults().read("on: a\n0x10: b\n'y': c\n1e7: d\n1.5: e\n").get(0).tree();
    assertThat(t.fieldNames()).toIterable().containsExactly("true", "16", "y", "1e+07", "1.5");
    Assertions.assertThatThrownBy(() -> SourceReader.withDefaults().read("on: a\nyes: b\n"))
        .isInstanceOf(ResourceReadException.class).hasMessageContaining("duplicate key: yes");
  }

  @Test
  void mergeKeysAreAppliedInOrder() {
    JsonNode t = SourceReader.withDefaults().read(
        "a: &a {p: 1, r: 0}\nb: &b {p: 2, z: 1}\nc:\n  r: 5\n  <<: *a\n  q: 2\n  p: 3\nd:\n  <<: [*a, *b]\ne:\n  '<<': 1\n").get(0).tree();
    assertThat(t.get("c").toString()).isEqualTo("{\"r\":0,\"p\":3,\"q\":2}");
    assertThat(t.get("d").toString()).isEqualTo("{\"p\":1,\"z\":1,\"r\":0}");
    assertThat(t.get("e").toString()).isEqualTo("{\"<<\":1}");
    Assertions.assertThatThrownBy(() -> SourceReader.withDefaults().read("c:\n  <<: 1\n"))
        .isInstanceOf(ResourceReadException.class).hasMessageContaining("merge key");
  }

  @Test
  void floatKeysAreWrittenAsGoWritesThem() {
    assertThat(GoYamlScalars.formatG(1e7)).isEqualTo("1e+07");
    assertThat(GoYamlScalars.formatG(123456)).isEqualTo("123456");
    assertThat(GoYamlScalars.formatG(0.0001)).isEqualTo("0.0001");
    assertThat(GoYamlScalars.formatG(0.00001)).isEqualTo("1e-05");
    assertThat(GoYamlScalars.formatG(-2.5)).isEqualTo("-2.5");
    assertThat(GoYamlScalars.resolve("text", JsonNodeFactory.instance)).isNull();
  }
}
