package dev.calicokit.schemas.internal.calico;

import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.schema.ApiGroup;
import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.Severity;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.model.values.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One Calico document under check: its typed form, group, release and where findings go. Rules read
 * the typed resource ({@link #resource}); the tree ({@link #spec()}) is for what the typed form cannot
 * hold, and each use of it says why.
 */
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

  Release release() {
    return release;
  }

  ApiGroup group() {
    return group;
  }

  String kind() {
    return doc.kind();
  }

  /**
   * The document bound to the model type of its kind; empty when it does not fit the model (the schema
   * layer reports why), and then only the rules that read the tree apply. Binding happens once per
   * document and is shared with the other layers.
   */
  <T> Optional<T> resource(Class<T> type) {
    return doc.as(type);
  }

  /** The document bound to the model type of its kind, see {@link #resource(Class)}. */
  Optional<CalicoResource> resource() {
    return doc.as(CalicoResource.class);
  }

  /** A value found in the typed resource, with its JSON pointer. */
  record Placed<T>(T value, String pointer) {}

  private List<Placed<Selector>> selectors;

  /**
   * Every selector of the typed resource with its pointer, in the model's field order; found once per
   * document, as the syntax and the satisfiability rules both read them. Empty when it does not bind.
   */
  List<Placed<Selector>> selectors() {
    if (selectors == null) {
      List<Placed<Selector>> found = new ArrayList<>();
      resource().ifPresent(r -> TypedValues.visit(r, Selector.class, (s, pointer) -> found.add(new Placed<>(s, pointer))));
      selectors = found;
    }
    return selectors;
  }

  /** The spec as written, or a missing node: for what the typed form cannot hold. */
  JsonNode spec() {
    return doc.tree().path("spec");
  }

  /**
   * Whether an earlier layer (the CRD schema, its CEL rules) already gave an error at {@code pointer} of
   * this document: a Calico rule that says the same of the same field then stays silent.
   */
  boolean errorAt(String pointer) {
    return sink.findings().stream().anyMatch(f -> f.document() == doc.index() && f.severity() == Severity.ERROR
        && f.path().equals(pointer));
  }

  void error(String rule, String pointer, String message) {
    sink.error(rule, doc, pointer, message);
  }

  void warning(String rule, String pointer, String message) {
    sink.warning(rule, doc, pointer, message);
  }

  /** Quotes a value for a message. */
  static String q(String s) {
    return "\"" + s + "\"";
  }
}
