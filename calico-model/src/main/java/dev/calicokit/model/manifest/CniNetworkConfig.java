package dev.calicokit.model.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.internal.Json;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The CNI network configuration template that calico-config's {@code cni_network_config} key holds:
 * JSON with placeholders such as {@code __CNI_MTU__} that install-cni fills in on each node. Some
 * placeholders stand where a number goes, unquoted ({@code "mtu": __CNI_MTU__}), which is not valid
 * JSON; this type reads the template anyway, keeps each placeholder and how it was written, and
 * writes the same text back unless the content is changed.
 */
public final class CniNetworkConfig {
  private static final Pattern PLACEHOLDER = Pattern.compile("__[A-Z0-9_]+__");

  private final String text;
  private final JsonNode tree; // placeholders as strings, never handed out
  private final Set<String> unquoted;

  private CniNetworkConfig(String text, JsonNode tree, Set<String> unquoted) {
    this.text = text;
    this.tree = tree;
    this.unquoted = Set.copyOf(unquoted);
  }

  /** Reads a template; fails with the JSON error when it is not JSON even with placeholders filled. */
  public static CniNetworkConfig parse(String text) {
    Objects.requireNonNull(text, "text");
    Set<String> unquoted = new LinkedHashSet<>();
    String json = quoteBarePlaceholders(text, unquoted);
    try {
      return new CniNetworkConfig(text, Json.mapper().readTree(json), unquoted);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("cni_network_config is not a JSON template: " + e.getOriginalMessage(), e);
    }
  }

  /** Puts quotes around placeholders that stand outside strings, noting which they were. */
  private static String quoteBarePlaceholders(String text, Set<String> unquoted) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean inString = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (inString) {
        out.append(c);
        if (c == '\\' && i + 1 < text.length()) {
          out.append(text.charAt(++i));
        } else if (c == '"') {
          inString = false;
        }
        continue;
      }
      if (c == '"') {
        inString = true;
        out.append(c);
        continue;
      }
      Matcher m = PLACEHOLDER.matcher(text);
      if (c == '_' && m.find(i) && m.start() == i) {
        unquoted.add(m.group());
        out.append('"').append(m.group()).append('"');
        i = m.end() - 1;
        continue;
      }
      out.append(c);
    }
    return out.toString();
  }

  /** The template text, exactly as read (or as rendered after a change). */
  public String text() {
    return text;
  }

  /** The template as JSON, placeholders as strings; a fresh copy, free to change. */
  public JsonNode tree() {
    return tree.deepCopy();
  }

  /** Every placeholder the template uses, quoted or not. */
  public Set<String> placeholders() {
    Set<String> all = new LinkedHashSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      all.add(m.group());
    }
    return all;
  }

  /** The placeholders written where a number or other non-string goes, without quotes. */
  public Set<String> unquotedPlaceholders() {
    return unquoted;
  }

  /**
   * A template with new content: JSON with two-space indentation, placeholders that were unquoted
   * written unquoted again.
   */
  public CniNetworkConfig withTree(JsonNode content) {
    try {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"));
      String rendered = Json.mapper().writer(pp).writeValueAsString(content);
      for (String p : unquoted) {
        rendered = rendered.replace("\"" + p + "\"", p);
      }
      return new CniNetworkConfig(rendered, content.deepCopy(), unquoted);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CniNetworkConfig && ((CniNetworkConfig) o).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
