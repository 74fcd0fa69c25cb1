package dev.calicokit.model.internal;

import java.util.regex.Pattern;

/**
 * Decides which strings {@link dev.calicokit.model.yaml.CanonicalYaml} must quote: every string that a
 * YAML 1.1 reader (Kubernetes' go-yaml) or a YAML 1.2 core-schema reader would resolve to something
 * other than that string, among them base-60 numbers ({@code 5663:12}, a BGP community), octal
 * ({@code 0755}), exponents without a dot ({@code 1e3}), YAML 1.1 booleans ({@code Off}, {@code yes})
 * and timestamps, several of which Jackson's own YAML writer would leave plain.
 */
public final class YamlQuoting {
  private static final Pattern NON_STRING = Pattern.compile(String.join("|",
      // null and booleans, YAML 1.1 and 1.2
      "~|null|Null|NULL",
      "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF",
      // integers: binary, octal (1.1 and 1.2), decimal, hexadecimal, base 60; go-yaml reads the
      // prefixes in either case (Go's ParseInt), so 0X1F is a number too
      "[-+]?0[bB][0-1_]+",
      "[-+]?0[0-7_]+",
      "[-+]?0[oO][0-7_]+",
      "[-+]?(0|[1-9][0-9_]*)",
      "[-+]?[0-9]+",
      "[-+]?0[xX][0-9a-fA-F_]+",
      "[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+",
      // floats: 1.1 and 1.2 forms, SnakeYAML's (underscores on both sides of the dot: 6.6_4 is 6.64;
      // it tries only scalars starting with a sign, digit or dot), base 60, infinities, not-a-number
      "[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?",
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?",
      "(?=[-+0-9.])[-+]?(\\.[0-9]+|[0-9_]+(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?",
      // SnakeYAML 2's float, which also takes underscores right after a leading dot (._E37 is a float to it)
      "[-+]?(\\.[0-9_]+|[0-9][0-9_]*)(\\.[0-9_]*)?([eE][-+]?[0-9]+)?",
      "[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*",
      "[-+]?\\.(inf|Inf|INF)",
      "\\.(nan|NaN|NAN)",
      // timestamps (YAML 1.1), merge key and value indicator
      "[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?([Tt ].*)?",
      "<<",
      "="));

  private YamlQuoting() {}

  /** True when a YAML 1.1 or 1.2 reader would take the plain scalar as anything but this string. */
  public static boolean resolvesToNonString(String value) {
    if (value.isEmpty()) {
      return true;
    }
    // Fast path, since writers ask this for every string: a value starting with a letter can only be
    // one of the null or boolean words, all at most five letters long.
    char first = value.charAt(0);
    if ((first >= 'a' && first <= 'z' || first >= 'A' && first <= 'Z') && value.length() > 5) {
      return false;
    }
    if (first > '~' || first == ' ' || first == '"' || first == '\'' || first == '/' || first == ':') {
      return false;
    }
    if (NON_STRING.matcher(value).matches()) {
      return true;
    }
    // go-yaml drops every underscore from a plain scalar that starts like a number before it tries
    // one (1_0 and -_1 are numbers to it).
    boolean numeric = first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.';
    return numeric && value.indexOf('_') >= 0 && NON_STRING.matcher(value.replace("_", "")).matches();
  }
}
