package dev.calicokit.model.values;

/**
 * A port built in code that Calico would refuse: a number outside 1 to 65535, a range that runs
 * backwards, or a name that is no port name. Ports read from files never throw it: they are kept as
 * read and the validator judges them.
 */
public final class InvalidPortException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String text;

  public InvalidPortException(String text, String message) {
    super(message);
    this.text = text;
  }

  /** The port as given, in its written form ({@code 70000}, {@code 90:80}, a name). */
  public String text() {
    return text;
  }
}
