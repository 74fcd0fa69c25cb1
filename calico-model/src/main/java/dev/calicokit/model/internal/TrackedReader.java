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
  private boolean highSurrogateBefore;

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
    long[] state = scan(lastLength, Long.MAX_VALUE);
    codePointsBefore = state[0];
    lineBefore = (int) state[1];
    columnBefore = (int) state[2];
    highSurrogateBefore = state[3] != 0;
    lastLength = 0;
  }

  /**
   * Code point count, line, column and whether a high surrogate ends what was scanned, after the first
   * {@code length} characters of the last buffer or at code point {@code stopAt}, whichever comes first.
   * A pair of surrogates is one code point, also when the buffers split it.
   */
  private long[] scan(int length, long stopAt) {
    long cp = codePointsBefore;
    long line = lineBefore;
    long column = columnBefore;
    boolean high = highSurrogateBefore;
    for (int i = 0; i < length && cp < stopAt; i++) {
      char c = last[i];
      if (high && Character.isLowSurrogate(c)) {
        high = false;
        continue; // the second half of a code point counted already
      }
      high = Character.isHighSurrogate(c);
      cp++;
      if (c == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new long[] {cp, line, column, high ? 1 : 0};
  }

  /** The 1-based line and column of the code point at {@code codePointIndex} (0-based) in the stream read so far. */
  public int[] lineAndColumn(long codePointIndex) {
    long[] state = scan(lastLength, codePointIndex);
    return new int[] {(int) state[1], (int) state[2]};
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
