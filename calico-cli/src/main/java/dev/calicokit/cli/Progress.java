package dev.calicokit.cli;

import java.io.PrintWriter;

/**
 * A progress line on standard error for runs over many inputs, rewritten in place; only when the
 * process runs on a terminal, so that logs and redirected output never see it.
 */
final class Progress {
  /** Fewer inputs than this finish before a progress line would help. */
  private static final int MIN_INPUTS = 2;

  private final PrintWriter err;
  private final int total;
  private boolean shown;

  private Progress(PrintWriter err, int total) {
    this.err = err;
    this.total = total;
  }

  /** A progress line when the process is on a terminal and there are several inputs; else silent. */
  static Progress onTerminal(PrintWriter err, int total) {
    return new Progress(Terminal.isInteractive() && total >= MIN_INPUTS ? err : null, total);
  }

  /** {@code count} inputs of the total are done, the last being {@code input}. */
  void done(int count, String input) {
    if (err == null) {
      return;
    }
    String line = "calico validate: " + count + "/" + total + " " + input;
    // \r returns to the line's start, ESC[K clears what a longer previous line left.
    err.print("\r" + line + "\u001b[K");
    err.flush();
    shown = true;
  }

  /** Removes the progress line, so that what follows starts on a clean line. */
  void clear() {
    if (err != null && shown) {
      err.print("\r\u001b[K");
      err.flush();
    }
  }
}
