package dev.calicokit.schemas.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * The reader a manifest is judged through: it keeps the text from the first line still to be located
 * onwards (the document whose findings wait for the next document's start, and what the YAML reader
 * has read ahead), so that each document's findings are located in its own lines while the text as a
 * whole is never held. Lines end at LF and count from 1.
 */
public final class TextWindow extends Reader {
  /**
   * Text released is dropped only once this much of it has gathered (1 MiB of chars), so that releasing
   * stays linear and a manifest the size of Calico's is never searched for its lines unless it has findings.
   */
  private static final int COMPACT_AT = 512 * 1024;

  private final Reader in;
  // The text kept, in chars: appending a buffer read is then one array copy, where a StringBuilder
  // would also compress each character that fits in a byte.
  private char[] text = new char[64 * 1024];
  private int length;
  private long read; // every character read so far
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
      if (length + n > text.length) {
        text = Arrays.copyOf(text, Math.max(length + n, text.length * 2));
      }
      System.arraycopy(cbuf, off, text, length, n);
      length += n;
      read += n;
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
      int nl = cursorOffset;
      while (nl < length && text[nl] != '\n') {
        nl++;
      }
      if (nl == length) {
        return length;
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
    int to = toLine == Integer.MAX_VALUE ? length : offsetOf(Math.max(toLine, fromLine));
    return new String(text, from, Math.max(from, to) - from);
  }

  /**
   * Whether the text read so far holds the start of {@code line} (a line break before it); never for
   * {@link Integer#MAX_VALUE}, the end of the text.
   */
  public boolean holdsLine(int line) {
    if (line == Integer.MAX_VALUE) {
      return false;
    }
    return line <= baseLine || offsetOf(line) < length || cursorLine == line;
  }

  /** How many characters have been read through the window since it was opened. */
  public long charsRead() {
    return read;
  }

  /** Lets go of the lines before {@code line}: no segment will start before it. */
  public void release(int line) {
    if (length < COMPACT_AT) {
      return; // too little to drop: no need to find the line yet
    }
    int offset = offsetOf(line);
    if (cursorLine == line && offset >= COMPACT_AT && offset >= length / 2) {
      System.arraycopy(text, offset, text, 0, length - offset);
      length -= offset;
      baseLine = cursorLine;
      cursorOffset = 0;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
