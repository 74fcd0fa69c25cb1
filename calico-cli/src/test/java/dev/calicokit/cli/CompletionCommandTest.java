package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The completion script names every command and the options of validate; the shell is checked. */
class CompletionCommandTest {
  @Test
  void bashAndZshGetTheScriptOfEveryCommand() {
    for (String shell : new String[] {"bash", "zsh"}) {
      StringWriter out = new StringWriter();
      int exit = CalicoCli.run(new String[] {"completion", shell}, new ByteArrayInputStream(new byte[0]),
          new PrintWriter(out), new PrintWriter(new StringWriter()));
      assertThat(exit).isZero();
      assertThat(out.toString()).contains("complete -F _complete_calico", "bashcompinit", "render", "validate", "fmt",
          "schema", "--skip-kind", "--output");
    }
    StringWriter err = new StringWriter();
    assertThat(CalicoCli.run(new String[] {"completion", "fish"}, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(new StringWriter()), new PrintWriter(err))).isEqualTo(2);
    assertThat(err.toString()).containsIgnoringCase("bash").containsIgnoringCase("zsh");
  }
}
