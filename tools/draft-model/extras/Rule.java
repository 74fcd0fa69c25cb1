  /** A rule that allows the traffic it matches; refine it with the {@code with*} methods. */
  static Rule allow() {
    return builder().action(Action.ALLOW).build();
  }

  /** A rule that denies the traffic it matches; refine it with the {@code with*} methods. */
  static Rule deny() {
    return builder().action(Action.DENY).build();
  }

  /** A rule that passes the traffic it matches on to the next tier. */
  static Rule pass() {
    return builder().action(Action.PASS).build();
  }

  /** A rule that logs the traffic it matches and goes on with the next rule. */
  static Rule log() {
    return builder().action(Action.LOG).build();
  }
