package dev.calicokit.model.internal.docs;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The model's Javadoc as plain text at run time, kept by {@link DocCommentProcessor} at build time. */
public final class DocComments {
  /** Where the processor writes the texts, on the class path. */
  public static final String RESOURCE = "dev/calicokit/model/doc-comments.tsv";

  private static final Pattern INLINE_TAG = Pattern.compile("\\{@(?:code|literal|link|linkplain|value)\\s+([^}]*)}");
  private static final Pattern HTML = Pattern.compile("</?(?:p|ul|ol|li|em|strong|b|i|pre|code)\\s*/?>");

  private static volatile Map<String, String> loaded;

  private DocComments() {}

  /** The description of a model type, when it has one. */
  public static Optional<String> of(Class<?> type) {
    return Optional.ofNullable(all().get(type.getName()));
  }

  /** The description of a model accessor, looked up on the interface that declares it. */
  public static Optional<String> of(Method accessor) {
    return Optional.ofNullable(all().get(accessor.getDeclaringClass().getName() + "#" + accessor.getName()));
  }

  private static Map<String, String> all() {
    Map<String, String> m = loaded;
    if (m == null) {
      m = load();
      loaded = m;
    }
    return m;
  }

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    InputStream in = DocComments.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      return Collections.emptyMap();
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int tab = line.indexOf('\t');
        if (tab > 0) {
          m.put(line.substring(0, tab), unescape(line.substring(tab + 1)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * A Javadoc comment as one plain paragraph: block tags dropped, inline tags replaced by their text,
   * HTML removed, white space collapsed. Paragraph breaks ({@code <p>}) become blank lines.
   */
  static String plainText(String comment) {
    StringBuilder body = new StringBuilder();
    for (String line : comment.split("\n")) {
      if (line.trim().startsWith("@")) {
        break; // block tags (@param, @see, ...) are for Java readers only
      }
      body.append(line).append('\n');
    }
    String text = body.toString().replaceAll("(?i)<p>", "\u0000");
    Matcher m = INLINE_TAG.matcher(text);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String inner = m.group(1).trim();
      int hash = inner.indexOf('#');
      if (hash >= 0 && m.group().startsWith("{@link")) {
        inner = inner.substring(hash + 1).replaceAll("\\(.*\\)", "");
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(inner));
    }
    m.appendTail(sb);
    text = HTML.matcher(sb.toString()).replaceAll("");
    text = text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&#64;", "@");
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\u0000")) {
      String p = paragraph.replaceAll("\\s+", " ").trim();
      if (!p.isEmpty()) {
        out.append(out.length() == 0 ? "" : "\n\n").append(p);
      }
    }
    return out.toString();
  }

  static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
  }

  static String unescape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 'n' ? '\n' : n == 't' ? '\t' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
