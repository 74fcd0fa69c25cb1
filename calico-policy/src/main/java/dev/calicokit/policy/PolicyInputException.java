package dev.calicokit.policy;

/**
 * An input that cannot be read: the message names the file, and for a document that does not parse, its
 * index, kind, name, JSON pointer, line and column (from the model's {@code ResourceReadException}).
 */
public final class PolicyInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  PolicyInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
