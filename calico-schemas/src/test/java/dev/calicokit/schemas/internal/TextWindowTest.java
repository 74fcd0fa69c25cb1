package dev.calicokit.schemas.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TextWindowTest {
  private static String numbered(int lines) {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= lines; i++) {
      b.append("line ").append(i).append(" ").append("x".repeat(40)).append('\n');
    }
    return b.toString();
  }

  private static void readAll(TextWindow w) throws IOException {
    char[] buffer = new char[1000];
    while (w.read(buffer, 0, buffer.length) >= 0) {
      // recorded as it passes
    }
  }

  @Test
  void givesTheLinesOfARangeFromWhatWasRead() throws IOException {
    TextWindow w = new TextWindow(new StringReader("a\nb\r\nc\n\nd"));
    readAll(w);
    assertThat(w.lines(2, 4)).isEqualTo("b\r\nc\n");
    assertThat(w.lines(4, Integer.MAX_VALUE)).isEqualTo("\nd");
    assertThat(w.lines(1, 2)).isEqualTo("a\n");
    assertThat(w.holdsLine(5)).isTrue();
    assertThat(w.holdsLine(6)).isFalse();
    assertThat(w.holdsLine(Integer.MAX_VALUE)).isFalse();
  }

  @Test
  void releasedLinesAreDroppedOnlyInLargeSteps() throws IOException {
    String text = numbered(20_000);
    TextWindow w = new TextWindow(new StringReader(text));
    readAll(w);
    w.release(10);
    assertThat(w.lines(10, 11)).startsWith("line 10 ");
    w.release(15_000); // far enough to drop what comes before
    assertThat(w.lines(15_000, 15_002)).isEqualTo(text.lines().skip(14_999).limit(2).map(l -> l + "\n")
        .reduce("", String::concat));
    assertThat(w.lines(19_999, Integer.MAX_VALUE)).startsWith("line 19999 ").endsWith("line 20000 " + "x".repeat(40) + "\n");
  }
}
