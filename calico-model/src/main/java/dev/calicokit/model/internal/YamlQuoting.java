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
      // integers: binary, octal (1.1 and 1.2), decimal, hexadecimal, base 60
      "[-+]?0b[0-1_]+",
      "[-+]?0[0-7_]+",
      "0o[0-7]+",
      "[-+]?(0|[1-9][0-9_]*)",
      "[-+]?[0-9]+",
      "[-+]?0x[0-9a-fA-F_]+",
      "[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+",
      // floats: 1.1 and 1.2 forms, base 60, infinities and not-a-number
      "[-+]?([0-9][0-9_]*)?\\.[0-9.]*([eE][-+][0-9]+)?",
      "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?",
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
    return NON_STRING.matcher(value).matches();
  }
}
