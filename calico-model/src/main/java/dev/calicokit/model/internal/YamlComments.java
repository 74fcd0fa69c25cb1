package dev.calicokit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.manifest.DocumentComment;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The comments of one YAML document, attached to the nodes they annotate by JSON pointer, so that they
 * survive binding to typed objects and edits: lines before the document's content ({@link #head}),
 * lines before a key or a list item ({@link #before}), the comment at the end of a node's line
 * ({@link #endOfLine}) and lines after the last node ({@link #tail}). Each text is what followed the
 * {@code #}, as written. Immutable.
 */
public final class YamlComments {
  public static final YamlComments NONE = new YamlComments(List.of(), Map.of(), Map.of(), List.of());

  private final List<String> head;
  private final Map<String, List<String>> before;
  private final Map<String, String> endOfLine;
  private final List<String> tail;

  YamlComments(List<String> head, Map<String, List<String>> before, Map<String, String> endOfLine, List<String> tail) {
    this.head = List.copyOf(head);
    Map<String, List<String>> b = new LinkedHashMap<>();
    before.forEach((k, v) -> b.put(k, List.copyOf(v)));
    this.before = java.util.Collections.unmodifiableMap(b);
    this.endOfLine = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(endOfLine));
    this.tail = List.copyOf(tail);
  }

  public boolean isEmpty() {
    return head.isEmpty() && before.isEmpty() && endOfLine.isEmpty() && tail.isEmpty();
  }

  public List<String> head() {
    return head;
  }

  public List<String> tail() {
    return tail;
  }

  /** Lines written before the key or list item at the pointer; empty when none. */
  public List<String> before(String pointer) {
    return before.getOrDefault(pointer, List.of());
  }

  /** The comment at the end of the line of the node at the pointer, or null. */
  public String endOfLine(String pointer) {
    return endOfLine.get(pointer);
  }

  /** Every comment text, in no particular order: what a check for lost comments compares. */
  public List<String> all() {
    List<String> out = new ArrayList<>(head);
    before.values().forEach(out::addAll);
    out.addAll(endOfLine.values());
    out.addAll(tail);
    return out;
  }

  /** Every comment with its place: the head's lines, those before nodes and at line ends in reading order, the tail's. */
  public List<DocumentComment> toList() {
    List<DocumentComment> out = new ArrayList<>();
    head.forEach(t -> out.add(new DocumentComment(DocumentComment.Place.HEAD, "", t)));
    before.forEach((p, lines) -> lines.forEach(t -> out.add(new DocumentComment(DocumentComment.Place.BEFORE, p, t))));
    endOfLine.forEach((p, t) -> out.add(new DocumentComment(DocumentComment.Place.END_OF_LINE, p, t)));
    tail.forEach(t -> out.add(new DocumentComment(DocumentComment.Place.TAIL, "", t)));
    return out;
  }

  /** The comments given, in their order; two at the end of one node's line are joined as the reader joins them. */
  public static YamlComments of(List<DocumentComment> comments) {
    Builder b = new Builder();
    for (DocumentComment c : comments) {
      switch (c.place()) {
        case HEAD -> b.head(c.text());
        case BEFORE -> b.before(c.pointer(), c.text());
        case END_OF_LINE -> b.endOfLine(c.pointer(), c.text());
        case TAIL -> b.tail(c.text());
        default -> throw new IllegalStateException(c.place().name());
      }
    }
    return b.build();
  }

  /** These comments with {@code lines} added before the head's. */
  public YamlComments withHeadFirst(List<String> lines) {
    if (lines.isEmpty()) {
      return this;
    }
    List<String> h = new ArrayList<>(lines);
    h.addAll(head);
    return new YamlComments(h, before, endOfLine, tail);
  }

  /** These comments with {@code lines} added after the tail's. */
  public YamlComments withTailLast(List<String> lines) {
    if (lines.isEmpty()) {
      return this;
    }
    List<String> t = new ArrayList<>(tail);
    t.addAll(lines);
    return new YamlComments(head, before, endOfLine, t);
  }

  /**
   * These comments fitted to a tree: a comment whose node the tree no longer has (an edit removed it,
   * a merge key was applied) moves before its closest enclosing node that the tree has, or to the head,
   * so that nothing is dropped and every comment has a place to be written.
   */
  public YamlComments fittedTo(JsonNode tree) {
    if (isEmpty()) {
      return this;
    }
    Set<String> present = new HashSet<>();
    collect(tree, "", present);
    boolean allPresent = before.keySet().stream().allMatch(present::contains)
        && endOfLine.keySet().stream().allMatch(present::contains);
    if (allPresent) {
      return this;
    }
    List<String> h = new ArrayList<>(head);
    Map<String, List<String>> b = new LinkedHashMap<>();
    Map<String, String> e = new LinkedHashMap<>();
    before.forEach((pointer, lines) -> {
      String at = closestPresent(pointer, present);
      (at.isEmpty() ? h : b.computeIfAbsent(at, k -> new ArrayList<>())).addAll(lines);
    });
    endOfLine.forEach((pointer, text) -> {
      if (present.contains(pointer)) {
        e.put(pointer, text);
      } else {
        String at = closestPresent(pointer, present);
        (at.isEmpty() ? h : b.computeIfAbsent(at, k -> new ArrayList<>())).add(text);
      }
    });
    return new YamlComments(h, b, e, tail);
  }

  private static String closestPresent(String pointer, Set<String> present) {
    String at = pointer;
    while (!at.isEmpty() && !present.contains(at)) {
      at = at.substring(0, at.lastIndexOf('/'));
    }
    return at;
  }

  private static void collect(JsonNode n, String at, Set<String> out) {
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> {
        String p = at + "/" + dev.calicokit.model.io.JsonPointers.escape(e.getKey());
        out.add(p);
        collect(e.getValue(), p, out);
      });
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        String p = at + "/" + i;
        out.add(p);
        collect(n.get(i), p, out);
      }
    }
  }

  /** Collects a document's comments as the reader meets them. */
  static final class Builder {
    private final List<String> head = new ArrayList<>();
    private final Map<String, List<String>> before = new LinkedHashMap<>();
    private final Map<String, String> endOfLine = new LinkedHashMap<>();
    private final List<String> tail = new ArrayList<>();

    void head(String text) {
      head.add(text);
    }

    void tail(String text) {
      tail.add(text);
    }

    void before(String pointer, String text) {
      before.computeIfAbsent(pointer, k -> new ArrayList<>()).add(text);
    }

    /** A second comment at the end of the same node's line (rare: a list item's dash line) joins the first. */
    void endOfLine(String pointer, String text) {
      endOfLine.merge(pointer, text, (a, b) -> a + " #" + b);
    }

    YamlComments build() {
      return new YamlComments(head, before, endOfLine, tail);
    }
  }
}
