package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.ValidatedDocument;
import java.util.Optional;

/** One Calico document under check: its tree, group, release and where findings go. */
final class DocCheck {
  private final ValidatedDocument doc;
  private final FindingSink sink;
  private final Release release;
  private final ApiGroup group;

  DocCheck(ValidatedDocument doc, FindingSink sink, Release release, ApiGroup group) {
    this.doc = doc;
    this.sink = sink;
    this.release = release;
    this.group = group;
  }

  ValidatedDocument doc() {
    return doc;
  }

  Release release() {
    return release;
  }

  ApiGroup group() {
    return group;
  }

  String kind() {
    return doc.kind();
  }

  Optional<String> name() {
    return doc.name();
  }

  /** The spec, or a missing node. */
  JsonNode spec() {
    return doc.tree().path("spec");
  }

  void error(String rule, String pointer, String message) {
    sink.error(rule, doc, pointer, message);
  }

  void warning(String rule, String pointer, String message) {
    sink.warning(rule, doc, pointer, message);
  }

  /** The text of a string field; empty when absent, null or not a string. */
  static Optional<String> text(JsonNode parent, String field) {
    JsonNode n = parent.get(field);
    return n != null && n.isTextual() ? Optional.of(n.asText()) : Optional.empty();
  }

  /** True when the field holds a value other than null. */
  static boolean present(JsonNode parent, String field) {
    JsonNode n = parent.get(field);
    return n != null && !n.isNull() && !n.isMissingNode();
  }

  /** True when the field holds a non-empty array or object, or a non-empty string. */
  static boolean nonEmpty(JsonNode parent, String field) {
    JsonNode n = parent.get(field);
    if (n == null || n.isNull()) {
      return false;
    }
    if (n.isContainerNode()) {
      return n.size() > 0;
    }
    return !n.isTextual() || !n.asText().isEmpty();
  }

  /** True when the boolean field is set to true (as a boolean). */
  static boolean isTrue(JsonNode parent, String field) {
    JsonNode n = parent.get(field);
    return n != null && n.isBoolean() && n.asBoolean();
  }

  /** Quotes a value for a message. */
  static String q(String s) {
    return "\"" + s + "\"";
  }
}
