package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Help text breaks lines at spaces only, and every command's help keeps values whole. */
class HelpTextTest {
  @Test
  void wrapsAtSpacesOnly() {
    assertThat(HelpText.wrap("registry of typha, e.g. quay.io/calico (v3.31 on)", 30))
        .containsExactly("registry of typha, e.g.", "quay.io/calico (v3.31 on)");
    assertThat(HelpText.table(List.<String[]>of(new String[] {"node.registry", "registry of node, e.g. quay.io/calico (v3.31 on)"}), 2, 14))
        .isEqualTo("  node.registry  registry of node, e.g. quay.io/calico (v3.31 on)\n");
  }

  @Test
  void noHelpLineBreaksAValueAndTheCommandListShowsWholeSummaries() {
    String top = help("--help");
    for (String command : List.of("render", "validate", "fmt", "schema", "versions", "completion")) {
      // One line per command in the list: its summary whole, nothing continued on the next line.
      assertThat(top).containsPattern("(?m)^  " + command + " +[A-Z][^\n]*\\.$");
      String own = help(command, "--help");
      assertThat(own.lines()).as(command).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(80));
      List<String> lines = own.lines().toList();
      for (int i = 0; i + 1 < lines.size(); i++) {
        // A value cut across lines leaves a line ending in a dot or slash glued to the next word: "quay." + "io/calico".
        String line = lines.get(i);
        String next = lines.get(i + 1).trim();
        boolean cut = line.matches(".*[A-Za-z0-9][./]$") && !line.matches(".*\\b(e\\.g|i\\.e)\\.$")
            && !next.isEmpty() && Character.isLowerCase(next.charAt(0)) || line.matches(".*v3\\.$");
        assertThat(cut).as(command + ": '" + line + "' / '" + next + "'").isFalse();
      }
    }
    String render = help("render", "--help");
    assertThat(render).contains("e.g. quay.io/calico (v3.31 on)", "  registry ");
    // The key table stays a table: no line of it starts in column 0.
    assertThat(render.substring(render.indexOf("Keys for --set")).lines().skip(1)).allSatisfy(l -> assertThat(l).startsWith("  "));
  }

  @Test
  void aCommandsVersionOptionPrintsTheVersion() {
    assertThat(help("fmt", "-V")).isEqualTo("calico-cli " + CalicoCli.VERSION + "\n");
  }

  private static String help(String... args) {
    StringWriter out = new StringWriter();
    CalicoCli.run(args, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(new StringWriter()));
    return out.toString();
  }
}
