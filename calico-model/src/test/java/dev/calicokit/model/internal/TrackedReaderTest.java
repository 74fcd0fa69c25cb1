package dev.calicokit.model.internal;

import static dev.calicokit.model.internal.Readers.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TrackedReaderTest {
  @Test
  void dropsALeadingByteOrderMarkOnly() throws IOException {
    assertThat(readAll(new TrackedReader(new StringReader("\uFEFFa: \uFEFF"), 100, max -> new IllegalStateException("over")), 3))
        .isEqualTo("a: \uFEFF");
    assertThat(readAll(new TrackedReader(new StringReader("\uFEFF"), 100, max -> new IllegalStateException("over")), 1)).isEmpty();
  }

  @Test
  void failsOnceMoreThanTheBoundIsRead() {
    TrackedReader r = new TrackedReader(new StringReader("x".repeat(101)), 100, max -> new IllegalStateException("over " + max));
    assertThatThrownBy(() -> readAll(r, 7)).hasMessage("over 100");
  }

  @Test
  void placesACodePointOfTheLastBufferRead() throws IOException {
    TrackedReader r = new TrackedReader(new StringReader("ab\n😀cd\nef"), 100, max -> new IllegalStateException("over"));
    char[] buffer = new char[4];
    assertThat(r.read(buffer, 0, 4)).isEqualTo(4); // "ab\n" and the high surrogate
    assertThat(r.read(buffer, 0, 4)).isEqualTo(4); // the low surrogate, "cd\n"
    assertThat(r.read(buffer, 0, 4)).isEqualTo(2);
    // Code points: a0 b1 \n2 😀3 c4 d5 \n6 e7 f8; the last buffer holds "ef".
    assertThat(r.lineAndColumn(8)).containsExactly(3, 2);
    assertThat(r.lineAndColumn(7)).containsExactly(3, 1);
  }
}
