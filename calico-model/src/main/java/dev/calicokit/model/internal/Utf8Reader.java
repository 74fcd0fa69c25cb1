package dev.calicokit.model.internal;

import dev.calicokit.model.io.ResourceReadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a stream of UTF-8 bytes a buffer at a time, so that a file is read without holding it. An
 * invalid byte is a {@link ResourceReadException} naming its byte offset, line and column, as
 * {@code SourceReader.decode} names them for bytes held whole.
 */
public final class Utf8Reader extends Reader {
  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT)
      .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024).flip();
  private boolean endOfInput;
  private boolean flushed;
  /** Bytes taken from the stream before the ones in {@link #bytes}. */
  private long consumedBytes;
  private int line = 1;
  private int charsSinceNewline;
  private final CharBuffer chars = CharBuffer.allocate(64 * 1024).flip();

  public Utf8Reader(InputStream in) {
    this.in = in;
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !decode()) {
      return -1;
    }
    int n = Math.min(len, chars.remaining());
    chars.get(cbuf, off, n);
    return n;
  }

  /**
   * Decodes the next characters into {@link #chars} (a buffer of our own, so that a caller's buffer of
   * one character still takes a pair of surrogates); false at the end of the input.
   */
  private boolean decode() throws IOException {
    chars.clear();
    while (chars.position() == 0) {
      if (!bytes.hasRemaining() || !endOfInput && bytes.remaining() < 4) {
        fill();
      }
      CoderResult r = decoder.decode(bytes, chars, endOfInput);
      if (r.isError()) {
        count(chars.position());
        long offset = consumedBytes + bytes.position();
        throw new ResourceReadException(0, null, null, "", line, charsSinceNewline + 1,
            "invalid UTF-8 at byte " + offset + " (the input must be UTF-8 text)", null);
      }
      if (endOfInput && !bytes.hasRemaining()) {
        if (!flushed) {
          decoder.flush(chars);
          flushed = true;
        }
        break;
      }
    }
    count(chars.position());
    chars.flip();
    return chars.hasRemaining();
  }

  /** Keeps the line and the characters since the last line break up to date with what was decoded. */
  private void count(int end) {
    char[] a = chars.array();
    for (int i = 0; i < end; i++) {
      if (a[i] == '\n') {
        line++;
        charsSinceNewline = 0;
      } else {
        charsSinceNewline++;
      }
    }
  }

  private void fill() throws IOException {
    consumedBytes += bytes.position();
    bytes.compact();
    while (bytes.hasRemaining()) {
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        endOfInput = true;
        break;
      }
      if (n == 0) {
        break;
      }
      bytes.position(bytes.position() + n);
      if (bytes.position() >= 4) {
        break;
      }
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
