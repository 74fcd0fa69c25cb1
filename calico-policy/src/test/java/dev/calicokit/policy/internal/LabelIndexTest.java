package dev.calicokit.policy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The label index evaluates a selector only on the endpoints that carry its required labels. */
class LabelIndexTest {
  private static final List<EndpointData> ENDPOINTS = new ArrayList<>();

  static {
    for (int i = 0; i < 1000; i++) {
      ENDPOINTS.add(new EndpointData(i, "Deployment", "ns-" + i % 10, "w-" + i,
          Map.of("app", "app-" + i % 100, "projectcalico.org/namespace", "ns-" + i % 10), List.of(), List.of(), List.of(),
          List.of()));
    }
  }

  @Test
  void aSelectorWithAnEqualityCostsItsCandidatesNotEveryEndpoint() {
    LabelIndex index = new LabelIndex(ENDPOINTS);
    assertThat(index.matching(Selectors.parse("app == 'app-7' && projectcalico.org/namespace == 'ns-7'")).cardinality())
        .isEqualTo(10);
    assertThat(index.evaluations).as("the 10 endpoints labelled app-7, not 1000").isEqualTo(10);
    index.matching(Selectors.parse("app == 'app-7' && projectcalico.org/namespace == 'ns-7'"));
    assertThat(index.evaluations).as("cached").isEqualTo(10);
    assertThat(index.matching(Selectors.parse("app == 'none'")).isEmpty()).isTrue();
    assertThat(index.evaluations).isEqualTo(10);
    assertThat(index.matching(Selectors.parse("has(app)")).cardinality()).isEqualTo(1000);
    assertThat(index.evaluations).as("no equality: every endpoint is a candidate").isEqualTo(1010);
  }
}
