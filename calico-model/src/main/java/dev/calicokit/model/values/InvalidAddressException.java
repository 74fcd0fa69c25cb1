package dev.calicokit.model.values;

/**
 * An IP address or CIDR built in code from text that is not one. Values read from files never throw
 * it: they keep their text and the validator judges them.
 */
public final class InvalidAddressException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;

  public InvalidAddressException(String text, String message) {
    super(message);
    this.text = text;
  }

  /** The text that was given ({@code message} says what is wrong with it). */
  public String text() {
    return text;
  }
}
