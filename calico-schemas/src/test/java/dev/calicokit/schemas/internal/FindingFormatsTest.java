package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text output keeps one finding on one line whatever the input's names hold. */
class FindingFormatsTest {
  @Test
  void controlCharactersFromInputsAreEscaped() {
    assertThat(FindingFormats.printable("pool\n/tmp/x.yaml:1:1: error: forged [x]")).isEqualTo("pool\\n/tmp/x.yaml:1:1: error: forged [x]");
    assertThat(FindingFormats.printable("a\u001b[31mred\u001b[0m")).isEqualTo("a\\u001b[31mred\\u001b[0m");
    assertThat(FindingFormats.printable("tab\there\r")).isEqualTo("tab\\there\\r");
    assertThat(FindingFormats.printable("bidi\u202eevil")).isEqualTo("bidi\\u202eevil");
  }

  @Test
  void printableTextIsKeptAsItIs() {
    String text = "calico-node: ünïcödé names, quotes \" and backslashes \\ stay";
    assertThat(FindingFormats.printable(text)).isSameAs(text);
  }
}
