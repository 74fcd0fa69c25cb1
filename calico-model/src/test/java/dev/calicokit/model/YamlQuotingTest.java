package dev.calicokit.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.calico.BGPConfiguration;
import dev.calicokit.model.calico.BGPConfigurationSpec;
import dev.calicokit.model.calico.Community;
import dev.calicokit.model.internal.YamlQuoting;
import dev.calicokit.model.io.CalicoCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * Strings that a YAML 1.1 reader (SnakeYAML here, go-yaml in Kubernetes) would take as something else
 * are written quoted, so that they read back as the same strings.
 */
class YamlQuotingTest {
  @ParameterizedTest
  @ValueSource(strings = {"0", "1440", "true", "null", "1e3", "yes", "0755", "Off", "True", "False", "5663:12",
      "8:5.", "1:20:30", ".inf", "-.5", "+1", "0x1F", "0b101", "~", "2026-11-25", "<<", "=", "", "on", "N",
      "6.6_4", "1_000", "-_1", "0X1F", "0B101", "0o17", "0O17", "1_2.5e3", "._E37", "._1"})
  void aStringThatLooksLikeAnotherTypeIsQuotedAndReadsBack(String value) {
    assertThat(YamlQuoting.resolvesToNonString(value)).isTrue();
    BGPConfiguration c = BGPConfiguration.builder()
        .metadata(ObjectMeta.builder().name("default").putLabel(value, value).build())
        .spec(BGPConfigurationSpec.builder().addCommunity(Community.builder().name("c").value(value).build()).build())
        .build();
    String yaml = CalicoCodec.yaml().write(c);
    assertThat(CalicoCodec.yaml().read(yaml)).isEqualTo(c);
    // A YAML 1.1 reader sees strings too.
    java.util.Map<?, ?> tree = new Yaml().load(yaml);
    Object spec = tree.get("spec");
    Object community = ((java.util.List<?>) ((java.util.Map<?, ?>) spec).get("communities")).get(0);
    assertThat(((java.util.Map<?, ?>) community).get("value")).isEqualTo(value);
    java.util.Map<?, ?> labels = (java.util.Map<?, ?>) ((java.util.Map<?, ?>) tree.get("metadata")).get("labels");
    assertThat(new java.util.ArrayList<Object>(labels.keySet())).containsExactly((Object) value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.0.0.0/16", "Always", "all()", "calico-node", "k8s-app == 'kube-dns'", "v3.32.1", "n_", "_1",
      "k8s_app"})
  void plainStringsStayPlain(String value) {
    assertThat(YamlQuoting.resolvesToNonString(value)).isFalse();
  }
}
