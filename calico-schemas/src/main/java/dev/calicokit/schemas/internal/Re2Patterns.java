package dev.calicokit.schemas.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Translates Go RE2 patterns (the {@code pattern} values of CRD schemas, which the API server compiles
 * with Go's {@code regexp}) into patterns that mean the same in {@link java.util.regex} and, as far as
 * possible, in the ECMAScript dialect editors use for JSON Schema.
 *
 * <p>Where the dialects differ, the output spells RE2's meaning out: {@code (?i)} becomes explicit case
 * classes ({@code [Dd]}, with RE2's case-folding orbits such as k, K and the Kelvin sign), {@code \d},
 * {@code \s}, {@code \w} and {@code \b} become their ASCII sets (Java's {@code \s} also matches
 * vertical tab, RE2's does not), {@code .} excludes only the newline (Java's excludes {@code \r} and
 * more), {@code $} and {@code \z} match only at the very end (Java's {@code $} also before a final
 * line break), POSIX classes such as {@code [[:alpha:]]} become ranges, characters that are literal
 * in RE2 but special in Java classes ({@code [}, {@code &&}) are escaped, and an invalid repetition
 * such as {@code {,3}} is a literal brace. Named groups become plain groups, as names do not change
 * what matches.
 */
public final class Re2Patterns {
  private static final int MAX_CP = 0x10FFFF;
  // The last code point with a case mapping; folding never needs to look further.
  private static final int LAST_CASED = 0x1E943;
  private static final String WORD = "0-9A-Za-z_";
  private static final String END = "(?![\\s\\S])";

  private final String src;
  private int pos;
  private final StringBuilder out = new StringBuilder();

  private record Flags(boolean caseless, boolean dotAll, boolean multiLine, boolean ungreedy) {}

  private Re2Patterns(String src) {
    this.src = src;
  }

  /**
   * The Java pattern that matches what {@code re2} matches in Go.
   *
   * @throws IllegalArgumentException when {@code re2} is not a valid RE2 pattern or uses a construct
   *     this translator does not know
   */
  public static String translate(String re2) {
    Re2Patterns t = new Re2Patterns(re2);
    t.run();
    return t.out.toString();
  }

  private void run() {
    Deque<Flags> groups = new ArrayDeque<>();
    Flags flags = new Flags(false, false, false, false);
    while (pos < src.length()) {
      int c = src.codePointAt(pos);
      pos += Character.charCount(c);
      switch (c) {
        case '\\' -> escape(flags);
        case '[' -> out.append(charClass(flags));
        case '.' -> out.append(flags.dotAll ? "[\\s\\S]" : "[^\\n]");
        case '^' -> out.append(flags.multiLine ? "(?:^|(?<=\\n))" : "^");
        case '$' -> out.append(flags.multiLine ? "(?=\\n|" + END + ")" : END);
        case '|' -> out.append('|');
        case '(' -> {
          groups.push(flags);
          flags = group(flags, groups);
        }
        case ')' -> {
          if (groups.isEmpty()) {
            throw error("unexpected )");
          }
          flags = groups.pop();
          out.append(')');
        }
        case '*', '+', '?' -> repeat(Character.toString(c), flags);
        case '{' -> {
          int end = repetitionEnd(pos);
          if (end < 0) {
            literal('{', flags);
          } else {
            String body = src.substring(pos - 1, end);
            pos = end;
            repeat(body, flags);
          }
        }
        default -> literal(c, flags);
      }
    }
    if (!groups.isEmpty()) {
      throw error("missing )");
    }
  }

  /** Opens a group after '(': flags, non-capturing, named; returns the flags inside it. */
  private Flags group(Flags flags, Deque<Flags> groups) {
    if (!src.startsWith("?", pos)) {
      out.append('(');
      return flags;
    }
    pos++;
    if (src.startsWith("P<", pos) || src.startsWith("<", pos)) {
      int close = src.indexOf('>', pos);
      if (close < 0) {
        throw error("unterminated group name");
      }
      pos = close + 1;
      out.append("(?:");
      return flags;
    }
    boolean caseless = flags.caseless;
    boolean dotAll = flags.dotAll;
    boolean multiLine = flags.multiLine;
    boolean ungreedy = flags.ungreedy;
    boolean negate = false;
    while (pos < src.length()) {
      char c = src.charAt(pos++);
      switch (c) {
        case 'i' -> caseless = !negate;
        case 's' -> dotAll = !negate;
        case 'm' -> multiLine = !negate;
        case 'U' -> ungreedy = !negate;
        case '-' -> negate = true;
        case ':' -> {
          out.append("(?:");
          return new Flags(caseless, dotAll, multiLine, ungreedy);
        }
        case ')' -> {
          // (?flags) changes the flags of the enclosing group from here on: no group is opened.
          groups.pop();
          return new Flags(caseless, dotAll, multiLine, ungreedy);
        }
        default -> throw error("unknown flag " + c);
      }
    }
    throw error("unterminated flag group");
  }

  /** The end (exclusive) of a valid {n}, {n,} or {n,m} starting just after '{', or -1. */
  private int repetitionEnd(int from) {
    int i = from;
    int digits = 0;
    while (i < src.length() && Character.isDigit(src.charAt(i)) && src.charAt(i) < 128) {
      i++;
      digits++;
    }
    if (digits == 0 || i >= src.length()) {
      return -1;
    }
    if (src.charAt(i) == ',') {
      i++;
      while (i < src.length() && src.charAt(i) >= '0' && src.charAt(i) <= '9') {
        i++;
      }
    }
    return i < src.length() && src.charAt(i) == '}' ? i + 1 : -1;
  }

  private void repeat(String op, Flags flags) {
    if (out.length() == 0) {
      throw error("missing argument to repetition operator " + op);
    }
    boolean lazy = src.startsWith("?", pos);
    if (lazy) {
      pos++;
    }
    out.append(op);
    if (lazy != flags.ungreedy) {
      out.append('?');
    }
  }

  private void escape(Flags flags) {
    if (pos >= src.length()) {
      throw error("trailing backslash");
    }
    char c = src.charAt(pos++);
    switch (c) {
      case 'd' -> out.append("[0-9]");
      case 'D' -> out.append("[^0-9]");
      case 's' -> out.append("[\\t\\n\\f\\r ]");
      case 'S' -> out.append("[^\\t\\n\\f\\r ]");
      case 'w' -> out.append('[').append(WORD).append(']');
      case 'W' -> out.append("[^").append(WORD).append(']');
      case 'b' -> out.append("(?:(?<=[" + WORD + "])(?![" + WORD + "])|(?<![" + WORD + "])(?=[" + WORD + "]))");
      case 'B' -> out.append("(?:(?<=[" + WORD + "])(?=[" + WORD + "])|(?<![" + WORD + "])(?![" + WORD + "]))");
      case 'A' -> out.append("(?<![\\s\\S])");
      case 'z' -> out.append(END);
      case 'Q' -> {
        int end = src.indexOf("\\E", pos);
        String quoted = end < 0 ? src.substring(pos) : src.substring(pos, end);
        pos = end < 0 ? src.length() : end + 2;
        quoted.codePoints().forEach(cp -> literal(cp, flags));
      }
      case 'E' -> { }
      case 'p', 'P' -> out.append(unicodeClass(c == 'P'));
      default -> literal(escapedChar(c), flags);
    }
  }

  /** The code point of an escape that stands for one character (after the backslash and {@code c}). */
  private int escapedChar(char c) {
    switch (c) {
      case 'a': return 7;
      case 'f': return '\f';
      case 't': return '\t';
      case 'n': return '\n';
      case 'r': return '\r';
      case 'v': return 11;
      case 'x': return hex();
      default:
        if (c >= '0' && c <= '7') {
          // RE2 reads up to three octal digits; \1 to \7 alone would be back-references, which it rejects.
          int start = pos - 1;
          int end = start + 1;
          while (end < src.length() && end - start < 3 && src.charAt(end) >= '0' && src.charAt(end) <= '7') {
            end++;
          }
          if (c != '0' && end - start == 1) {
            throw error("back-references are not supported");
          }
          pos = end;
          return Integer.parseInt(src.substring(start, end), 8);
        }
        if (c < 128 && !Character.isLetterOrDigit(c)) {
          return c; // escaped punctuation is that character
        }
        throw error("invalid escape \\" + c);
    }
  }

  private int hex() {
    if (src.startsWith("{", pos)) {
      int close = src.indexOf('}', pos);
      if (close < 0) {
        throw error("unterminated \\x{");
      }
      int cp = Integer.parseInt(src.substring(pos + 1, close), 16);
      pos = close + 1;
      return cp;
    }
    if (pos + 2 > src.length()) {
      throw error("short \\x escape");
    }
    int cp = Integer.parseInt(src.substring(pos, pos + 2), 16);
    pos += 2;
    return cp;
  }

  /** \pL, \p{Greek}, \PL after the backslash and p or P, as Java writes them. */
  private String unicodeClass(boolean negated) {
    String name;
    if (src.startsWith("{", pos)) {
      int close = src.indexOf('}', pos);
      if (close < 0) {
        throw error("unterminated \\p{");
      }
      name = src.substring(pos + 1, close);
      pos = close + 1;
    } else {
      name = src.substring(pos, pos + 1);
      pos++;
    }
    if (name.startsWith("^")) {
      negated = !negated;
      name = name.substring(1);
    }
    String java = name.equals("Any") ? "all"
        : name.length() <= 2 && Character.isUpperCase(name.charAt(0)) ? name // a general category
        : "Is" + name; // a script
    return (negated ? "\\P{" : "\\p{") + java + "}";
  }

  private void literal(int cp, Flags flags) {
    if (flags.caseless) {
      List<Integer> orbit = fold(cp);
      if (orbit.size() > 1) {
        out.append('[');
        orbit.forEach(o -> out.append(classChar(o)));
        out.append(']');
        return;
      }
    }
    if (cp < 128 && "\\.^$|?*+()[]{}/".indexOf(cp) >= 0) {
      out.append('\\').append((char) cp);
    } else {
      out.append(printable(cp));
    }
  }

  /** A bracket class, after '['. */
  private String charClass(Flags flags) {
    boolean negated = src.startsWith("^", pos);
    if (negated) {
      pos++;
    }
    TreeMap<Integer, Integer> ranges = new TreeMap<>();
    StringBuilder raw = new StringBuilder(); // \p{..} items, kept as Java text
    boolean first = true;
    while (true) {
      if (pos >= src.length()) {
        throw error("missing ]");
      }
      char c = src.charAt(pos);
      if (c == ']' && !first) {
        pos++;
        break;
      }
      first = false;
      if (c == '[' && src.startsWith("[:", pos)) {
        int close = src.indexOf(":]", pos + 2);
        if (close < 0) {
          throw error("unterminated POSIX class");
        }
        String name = src.substring(pos + 2, close);
        pos = close + 2;
        boolean neg = name.startsWith("^");
        int[][] set = posix(neg ? name.substring(1) : name);
        addAll(ranges, neg ? complement(set) : set);
        continue;
      }
      if (c == '\\' && pos + 1 < src.length()) {
        char e = src.charAt(pos + 1);
        int[][] perl = switch (e) {
          case 'd' -> new int[][] {{'0', '9'}};
          case 's' -> new int[][] {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}};
          case 'w' -> new int[][] {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
          default -> null;
        };
        boolean negPerl = "DSW".indexOf(e) >= 0;
        if (negPerl) {
          perl = complement(switch (e) {
            case 'D' -> new int[][] {{'0', '9'}};
            case 'S' -> new int[][] {{'\t', '\n'}, {'\f', '\r'}, {' ', ' '}};
            default -> new int[][] {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
          });
        }
        if (perl != null) {
          pos += 2;
          addAll(ranges, perl);
          continue;
        }
        if (e == 'p' || e == 'P') {
          pos += 2;
          raw.append(unicodeClass(e == 'P'));
          continue;
        }
      }
      int lo = classAtom();
      int hi = lo;
      if (src.startsWith("-", pos) && pos + 1 < src.length() && src.charAt(pos + 1) != ']') {
        pos++;
        hi = classAtom();
        if (hi < lo) {
          throw error("invalid character class range");
        }
      }
      ranges.merge(lo, hi, Math::max);
    }
    if (flags.caseless) {
      TreeMap<Integer, Integer> folded = new TreeMap<>(ranges);
      for (var r : ranges.entrySet()) {
        for (int cp = r.getKey(); cp <= Math.min(r.getValue(), LAST_CASED); cp++) {
          for (int f : fold(cp)) {
            folded.merge(f, f, Math::max);
          }
        }
      }
      ranges = folded;
    }
    StringBuilder b = new StringBuilder("[");
    if (negated) {
      b.append('^');
    }
    for (int[] r : normalise(ranges)) {
      b.append(classChar(r[0]));
      if (r[1] > r[0]) {
        if (r[1] > r[0] + 1) {
          b.append('-');
        }
        b.append(classChar(r[1]));
      }
    }
    b.append(raw);
    if (b.length() == (negated ? 2 : 1)) {
      // RE2 accepts classes that match nothing ([^\x00-\x{10FFFF}]); Java has no empty class.
      return negated ? "[\\s\\S]" : "(?!)";
    }
    return b.append(']').toString();
  }

  /** One character of a class: a literal or an escape. */
  private int classAtom() {
    int c = src.codePointAt(pos);
    pos += Character.charCount(c);
    if (c != '\\') {
      return c;
    }
    if (pos >= src.length()) {
      throw error("trailing backslash");
    }
    return escapedChar(src.charAt(pos++));
  }

  private static void addAll(TreeMap<Integer, Integer> ranges, int[][] set) {
    for (int[] r : set) {
      ranges.merge(r[0], r[1], Math::max);
    }
  }

  /** Sorted, merged ranges. */
  private static List<int[]> normalise(TreeMap<Integer, Integer> ranges) {
    List<int[]> out = new ArrayList<>();
    for (var r : ranges.entrySet()) {
      int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && r.getKey() <= last[1] + 1) {
        last[1] = Math.max(last[1], r.getValue());
      } else {
        out.add(new int[] {r.getKey(), r.getValue()});
      }
    }
    return out;
  }

  private static int[][] complement(int[][] set) {
    TreeMap<Integer, Integer> m = new TreeMap<>();
    addAll(m, set);
    List<int[]> out = new ArrayList<>();
    int next = 0;
    for (int[] r : normalise(m)) {
      if (r[0] > next) {
        out.add(new int[] {next, r[0] - 1});
      }
      next = r[1] + 1;
    }
    if (next <= MAX_CP) {
      out.add(new int[] {next, MAX_CP});
    }
    return out.toArray(new int[0][]);
  }

  private int[][] posix(String name) {
    return switch (name) {
      case "alnum" -> new int[][] {{'0', '9'}, {'A', 'Z'}, {'a', 'z'}};
      case "alpha" -> new int[][] {{'A', 'Z'}, {'a', 'z'}};
      case "ascii" -> new int[][] {{0, 0x7F}};
      case "blank" -> new int[][] {{'\t', '\t'}, {' ', ' '}};
      case "cntrl" -> new int[][] {{0, 0x1F}, {0x7F, 0x7F}};
      case "digit" -> new int[][] {{'0', '9'}};
      case "graph" -> new int[][] {{'!', '~'}};
      case "lower" -> new int[][] {{'a', 'z'}};
      case "print" -> new int[][] {{' ', '~'}};
      case "punct" -> new int[][] {{'!', '/'}, {':', '@'}, {'[', '`'}, {'{', '~'}};
      case "space" -> new int[][] {{'\t', '\r'}, {' ', ' '}};
      case "upper" -> new int[][] {{'A', 'Z'}};
      case "word" -> new int[][] {{'0', '9'}, {'A', 'Z'}, {'_', '_'}, {'a', 'z'}};
      case "xdigit" -> new int[][] {{'0', '9'}, {'A', 'F'}, {'a', 'f'}};
      default -> throw error("unknown POSIX class " + name);
    };
  }

  /**
   * The code points RE2's case folding treats as equal to {@code cp} (its simple case-folding orbit),
   * sorted, {@code cp} included.
   */
  static List<Integer> fold(int cp) {
    TreeMap<Integer, Boolean> orbit = new TreeMap<>();
    orbit.put(cp, true);
    // Closing under upper, lower and title case finds the orbits RE2 uses, including k/K/U+212A
    // (Kelvin sign) and s/S/U+017F (long s), whose upper case is the ASCII letter.
    boolean grew = true;
    while (grew) {
      grew = false;
      for (int c : List.copyOf(orbit.keySet())) {
        for (int m : new int[] {Character.toLowerCase(c), Character.toUpperCase(c), Character.toTitleCase(c)}) {
          if (orbit.putIfAbsent(m, true) == null) {
            grew = true;
          }
        }
      }
    }
    if (cp == 'k' || cp == 'K') {
      orbit.put(0x212A, true);
    }
    if (cp == 's' || cp == 'S') {
      orbit.put(0x17F, true);
    }
    return List.copyOf(orbit.keySet());
  }

  private static String classChar(int cp) {
    if (cp < 128 && "\\]-[^".indexOf(cp) >= 0) {
      return "\\" + (char) cp;
    }
    if (cp == '&') {
      return "\\u0026"; // literal in RE2 classes, but && is an intersection in Java's
    }
    return printable(cp);
  }

  private static String printable(int cp) {
    if (cp >= 0x20 && cp < 0x7F) {
      return Character.toString(cp);
    }
    if (cp <= 0xFFFF) {
      return String.format(Locale.ROOT, "\\u%04X", cp);
    }
    return String.format(Locale.ROOT, "\\x{%X}", cp);
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException("invalid RE2 pattern " + src + ": " + what + " (at offset " + pos + ")");
  }
}
