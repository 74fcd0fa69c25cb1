package dev.calicokit.schemas.internal.cross;

import dev.calicokit.model.schema.Release;
import dev.calicokit.model.values.IpParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Felix's configuration parameters and how Felix parses each from text, as {@code felix/config} declares
 * them (the table {@code felix-parameters.tsv} beside this class, taken from {@code config_params.go} of
 * each release). Felix reads {@code FELIX_<NAME>} from its environment, the whole key case-insensitively;
 * a name it does not declare is ignored, a value its parser refuses is logged as an error and the
 * default is used instead.
 */
final class FelixParameters {
  /** One parameter: its name as Felix declares it, its type and the type's parameters, where it exists. */
  record Parameter(String name, String type, String typeParams, Release from, Release to) {
    /** Why Felix's parser of this type refuses {@code value}, if it does. */
    Optional<String> problem(String value) {
      return switch (type) {
        case "bool", "*bool" -> BOOL_WORDS.contains(value.toLowerCase(Locale.ROOT)) ? Optional.empty()
            : Optional.of("is not a boolean: Felix takes true, false, yes, no, y, n, t, f, 1 or 0");
        case "int" -> intProblem(value);
        case "seconds", "millis", "float" -> floatProblem(value);
        case "oneof" -> oneOf(value);
        case "ipv4" -> IpParser.parseIP(value).filter(a -> a.unmap().is4()).isPresent() ? Optional.empty()
            : Optional.of("is not an IPv4 address");
        case "ipv6" -> IpParser.parseIP(value).filter(a -> !a.is4()).isPresent() ? Optional.empty()
            : Optional.of("is not an IPv6 address");
        case "cidr-list" -> cidrList(value);
        case "mark-bitmask" -> markProblem(value);
        default -> Optional.empty(); // files, patterns, lists: not judged offline
      };
    }

    private Optional<String> intProblem(String value) {
      long n;
      try {
        n = parseGoInt(value);
      } catch (NumberFormatException e) {
        return Optional.of("is not a whole number");
      }
      if (typeParams.isEmpty()) {
        return Optional.empty();
      }
      List<String> ranges = new ArrayList<>();
      for (String r : typeParams.split(",")) {
        // As Felix reads int(min:max): either bound may be empty, and a bare number is a lower bound only.
        String[] minMax = r.split(":", -1);
        long min = minMax[0].isBlank() ? Long.MIN_VALUE : Long.parseLong(minMax[0].trim());
        long max = minMax.length < 2 || minMax[1].isBlank() ? Long.MAX_VALUE : Long.parseLong(minMax[1].trim());
        if (n >= min && n <= max) {
          return Optional.empty();
        }
        ranges.add(max == Long.MAX_VALUE ? "at least " + min : min + " to " + max);
      }
      return Optional.of("is outside " + String.join(" or ", ranges));
    }

    private Optional<String> floatProblem(String value) {
      // Go's strconv.ParseFloat: no spaces, no Java suffixes such as 1d.
      if (!GO_FLOAT.matcher(value).matches()) {
        return Optional.of("is not a number of " + (type.equals("millis") ? "milliseconds" : "seconds"));
      }
      double d = Double.parseDouble(value);
      if (type.equals("seconds") && !typeParams.isEmpty()) {
        String[] minMax = typeParams.split(":");
        long whole = (long) d;
        if (whole < Long.parseLong(minMax[0]) || whole > Long.parseLong(minMax[1])) {
          return Optional.of("is outside " + minMax[0] + " to " + minMax[1] + " seconds");
        }
      }
      return Optional.empty();
    }

    private Optional<String> oneOf(String value) {
      for (String option : typeParams.split(",")) {
        if (option.equalsIgnoreCase(value)) {
          return Optional.empty();
        }
      }
      return Optional.of("is not one of " + typeParams.replace(",", ", ") + " (case ignored)");
    }

    private static Optional<String> cidrList(String value) {
      for (String part : value.split(",")) {
        if (IpParser.parseCIDR(part.trim()).isEmpty()) {
          return Optional.of("holds " + "\"" + part.trim() + "\", which is not a CIDR");
        }
      }
      return Optional.empty();
    }

    private static Optional<String> markProblem(String value) {
      try {
        long n = parseGoInt(value);
        return n >= 0 && n <= 0xFFFFFFFFL ? Optional.empty() : Optional.of("is not a 32-bit mark");
      } catch (NumberFormatException e) {
        return Optional.of("is not a 32-bit mark (a number such as 0xffff0000)");
      }
    }
  }

  private static final java.util.regex.Pattern GO_FLOAT =
      java.util.regex.Pattern.compile("[+-]?([0-9][0-9_]*(\\.[0-9_]*)?|\\.[0-9][0-9_]*)([eE][+-]?[0-9]+)?");
  private static final List<String> BOOL_WORDS = List.of("true", "1", "yes", "y", "t", "false", "0", "no", "n", "f");
  private static final Map<String, Parameter> BY_LOWER_NAME = load();

  private FelixParameters() {}

  /** The parameter Felix reads for {@code name} (case ignored) in a release. */
  static Optional<Parameter> find(String name, Release release) {
    return Optional.ofNullable(BY_LOWER_NAME.get(name.toLowerCase(Locale.ROOT))).filter(p -> existsIn(p, release));
  }

  /** Every parameter name of a release. */
  static List<String> names(Release release) {
    return BY_LOWER_NAME.values().stream().filter(p -> existsIn(p, release)).map(Parameter::name).toList();
  }

  private static boolean existsIn(Parameter p, Release release) {
    // The table starts at v3.24; v3.21 is judged by v3.24's parameters.
    Release r = release == Release.V3_21 ? Release.V3_24 : release;
    return r.within(p.from(), p.to());
  }

  /** An integer as Go's strconv.ParseInt(s, 0, 64) reads it: decimal, 0x hex, 0o or leading-0 octal, 0b. */
  static long parseGoInt(String s) {
    String t = s;
    boolean negative = t.startsWith("-");
    if (negative || t.startsWith("+")) {
      t = t.substring(1);
    }
    t = t.replace("_", "");
    int radix = 10;
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.startsWith("0x")) {
      radix = 16;
      t = t.substring(2);
    } else if (lower.startsWith("0b")) {
      radix = 2;
      t = t.substring(2);
    } else if (lower.startsWith("0o")) {
      radix = 8;
      t = t.substring(2);
    } else if (t.length() > 1 && t.startsWith("0")) {
      radix = 8;
      t = t.substring(1);
    }
    if (t.isEmpty() || !t.chars().allMatch(Character::isLetterOrDigit)) {
      throw new NumberFormatException(s);
    }
    BigInteger n = new BigInteger(t, radix);
    if (negative) {
      n = n.negate();
    }
    return n.longValueExact();
  }

  private static Map<String, Parameter> load() {
    Map<String, Parameter> out = new LinkedHashMap<>();
    try (InputStream in = FelixParameters.class.getResourceAsStream("felix-parameters.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        Parameter p = new Parameter(f[0], f[1], f[2], Release.valueOf(f[3]), Release.valueOf(f[4]));
        out.put(p.name().toLowerCase(Locale.ROOT), p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("felix-parameters.tsv cannot be read", e);
    }
    return out;
  }
}
