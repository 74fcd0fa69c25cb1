package dev.calicokit.model.selector;

/** A selector that does not parse: the text, the 0-based position and what was expected there. */
public final class SelectorSyntaxException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String selector;
  private final int position;
  private final String expected;

  SelectorSyntaxException(String selector, int position, String expected) {
    super("invalid selector \"" + (selector.length() > 120 ? selector.substring(0, 100) + "..." : selector) + "\" at position " + position + ": expected " + expected
        + (position < selector.length() ? ", found \"" + selector.substring(position) + "\"" : ", found the end"));
    this.selector = selector;
    this.position = position;
    this.expected = expected;
  }

  /** The selector text. */
  public String selector() {
    return selector;
  }

  /** The 0-based position of the problem in the text. */
  public int position() {
    return position;
  }

  /** What the parser expected at that position. */
  public String expected() {
    return expected;
  }
}
