package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Colour only on a terminal and never with NO_COLOR; tests are not on a terminal, so no progress or colour. */
class TerminalTest {
  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    assertThat(Terminal.colour(true, Map.of())).isTrue();
    assertThat(Terminal.colour(false, Map.of())).isFalse();
    assertThat(Terminal.colour(true, Map.of("NO_COLOR", "1"))).isFalse();
    assertThat(Terminal.colour(true, Map.of("NO_COLOR", ""))).isTrue();
    assertThat(Terminal.colour(true, Map.of("TERM", "dumb"))).isFalse();
    assertThat(Terminal.isInteractive()).isFalse();
  }

  @Test
  void coloursMarkOnlyTheSeverityLabel() {
    String line = "p.yaml:7:3: error: unknown field \"x: error: y\" [schema.unknown-field] (document 0)\n";
    assertThat(new Colours(true).severities(line))
        .isEqualTo("p.yaml:7:3: \u001b[31merror\u001b[0m: unknown field \"x: error: y\" [schema.unknown-field] (document 0)\n");
    assertThat(new Colours(false).severities(line)).isEqualTo(line);
  }
}
