package dev.calicokit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BindFailuresTest {
  @Test
  void missingRequiredFieldsAreReadFromTheBuildersMessage() {
    String m = "Cannot construct instance of `X$Builder`, problem: Cannot build IPPoolSpec, some of required attributes are not set [cidr, blockSize]";
    assertThat(BindFailures.missingRequired(m)).containsExactly("cidr", "blockSize");
    assertThat(BindFailures.missingRequired("something else")).isEmpty();
    assertThat(BindFailures.missingRequired(null)).isEmpty();
    assertThat(BindFailures.missingMessage(List.of("cidr"))).isEqualTo("required field \"cidr\" is missing: expected a value, found none");
    assertThat(BindFailures.missingMessage(List.of("a", "b"))).isEqualTo("required fields \"a\", \"b\" are missing: expected a value, found none");
  }
}
