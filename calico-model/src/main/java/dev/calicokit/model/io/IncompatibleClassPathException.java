package dev.calicokit.model.io;

/**
 * The application's class path holds a version of fabric8's Kubernetes model or of Jackson that this
 * library cannot work with (for example fabric8 7.x, which binds with Jackson 2, where the library
 * needs fabric8 8.x, which binds with Jackson 3). The message names what was found, which versions
 * work and what to change in the build; it is not a problem of the input being read.
 */
public final class IncompatibleClassPathException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** A class-path problem described in {@code message}. */
  public IncompatibleClassPathException(String message) {
    super(message);
  }
}
