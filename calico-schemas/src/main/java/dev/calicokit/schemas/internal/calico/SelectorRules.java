package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.selector.SelectorSyntaxException;
import dev.calicokit.model.values.Selector;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * Parses every selector string of a Calico resource with the model's parser of Calico's selector
 * language, wherever it appears in the spec (policy, rule, pool, BGP peer, Felix configuration ...).
 */
final class SelectorRules {
  /** The fields that hold selector expressions in Calico's kinds. */
  static final Set<String> SELECTOR_FIELDS = Set.of("selector", "notSelector", "namespaceSelector",
      "serviceAccountSelector", "nodeSelector", "peerSelector", "localWorkloadSelector");

  private SelectorRules() {}

  static void check(DocCheck c) {
    walk(c, c.spec(), "/spec");
  }

  private static void walk(DocCheck c, JsonNode node, String pointer) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String p = Pointer.at(pointer, e.getKey());
        if (SELECTOR_FIELDS.contains(e.getKey()) && e.getValue().isTextual()) {
          parse(c, e.getValue().asText(), p);
        } else {
          walk(c, e.getValue(), p);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(c, node.get(i), Pointer.at(pointer, i));
      }
    }
  }

  /** Reports a selector that does not parse, naming the position (0-based) and what was expected. */
  static void parse(DocCheck c, String text, String pointer) {
    try {
      Selector.of(text).expression();
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
