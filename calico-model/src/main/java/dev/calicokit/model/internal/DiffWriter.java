package dev.calicokit.model.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.diff.ChangeType;
import dev.calicokit.model.diff.DocumentChange;
import dev.calicokit.model.diff.FieldChange;
import dev.calicokit.model.diff.SchemaChange;
import dev.calicokit.model.io.PrettyJson;
import java.util.List;

/** Writes a manifest diff as unified-style text (ANSI colour optional) or as JSON. */
public final class DiffWriter {
  private static final String RED = "\u001b[31m";
  private static final String GREEN = "\u001b[32m";
  private static final String CYAN = "\u001b[36m";
  private static final String BOLD = "\u001b[1m";
  private static final String RESET = "\u001b[0m";
  /** Values longer than this are cut in text output (the JSON output has them whole). */
  private static final int MAX_VALUE = 300;

  private DiffWriter() {}

  /** Unified style: {@code ---}/{@code +++} header, one {@code @@} line per document, - and + lines per field. */
  public static String text(List<DocumentChange> changes, String oldName, String newName, boolean colour) {
    StringBuilder b = new StringBuilder();
    if (changes.isEmpty()) {
      return b.toString();
    }
    line(b, colour ? BOLD : null, "--- " + oldName);
    line(b, colour ? BOLD : null, "+++ " + newName);
    int added = 0;
    int removed = 0;
    int changed = 0;
    for (DocumentChange d : changes) {
      switch (d.type()) {
        case ADDED -> {
          added++;
          line(b, colour ? GREEN : null, "@@ +" + d.key() + " (added document) @@");
        }
        case REMOVED -> {
          removed++;
          line(b, colour ? RED : null, "@@ -" + d.key() + " (removed document) @@");
        }
        default -> {
          changed++;
          line(b, colour ? CYAN : null, "@@ " + d.key() + " @@");
          for (FieldChange f : d.fieldChanges()) {
            f.before().ifPresent(v -> line(b, colour ? RED : null, "-" + f.path() + ": " + value(v)));
            f.after().ifPresent(v -> line(b, colour ? GREEN : null, "+" + f.path() + ": " + value(v)));
          }
          for (SchemaChange s : d.schemaChanges()) {
            String property = s.property().isEmpty() ? "(root)" : s.property();
            line(b, null, " schema " + s.version() + " " + property + ": " + s.kind().word());
            if (!s.before().isEmpty()) {
              line(b, colour ? RED : null, "-  " + s.before());
            }
            if (!s.after().isEmpty()) {
              line(b, colour ? GREEN : null, "+  " + s.after());
            }
          }
          if (d.textChanges() > 0) {
            line(b, null, " " + d.textChanges() + " description or message text" + (d.textChanges() == 1 ? "" : "s")
                + " changed");
          }
        }
      }
    }
    line(b, null, "documents: " + changed + " changed, " + added + " added, " + removed + " removed");
    return b.toString();
  }

  /** {@code {"equal": ..., "documents": [...]}}, every value whole. */
  public static String json(List<DocumentChange> changes) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    root.put("equal", changes.isEmpty());
    ArrayNode docs = root.putArray("documents");
    for (DocumentChange d : changes) {
      ObjectNode o = docs.addObject();
      o.put("change", d.type().word());
      o.put("apiVersion", d.key().apiVersion());
      o.put("kind", d.key().kind());
      o.put("namespace", d.key().namespace());
      o.put("name", d.key().name());
      o.put("oldIndex", d.oldIndex());
      o.put("newIndex", d.newIndex());
      if (d.type() != ChangeType.CHANGED) {
        continue;
      }
      ArrayNode fields = o.putArray("fields");
      for (FieldChange c : d.fieldChanges()) {
        ObjectNode fo = fields.addObject();
        fo.put("change", c.type().word());
        fo.put("path", c.path());
        c.before().ifPresent(v -> fo.set("before", v));
        c.after().ifPresent(v -> fo.set("after", v));
      }
      ArrayNode schema = o.putArray("schema");
      for (SchemaChange s : d.schemaChanges()) {
        ObjectNode so = schema.addObject();
        so.put("version", s.version());
        so.put("property", s.property());
        so.put("change", s.kind().word());
        so.put("before", s.before());
        so.put("after", s.after());
      }
      o.put("textChanges", d.textChanges());
    }
    return PrettyJson.write(root);
  }

  private static String value(JsonNode v) {
    String s = v.isTextual() ? quoteIfNeeded(v.textValue()) : v.toString();
    s = escapeControls(s);
    return s.length() > MAX_VALUE ? s.substring(0, MAX_VALUE) + "... (" + s.length() + " characters)" : s;
  }

  /** Plain text where it reads unambiguously, else JSON-quoted. */
  private static String quoteIfNeeded(String s) {
    boolean plain = !s.isEmpty() && s.chars().allMatch(c -> c > ' ' && c != '"' && c != '\\' && c < 0x7f);
    return plain ? s : JsonNodeFactory.instance.textNode(s).toString();
  }

  /** Control characters from the input never reach a terminal as they are. */
  private static String escapeControls(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) {
        b.append(String.format(java.util.Locale.ROOT, "\\u%04x", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  private static void line(StringBuilder b, String colour, String text) {
    if (colour != null) {
      b.append(colour).append(text).append(RESET);
    } else {
      b.append(text);
    }
    b.append('\n');
  }
}
