package dev.calicokit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * Standard output that remembers whether a write failed. A {@link PrintWriter} swallows its stream's
 * errors, so without this a full disk would cut the output short with exit 0. A closed pipe (the reader
 * went away, as {@code | head} does) is not a failure of ours and ends the run quietly.
 */
final class CheckedOutput extends OutputStream {
  private final OutputStream out;
  private IOException failure;

  CheckedOutput(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(int b) {
    if (failure == null) {
      try {
        out.write(b);
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  @Override
  public void write(byte[] b, int off, int len) {
    if (failure == null) {
      try {
        out.write(b, off, len);
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  @Override
  public void flush() {
    if (failure == null) {
      try {
        out.flush();
      } catch (IOException e) {
        failure = e;
      }
    }
  }

  /**
   * The exit code of a run whose command gave {@code code}: {@link CalicoCli#BAD_INPUT}, with a message,
   * where writing failed for another reason than a closed pipe.
   */
  int exitCode(int code, PrintWriter err) {
    flush();
    if (failure == null || isClosedPipe(failure)) {
      return code;
    }
    err.println("calico: cannot write to standard output: " + failure.getMessage());
    err.flush();
    return CalicoCli.BAD_INPUT;
  }

  private static boolean isClosedPipe(IOException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("Broken pipe") || m.contains("EPIPE");
  }
}
