package dev.calicokit.model.manifest;

import dev.calicokit.model.io.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.internal.BindFailures;
import dev.calicokit.model.internal.CanonicalWriter;
import dev.calicokit.model.internal.Fabric8CanonicalTrees;
import dev.calicokit.model.internal.Fabric8Trees;
import dev.calicokit.model.internal.YamlComments;
import dev.calicokit.model.internal.Jackson3;
import dev.calicokit.model.internal.Json;
import dev.calicokit.model.io.Kinds;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One document of a manifest, immutable: a Kubernetes built-in kind held as a fabric8 object, a Calico
 * (or network-policy) kind held as the model's type, or any other kind kept whole as a generic tree.
 *
 * <p>fabric8 objects are mutable, so the document keeps its own copy and {@link #as} hands out fresh
 * copies. Explicit {@code null} values that the typed form cannot hold (fabric8 and the model treat
 * null as absent) are remembered with their place and written back, so nothing read is lost.
 */
public final class ManifestDocument {
  /** What a document is held as. */
  public enum Type {
    /** A Kubernetes built-in kind, held as a fabric8 object. */
    KUBERNETES,
    /** A kind of the Calico model. */
    CALICO,
    /** Any other kind, kept as a generic tree. */
    GENERIC
  }

  private final Type type;
  // fabric8 HasMetadata (private copy), Serialized (a fabric8 object built in code or read), CalicoResource,
  // or JsonNode (private)
  private final Object value;

  /**
   * A fabric8 object built in code or read from a source, held as what it serializes to: taking the tree
   * is all that writing needs, and binding a fresh object only when one is asked for spares a cold JVM
   * the costly deserializer set-up (the main cost of render and fmt). Equal, in every way the API shows,
   * to holding a copy of the object.
   */
  private record Serialized(Class<? extends HasMetadata> type, JsonNode tree) {
    HasMetadata bind() {
      return Jackson3.bind(tree, type);
    }
  }
  private final List<NullSpot> nulls;
  private final int sourceIndex;
  private final int sourceLine;
  /** The comments read with the document, by the pointer of the node each annotates. */
  private final YamlComments comments;

  /**
   * A value the typed form cannot tell from absent (null, an empty list or map) found in the source:
   * where, before which key it stood, and what it was.
   */
  private record NullSpot(String parentPointer, String key, String nextKey, JsonNode value) {}

  private ManifestDocument(Type type, Object value, List<NullSpot> nulls, int sourceIndex, int sourceLine) {
    this(type, value, nulls, sourceIndex, sourceLine, YamlComments.NONE);
  }

  private ManifestDocument(Type type, Object value, List<NullSpot> nulls, int sourceIndex, int sourceLine,
      YamlComments comments) {
    this.type = type;
    this.value = value;
    this.nulls = nulls;
    this.sourceIndex = sourceIndex;
    this.sourceLine = sourceLine;
    this.comments = comments;
  }

  /** This document with the comments read with it. */
  ManifestDocument withYamlComments(YamlComments c) {
    return new ManifestDocument(type, value, nulls, sourceIndex, sourceLine, c);
  }

  /** The comments read with this document. */
  YamlComments yamlComments() {
    return comments;
  }

  /** The comments of this document, each with the node it annotates: what {@link #toYaml()} writes. */
  public List<DocumentComment> comments() {
    return comments.toList();
  }

  /**
   * This document with these comments instead of its own (none removes them). A comment whose pointer
   * names no node of the document is written before the closest enclosing node it has, as an edit
   * moves the comments of what it removes.
   */
  public ManifestDocument withComments(List<DocumentComment> list) {
    return withYamlComments(YamlComments.of(List.copyOf(list)));
  }

  /**
   * A document holding {@code resource} (as {@link #of(Object)} takes it) in this one's place: the
   * comments read with this document are kept where the nodes they annotate are still there, and a
   * comment whose node the new content lacks moves before the closest enclosing node it has. This is
   * how an edit changes a document without losing the comments of what it does not touch.
   */
  public ManifestDocument replacedBy(Object resource) {
    ManifestDocument d = of(resource);
    return d.withYamlComments(comments);
  }

  /**
   * A document for a resource built in code: a fabric8 object (copied), a model resource, a
   * fabric8 {@code GenericKubernetesResource} (bound to the model type when its kind is Calico's), a
   * Jackson tree (bound by its apiVersion and kind) or a document already made.
   */
  public static ManifestDocument of(Object resource) {
    Objects.requireNonNull(resource, "resource");
    if (resource instanceof ManifestDocument) {
      return (ManifestDocument) resource; // immutable: nothing to copy
    }
    if (resource instanceof CalicoResource) {
      return new ManifestDocument(Type.CALICO, resource, List.of(), -1, 0);
    }
    if (resource instanceof GenericKubernetesResource) {
      return fromTree(Fabric8Trees.tree(resource), -1, 0);
    }
    if (resource instanceof HasMetadata) {
      return new ManifestDocument(Type.KUBERNETES,
          new Serialized(((HasMetadata) resource).getClass(), Fabric8Trees.tree(resource)), List.of(), -1, 0);
    }
    if (resource instanceof JsonNode) {
      return fromTree((JsonNode) resource, -1, 0);
    }
    throw new IllegalArgumentException("not a Kubernetes resource: " + resource.getClass().getName());
  }

  /**
   * A document from a tree this library wrote itself in canonical form ({@link #toTree()} of a
   * document, or a canonical manifest's document). A built-in kind is bound to its fabric8 type only
   * when a typed form is asked for, which spares a cold JVM the deserializer set-up; a tree that is not
   * canonical is kept as given and fails, if it does not bind, only then. Other kinds are read as
   * {@link #of(Object)} reads a tree.
   */
  public static ManifestDocument ofCanonicalTree(JsonNode tree) {
    Optional<Class<? extends HasMetadata>> builtIn =
        BuiltInKinds.forType(tree.path("apiVersion").asText(""), tree.path("kind").asText(""));
    if (builtIn.isEmpty()) {
      return fromTree(tree, -1, 0);
    }
    return new ManifestDocument(Type.KUBERNETES, new Serialized(builtIn.get(), tree.deepCopy()), List.of(), -1, 0);
  }

  /** A document read from a source: typed by its apiVersion and kind, nulls and empty containers remembered. */
  static ManifestDocument fromTree(JsonNode tree, int sourceIndex, int sourceLine) {
    String apiVersion = tree.path("apiVersion").asText("");
    String kind = tree.path("kind").asText("");
    List<NullSpot> nulls = new ArrayList<>();
    collectNulls(tree, nulls);
    Optional<Class<? extends HasMetadata>> builtIn = BuiltInKinds.forType(apiVersion, kind);
    if (builtIn.isPresent()) {
      // Held as what the fabric8 object would write, found by walking the tree along fabric8's shape,
      // and bound only when a typed form is asked for; where only binding can tell, bound now.
      Optional<JsonNode> written = Fabric8CanonicalTrees.tree(tree, builtIn.get());
      Object held = written.isPresent() ? new Serialized(builtIn.get(), written.get()) : Jackson3.bind(tree, builtIn.get());
      return new ManifestDocument(Type.KUBERNETES, held, List.copyOf(nulls), sourceIndex, sourceLine);
    }
    Optional<Class<? extends CalicoResource>> calico = Kinds.forType(apiVersion, kind);
    if (calico.isPresent()) {
      try {
        CalicoResource r = Json.mapper().treeToValue(tree, calico.get());
        return new ManifestDocument(Type.CALICO, r, List.copyOf(nulls), sourceIndex, sourceLine);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalArgumentException(e.getOriginalMessage(), e);
      }
    }
    return new ManifestDocument(Type.GENERIC, headerFirst(tree.deepCopy()), List.of(), sourceIndex, sourceLine);
  }

  /** Where the scan is, as a chain; the pointer text is built only for the few places that need it. */
  private record Path(Path parent, String segment) {
    String pointer() {
      return parent == null ? "" : parent.pointer() + "/" + segment;
    }
  }

  private static void collectNulls(JsonNode root, List<NullSpot> out) {
    collectNulls(root, new Path(null, null), out);
  }

  private static void collectNulls(JsonNode n, Path at, List<NullSpot> out) {
    if (n.isObject()) {
      // One pass: a kept value learns the key that follows it when that key comes along.
      String pendingKey = null;
      JsonNode pendingValue = null;
      Iterator<Map.Entry<String, JsonNode>> it = n.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        if (pendingKey != null) {
          out.add(new NullSpot(at.pointer(), pendingKey, e.getKey(), pendingValue));
          pendingKey = null;
        }
        JsonNode v = e.getValue();
        if (v.isNull() || v.isContainerNode() && v.isEmpty()) {
          pendingKey = e.getKey();
          pendingValue = v.deepCopy();
        } else if (v.isContainerNode()) {
          collectNulls(v, new Path(at, JsonPointers.escape(e.getKey())), out);
        }
      }
      if (pendingKey != null) {
        out.add(new NullSpot(at.pointer(), pendingKey, null, pendingValue));
      }
    } else if (n.isArray()) {
      for (int i = 0; i < n.size(); i++) {
        JsonNode v = n.get(i);
        if (v.isContainerNode()) {
          collectNulls(v, new Path(at, Integer.toString(i)), out);
        }
      }
    }
  }

  /** What the document is held as. */
  public Type type() {
    return type;
  }

  /** The document's apiVersion. */
  public String apiVersion() {
    if (value instanceof CalicoResource) {
      return ((CalicoResource) value).apiVersion();
    }
    return value instanceof HasMetadata ? ((HasMetadata) value).getApiVersion() : heldTree().path("apiVersion").asText("");
  }

  /** The document's kind. */
  public String kind() {
    if (value instanceof CalicoResource) {
      return ((CalicoResource) value).kind();
    }
    return value instanceof HasMetadata ? ((HasMetadata) value).getKind() : heldTree().path("kind").asText("");
  }

  /** The document's name, when it has one. */
  public Optional<String> name() {
    if (value instanceof CalicoResource) {
      return ((CalicoResource) value).metadata().name();
    }
    if (value instanceof HasMetadata) {
      return Optional.ofNullable(((HasMetadata) value).getMetadata()).map(m -> m.getName());
    }
    return text(heldTree().path("metadata").path("name"));
  }

  /** The document's namespace, when it has one. */
  public Optional<String> namespace() {
    if (value instanceof CalicoResource) {
      return ((CalicoResource) value).metadata().namespace();
    }
    if (value instanceof HasMetadata) {
      return Optional.ofNullable(((HasMetadata) value).getMetadata()).map(m -> m.getNamespace());
    }
    return text(heldTree().path("metadata").path("namespace"));
  }

  /** The tree held by a generic document or a built-in one held as what it serializes to. */
  private JsonNode heldTree() {
    return value instanceof Serialized ? ((Serialized) value).tree() : (JsonNode) value;
  }

  private static Optional<String> text(JsonNode n) {
    return n.isTextual() ? Optional.of(n.textValue()) : Optional.empty();
  }

  /** The 0-based position the document had in the file it was read from; -1 when built in code. */
  public int sourceIndex() {
    return sourceIndex;
  }

  /** The 1-based line the document started on in its source; 0 when built in code. */
  public int sourceLine() {
    return sourceLine;
  }

  /**
   * The document as the given type, when it is one: fabric8 objects are fresh copies, free to change;
   * model objects are immutable and handed out as they are.
   */
  public <T> Optional<T> as(Class<T> wanted) {
    if (value instanceof Serialized) {
      Serialized built = (Serialized) value;
      return wanted.isAssignableFrom(built.type()) ? Optional.of(wanted.cast(built.bind())) : Optional.empty();
    }
    if (!wanted.isInstance(value)) {
      return Optional.empty();
    }
    if (type == Type.KUBERNETES) {
      return Optional.of(wanted.cast(Jackson3.copy(value)));
    }
    return Optional.of(wanted.cast(value));
  }

  /** The document as a fabric8 generic resource (a fresh object), whatever it is held as. */
  public GenericKubernetesResource toGeneric() {
    return Jackson3.mapper().treeToValue(Jackson3.toJackson3(toTree()), GenericKubernetesResource.class);
  }

  /** The document as a fresh Jackson tree: header first, typed fields in their type's order, nulls kept. */
  public JsonNode toTree() {
    JsonNode tree;
    switch (type) {
      case KUBERNETES:
        tree = value instanceof Serialized ? ((Serialized) value).tree().deepCopy() : Fabric8Trees.tree(value);
        break;
      case CALICO:
        tree = Json.mapper().valueToTree(value);
        break;
      default:
        tree = ((JsonNode) value).deepCopy();
    }
    for (NullSpot n : nulls) {
      JsonNode parent = n.parentPointer().isEmpty() ? tree : tree.at(n.parentPointer());
      if (parent instanceof ObjectNode && !parent.has(n.key())) {
        insertBefore((ObjectNode) parent, n.key(), n.nextKey(), n.value().deepCopy());
      }
    }
    return tree;
  }

  /** Puts a member before {@code next} (or last), keeping the other members' order. */
  private static void insertBefore(ObjectNode parent, String key, String next, JsonNode value) {
    if (next == null || !parent.has(next)) {
      parent.set(key, value);
      return;
    }
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    boolean after = false;
    Iterator<Map.Entry<String, JsonNode>> it = parent.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equals(next)) {
        after = true;
      }
      if (after) {
        rest.put(e.getKey(), e.getValue());
      }
    }
    rest.keySet().forEach(parent::remove);
    parent.set(key, value);
    rest.forEach(parent::set);
  }

  /** apiVersion, kind and metadata first, the rest in source order. */
  private static JsonNode headerFirst(JsonNode tree) {
    if (!tree.isObject()) {
      return tree;
    }
    ObjectNode out = Json.mapper().createObjectNode();
    for (String h : new String[] {"apiVersion", "kind", "metadata"}) {
      if (tree.has(h)) {
        out.set(h, tree.get(h));
      }
    }
    tree.fields().forEachRemaining(e -> {
      if (!out.has(e.getKey())) {
        out.set(e.getKey(), e.getValue());
      }
    });
    return out;
  }

  /** The document as canonical YAML, with the comments read with it. */
  public String toYaml() {
    return CanonicalWriter.write(toTree(), comments);
  }

  /** The canonical YAML of the content alone, which equality compares. */
  private String contentYaml() {
    return dev.calicokit.model.yaml.CanonicalYaml.write(toTree());
  }

  /**
   * Equal when both write the same canonical YAML, comments aside (a manifest read from Calico's
   * commented file equals the same manifest rendered). Comparing Jackson trees would tell numbers apart by
   * their Java type: the CRDs a render takes from its cache hold {@code maxLength: 100} as an int, the
   * same CRD read back and bound to fabric8 as a long, and the two trees differ although their text is
   * the same. The text is what a document is, so it is what equality compares.
   */
  @Override
  public boolean equals(Object o) {
    return o == this || o instanceof ManifestDocument && ((ManifestDocument) o).contentYaml().equals(contentYaml());
  }

  @Override
  public int hashCode() {
    return contentYaml().hashCode();
  }

  @Override
  public String toString() {
    return kind() + " " + name().orElse("(unnamed)");
  }

  static String describe(JsonNode tree) {
    return tree.path("kind").asText("?") + " " + tree.path("metadata").path("name").asText("");
  }
}
