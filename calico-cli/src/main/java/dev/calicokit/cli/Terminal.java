package dev.calicokit.cli;

import java.util.Map;

/**
 * Whether standard output is a terminal that takes colour: a console is attached (set by {@link
 * CalicoCli#main}; tests and pipes get none) and {@code NO_COLOR} is unset or empty (no-color.org).
 */
final class Terminal {
  /** Set by {@code main} when the process has a console; false under tests. */
  static boolean attached;
  /** The environment read for {@code NO_COLOR}; tests put their own. */
  static Map<String, String> environment = System.getenv();

  private Terminal() {}

  static boolean colours() {
    String noColour = environment.get("NO_COLOR");
    return attached && (noColour == null || noColour.isEmpty());
  }
}
