package dev.calicokit.schemas.internal;

import java.io.IOException;
import java.io.Reader;

/**
 * The reader a manifest is judged through: it keeps the text from the first line still to be located
 * onwards (the document whose findings wait for the next document's start, and what the YAML reader
 * has read ahead), so that each document's findings are located in its own lines while the text as a
 * whole is never held. Lines end at LF and count from 1.
 */
public final class TextWindow extends Reader {
  /** Text released is dropped only once this much of it has gathered, so that releasing stays linear. */
  private static final int COMPACT_AT = 256 * 1024;

  private final Reader in;
  private final StringBuilder text = new StringBuilder();
  /** The line that {@link #text} starts with. */
  private int baseLine = 1;
  // A known line start, so that finding a line scans on from there.
  private int cursorLine = 1;
  private int cursorOffset;

  public TextWindow(Reader in) {
    this.in = in;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    int n = in.read(cbuf, off, len);
    if (n > 0) {
      text.append(cbuf, off, n);
    }
    return n;
  }

  /** The offset in {@link #text} where {@code line} starts, or its length when the line is not (yet) there. */
  private int offsetOf(int line) {
    if (line < cursorLine) {
      cursorLine = baseLine;
      cursorOffset = 0;
    }
    while (cursorLine < line) {
      int nl = text.indexOf("\n", cursorOffset);
      if (nl < 0) {
        return text.length();
      }
      cursorOffset = nl + 1;
      cursorLine++;
    }
    return cursorOffset;
  }

  /**
   * The text of lines {@code fromLine} up to {@code toLine} (exclusive; {@link Integer#MAX_VALUE} for the
   * rest read so far). Lines before the last {@link #release} are gone.
   */
  public String lines(int fromLine, int toLine) {
    int from = offsetOf(Math.max(fromLine, baseLine));
    int to = toLine == Integer.MAX_VALUE ? text.length() : offsetOf(Math.max(toLine, fromLine));
    return text.substring(from, Math.max(from, to));
  }

  /**
   * Whether the text read so far holds the start of {@code line} (a line break before it); never for
   * {@link Integer#MAX_VALUE}, the end of the text.
   */
  public boolean holdsLine(int line) {
    if (line == Integer.MAX_VALUE) {
      return false;
    }
    return line <= baseLine || offsetOf(line) < text.length() || cursorLine == line;
  }

  /** Lets go of the lines before {@code line}: no segment will start before it. */
  public void release(int line) {
    int offset = offsetOf(line);
    if (cursorLine == line && offset >= COMPACT_AT && offset >= text.length() / 2) {
      text.delete(0, offset);
      baseLine = cursorLine;
      cursorOffset = 0;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
