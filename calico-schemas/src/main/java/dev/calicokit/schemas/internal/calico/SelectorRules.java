package dev.calicokit.schemas.internal.calico;

import dev.calicokit.model.selector.SelectorSyntaxException;
import dev.calicokit.model.values.Selector;

/**
 * Parses every selector of a Calico resource with the model's parser of Calico's selector language,
 * wherever it appears in the spec (policy, rule, pool, BGP peer, Felix configuration ...): the model
 * types say which fields are selectors, and the typed resource is walked for them.
 */
final class SelectorRules {
  private SelectorRules() {}

  static void check(DocCheck c) {
    c.selectors().forEach(s -> parse(c, s.value(), s.pointer()));
  }

  /** Reports a selector that does not parse, naming the position (0-based) and what was expected. */
  private static void parse(DocCheck c, Selector selector, String pointer) {
    String text = selector.text();
    try {
      selector.expression();
    } catch (SelectorSyntaxException e) {
      String found = e.position() < text.length() ? "\"" + text.substring(e.position()) + "\"" : "the end";
      c.error("calico.selector.syntax", pointer, "selector " + DocCheck.q(text) + " does not parse at position "
          + e.position() + ": expected " + e.expected() + ", found " + found);
    }
  }

  /** True when the selector uses {@code global()} anywhere. */
  static boolean usesGlobal(String text) {
    return text.contains("global()");
  }
}
