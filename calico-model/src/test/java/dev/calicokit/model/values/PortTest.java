package dev.calicokit.model.values;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.calico.GlobalNetworkPolicy;
import dev.calicokit.model.io.CalicoCodec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Ports built in code are checked at once and fail naming the value; ports read from text are kept as
 * they are, however wrong, for the validator to judge.
 */
class PortTest {
  @Test
  void numbersAndRangesInsideOneTo65535AreBuilt() {
    assertThat(Port.number(1).min()).contains(1);
    assertThat(Port.number(65535).max()).contains(65535);
    assertThat(Port.range(80, 80).isRange()).isTrue();
    assertThat(Port.range(1, 65535).jsonValue()).isEqualTo("1:65535");
    assertThat(Port.named("http-alt").name()).contains("http-alt");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 65536, 70000, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void aNumberOutOfRangeFailsNamingIt(int port) {
    assertThatThrownBy(() -> Port.number(port))
        .isInstanceOf(InvalidPortException.class)
        .hasMessage("port " + port + " is out of range: expected 1 to 65535");
  }

  @Test
  void aRangeOutOfRangeOrBackwardsFailsNamingIt() {
    assertThatThrownBy(() -> Port.range(90, 80))
        .isInstanceOf(InvalidPortException.class)
        .hasFieldOrPropertyWithValue("text", "90:80")
        .hasMessage("port range 90:80 runs backwards: the first port must not exceed the last");
    assertThatThrownBy(() -> Port.range(0, 80))
        .isInstanceOf(InvalidPortException.class)
        .hasMessage("port 0:80 is out of range: expected 1 to 65535");
    assertThatThrownBy(() -> Port.range(80, 70000))
        .isInstanceOf(InvalidPortException.class)
        .hasMessage("port 80:70000 is out of range: expected 1 to 65535");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "80", "8000:8080", "HTTP", "-http", "http-", "a--b", "sixteen-letters1", "a b"})
  void aNameThatIsNoPortNameFailsNamingIt(String name) {
    assertThatThrownBy(() -> Port.named(name))
        .isInstanceOf(InvalidPortException.class)
        .hasMessageStartingWith("not a port name: \"" + name + "\"");
  }

  @Test
  void aNamedPortReadsBackAsTheSamePort() {
    // A name that looked like a number would come back as a number port: names need a letter.
    for (String name : new String[] {"http", "dns-tcp", "h2", "fifteen-letters"}) {
      Port p = Port.named(name);
      assertThat(Port.of(name)).isEqualTo(p);
      assertThat(Port.of(name).isNamed()).isTrue();
    }
  }

  @Test
  void portsReadFromTextAreKeptAsTheyAre() {
    assertThat(Port.of(70000L).jsonValue()).isEqualTo(70000L);
    assertThat(Port.of("90:80").min()).contains(90);
    assertThat(Port.of("90:80").max()).contains(80);
    assertThat(Port.of("Not A Name").name()).contains("Not A Name");
    String text = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: p\nspec:\n"
        + "  ingress:\n    - action: Allow\n      protocol: TCP\n      destination:\n        ports:\n"
        + "          - 70000\n          - 90:80\n          - Not A Name\n";
    GlobalNetworkPolicy read = CalicoCodec.yaml().read(text, GlobalNetworkPolicy.class);
    assertThat(read.spec().ingress().get(0).destination().orElseThrow().ports())
        .containsExactly(Port.of(70000L), Port.of("90:80"), Port.of("Not A Name"));
    assertThat(CalicoCodec.yaml().write(read)).isEqualTo(text);
  }
}
