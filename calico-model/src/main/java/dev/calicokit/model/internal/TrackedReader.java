package dev.calicokit.model.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.function.LongFunction;

/**
 * The reader SnakeYAML reads a stream through: it drops a leading byte-order mark, bounds the characters
 * read (the error is made by {@code tooLong} from the bound), and can tell the line and column of a code
 * point SnakeYAML rejects, which it names only by its index in the stream. SnakeYAML checks each buffer
 * as it reads it, so the code point is in the last buffer read: that buffer is kept, with the line,
 * column and code point count at its start, and nothing before it.
 */
public final class TrackedReader extends Reader {
  private final Reader in;
  private final long maxChars;
  private final LongFunction<RuntimeException> tooLong;
  private boolean started;
  private long chars;
  // The last buffer handed out, and where it starts.
  private char[] last = new char[0];
  private int lastLength;
  private long codePointsBefore;
  private int lineBefore = 1;
  private int columnBefore = 1;

  public TrackedReader(Reader in, long maxChars, LongFunction<RuntimeException> tooLong) {
    this.in = in;
    this.maxChars = maxChars;
    this.tooLong = tooLong;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = in.read(cbuf, off, len);
    if (!started && n > 0) {
      started = true;
      if (cbuf[off] == '\uFEFF') {
        System.arraycopy(cbuf, off + 1, cbuf, off, n - 1);
        n--;
        if (n == 0) {
          return read(cbuf, off, len);
        }
      }
    }
    if (n <= 0) {
      return n;
    }
    chars += n;
    if (chars > maxChars) {
      throw tooLong.apply(maxChars);
    }
    advancePastLast();
    if (last.length < n) {
      last = new char[Math.max(n, last.length * 2)];
    }
    System.arraycopy(cbuf, off, last, 0, n);
    lastLength = n;
    return n;
  }

  private void advancePastLast() {
    for (int i = 0; i < lastLength; i++) {
      char c = last[i];
      if (Character.isHighSurrogate(c) && i + 1 < lastLength && Character.isLowSurrogate(last[i + 1])) {
        i++;
      }
      codePointsBefore++;
      if (c == '\n') {
        lineBefore++;
        columnBefore = 1;
      } else {
        columnBefore++;
      }
    }
    lastLength = 0;
  }

  /** The 1-based line and column of the code point at {@code codePointIndex} (0-based) in the stream read so far. */
  public int[] lineAndColumn(long codePointIndex) {
    int line = lineBefore;
    int column = columnBefore;
    long cp = codePointsBefore;
    for (int i = 0; i < lastLength && cp < codePointIndex; i++) {
      char c = last[i];
      if (Character.isHighSurrogate(c) && i + 1 < lastLength && Character.isLowSurrogate(last[i + 1])) {
        i++;
      }
      cp++;
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
