package dev.calicokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** A failed write to standard output is exit 2 with a message; a closed pipe ends quietly. */
class CheckedOutputTest {
  private static OutputStream failingWith(String message) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw new IOException(message);
      }
    };
  }

  @Test
  void aFullDiskIsExitTwoWithAMessage() {
    CheckedOutput out = new CheckedOutput(failingWith("No space left on device"));
    out.write('x');
    StringWriter err = new StringWriter();
    assertThat(out.exitCode(CalicoCli.OK, new PrintWriter(err))).isEqualTo(CalicoCli.BAD_INPUT);
    assertThat(err.toString()).isEqualTo("calico: cannot write to standard output: No space left on device\n");
  }

  @Test
  void aClosedPipeKeepsTheCommandsCodeAndSaysNothing() {
    CheckedOutput out = new CheckedOutput(failingWith("Broken pipe"));
    out.write('x');
    StringWriter err = new StringWriter();
    assertThat(out.exitCode(CalicoCli.FINDINGS, new PrintWriter(err))).isEqualTo(CalicoCli.FINDINGS);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aWriteThatWorkedKeepsTheCode() {
    CheckedOutput out = new CheckedOutput(OutputStream.nullOutputStream());
    out.write('x');
    assertThat(out.exitCode(CalicoCli.OK, new PrintWriter(new StringWriter()))).isEqualTo(CalicoCli.OK);
  }
}
