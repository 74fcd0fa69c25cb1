package dev.calicokit.schemas.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.internal.Json;
import dev.calicokit.schemas.Finding;
import dev.calicokit.schemas.Severity;
import java.io.UncheckedIOException;
import java.util.List;

/** The text and JSON renderings of findings. The JSON keys are a contract with other tools: keep them. */
public final class FindingFormats {
  private static final ObjectMapper JSON = new ObjectMapper();

  private FindingFormats() {}

  /** One line per finding and a summary line. */
  public static String text(List<Finding> findings) {
    StringBuilder out = new StringBuilder();
    for (Finding f : findings) {
      out.append(f.file().orElse("<input>"));
      if (f.line().isPresent()) {
        out.append(':').append(f.line().getAsInt());
        if (f.column().isPresent()) {
          out.append(':').append(f.column().getAsInt());
        }
      }
      out.append(": ").append(f.severity().label()).append(": ").append(f.message())
          .append(" [").append(f.rule()).append("] (document ").append(f.document());
      f.kind().ifPresent(k -> out.append(", ").append(k));
      f.name().ifPresent(n -> out.append(' ').append(n));
      if (!f.path().isEmpty()) {
        out.append(", ").append(f.path());
      }
      out.append(")\n");
    }
    long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
    long warnings = findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
    long infos = findings.size() - errors - warnings;
    out.append(errors).append(errors == 1 ? " error, " : " errors, ")
        .append(warnings).append(warnings == 1 ? " warning, " : " warnings, ")
        .append(infos).append(infos == 1 ? " info\n" : " infos\n");
    return out.toString();
  }

  /** A JSON array of findings with the stable keys, two-space indented, final newline. */
  public static String json(List<Finding> findings) {
    ArrayNode array = JSON.createArrayNode();
    for (Finding f : findings) {
      ObjectNode o = array.addObject();
      o.put("file", f.file().orElse(null));
      o.put("document", f.document());
      o.put("kind", f.kind().orElse(null));
      o.put("name", f.name().orElse(null));
      o.put("path", f.path());
      if (f.line().isPresent()) {
        o.put("line", f.line().getAsInt());
      } else {
        o.putNull("line");
      }
      if (f.column().isPresent()) {
        o.put("column", f.column().getAsInt());
      } else {
        o.putNull("column");
      }
      o.put("severity", f.severity().label());
      o.put("rule", f.rule());
      o.put("message", f.message());
    }
    try {
      return Json.prettyTrees().writeValueAsString(array) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
