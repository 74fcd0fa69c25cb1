package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.values.Port;
import java.util.List;
import java.util.regex.Pattern;

/** Ports of rules: numbers and ranges within 1 to 65535 with first &lt;= last, or valid port names. */
final class PortRules {
  // An IANA service name as Kubernetes checks port names: at most 15 characters, lower-case letters,
  // digits and single hyphens inside, with at least one letter.
  private static final Pattern PORT_NAME = Pattern.compile("[a-z0-9]([a-z0-9]|-(?=[a-z0-9]))*");

  private PortRules() {}

  static void check(DocCheck c, List<Port> ports, String pointer) {
    for (int i = 0; i < ports.size(); i++) {
      Port port = ports.get(i);
      String p = Pointer.at(pointer, i);
      if (port.isNamed()) {
        String name = port.name().orElse("");
        if (name.length() > 15 || !PORT_NAME.matcher(name).matches() || !name.matches(".*[a-z].*")) {
          c.error("calico.rule.port", p, "port " + DocCheck.q(name) + " is neither a number, a range \"first:last\""
              + " nor a port name (at most 15 lower-case letters, digits and inner single hyphens, one letter at least)");
        }
        continue;
      }
      int min = port.min().orElse(0);
      int max = port.max().orElse(0);
      if (min < 1 || max > 65535 || min > 65535 || max < 1) {
        c.error("calico.rule.port", p, "port " + port + " is out of range: expected 1 to 65535");
      } else if (min > max) {
        c.error("calico.rule.port", p, "port range " + port + " runs backwards: the first port must not exceed the last");
      }
    }
  }
}
