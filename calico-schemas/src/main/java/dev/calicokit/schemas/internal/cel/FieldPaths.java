package dev.calicokit.schemas.internal.cel;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code fieldPath} of a validation rule ({@code .spec.ports}, {@code .labels['a.b/c']}) into
 * JSON pointer tokens, so that a finding can point below the value the rule sits on, as the API server
 * points its error there.
 */
final class FieldPaths {
  private FieldPaths() {}

  /** The tokens of {@code fieldPath}; empty for "" and for a path we cannot read (then the rule's own place is used). */
  static List<String> tokens(String fieldPath) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = fieldPath.length();
    while (i < n) {
      char c = fieldPath.charAt(i);
      if (c == '.') {
        int j = i + 1;
        while (j < n && fieldPath.charAt(j) != '.' && fieldPath.charAt(j) != '[') {
          j++;
        }
        if (j == i + 1) {
          return List.of();
        }
        out.add(fieldPath.substring(i + 1, j));
        i = j;
      } else if (c == '[' && i + 1 < n && (fieldPath.charAt(i + 1) == '\'' || fieldPath.charAt(i + 1) == '"')) {
        char quote = fieldPath.charAt(i + 1);
        int end = fieldPath.indexOf(quote, i + 2);
        if (end < 0 || end + 1 >= n || fieldPath.charAt(end + 1) != ']') {
          return List.of();
        }
        out.add(fieldPath.substring(i + 2, end));
        i = end + 2;
      } else if (c == '[') {
        int end = fieldPath.indexOf(']', i);
        String index = end < 0 ? "" : fieldPath.substring(i + 1, end);
        if (index.isEmpty() || !index.chars().allMatch(Character::isDigit)) {
          return List.of();
        }
        out.add(index);
        i = end + 1;
      } else {
        return List.of();
      }
    }
    return List.copyOf(out);
  }
}
