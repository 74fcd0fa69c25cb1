package dev.calicokit.cli;

import java.util.Map;

/**
 * Whether the process talks to a person at a terminal, and whether it may use colour there: a console
 * is attached (set by {@link CalicoCli#main}; tests and pipes get none) and {@code NO_COLOR} is unset or
 * empty (no-color.org), and the terminal is not {@code TERM=dumb}.
 */
final class Terminal {
  /** Set by {@code main} when the process has a console; false under tests. */
  static boolean attached;
  /** The environment read for {@code NO_COLOR}; tests put their own. */
  static Map<String, String> environment = System.getenv();

  private Terminal() {}

  /** Colour on standard output, by the process's console and environment. */
  static boolean colours() {
    return colour(attached, environment);
  }

  /**
   * True when the process runs on a terminal (standard input and output; Java's console exists only
   * then): progress lines and colour are for it only.
   */
  static boolean isInteractive() {
    return attached;
  }

  /** Colour only on a terminal and never when NO_COLOR is set to anything but the empty string. */
  static boolean colour(boolean interactive, Map<String, String> env) {
    String noColour = env.get("NO_COLOR");
    boolean refused = noColour != null && !noColour.isEmpty();
    return interactive && !refused && !"dumb".equals(env.get("TERM"));
  }
}
