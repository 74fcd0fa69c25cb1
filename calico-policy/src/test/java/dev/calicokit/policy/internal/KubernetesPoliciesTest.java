package dev.calicokit.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.calicokit.model.values.Port;
import java.util.List;
import org.junit.jupiter.api.Test;

/** libcalico-go's conversion of Kubernetes selectors and ports (conversion.go). */
class KubernetesPoliciesTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  // conversion.go:386-434 k8sSelectorToCalico
  @Test
  void labelSelectorsAsK8sSelectorToCalicoWritesThem() throws Exception {
    assertThat(KubernetesPolicies.labelSelector(JSON.readTree("{\"matchLabels\": {\"b\": \"2\", \"a\": \"1\"},"
        + "\"matchExpressions\": [{\"key\": \"k\", \"operator\": \"NotIn\", \"values\": [\"x\", \"y\"]},"
        + "{\"key\": \"e\", \"operator\": \"DoesNotExist\"}]}"), true))
        .isEqualTo("projectcalico.org/orchestrator == 'k8s' && a == '1' && b == '2' && k not in {'x', 'y'} && !has(e)");
    assertThat(KubernetesPolicies.labelSelector(JSON.readTree("{}"), false)).isEqualTo("all()");
    assertThat(KubernetesPolicies.labelSelector(null, false)).isEmpty();
  }

  // conversion.go:572-629 SimplifyPorts
  @Test
  void portsSimplifiedIntoTheFewestRanges() {
    assertThat(KubernetesPolicies.simplify(List.of(Port.number(82), Port.number(80), Port.number(81), Port.named("web"),
        Port.range(9090, 9091)))).extracting(Port::toString).containsExactly("web", "80:82", "9090:9091");
  }
}
