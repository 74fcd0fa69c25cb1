package dev.calicokit.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.io.PrettyJson;
import dev.calicokit.schemas.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Findings as one SARIF 2.1.0 log (the format GitHub code scanning and other code-scanning tools read):
 * one run of the tool {@code calico}, its rules (every rule id found, in name order) and one result
 * per finding with its file, line and column and, as logical location, the document's kind, name and
 * JSON pointer.
 */
final class SarifFormat {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SarifFormat() {}

  static String write(List<Finding> findings, String toolVersion) {
    ObjectNode log = NODES.objectNode();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "calico");
    driver.put("version", toolVersion);
    driver.put("informationUri", "https://github.com/calicokit/calicokit");
    List<String> rules = new ArrayList<>(new TreeSet<>(findings.stream().map(Finding::rule).toList()));
    ArrayNode ruleArray = driver.putArray("rules");
    for (String rule : rules) {
      ruleArray.addObject().put("id", rule).putObject("shortDescription").put("text", "calico validate rule " + rule);
    }
    ArrayNode results = run.putArray("results");
    for (Finding f : findings) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.rule());
      r.put("ruleIndex", rules.indexOf(f.rule()));
      r.put("level", switch (f.severity()) {
        case ERROR -> "error";
        case WARNING -> "warning";
        default -> "note";
      });
      r.putObject("message").put("text", f.message());
      ObjectNode location = r.putArray("locations").addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      physical.putObject("artifactLocation").put("uri", uri(f.file().orElse("-")));
      if (f.line().isPresent()) {
        ObjectNode region = physical.putObject("region");
        region.put("startLine", f.line().getAsInt());
        if (f.column().isPresent()) {
          region.put("startColumn", f.column().getAsInt());
        }
      }
      String where = f.kind().orElse("") + f.name().map(n -> "/" + n).orElse("") + f.path();
      if (!where.isEmpty()) {
        location.putArray("logicalLocations").addObject().put("fullyQualifiedName", where).put("kind", "object");
      }
      r.putObject("properties").put("document", f.document());
    }
    return PrettyJson.write(log);
  }

  /** A relative URI reference for a file name: forward slashes, and anything outside a path's safe characters escaped. */
  static String uri(String file) {
    StringBuilder out = new StringBuilder();
    for (byte b : file.replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean safe = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0;
      out.append(safe ? String.valueOf((char) c) : String.format(java.util.Locale.ROOT, "%%%02X", c));
    }
    return out.toString();
  }
}
