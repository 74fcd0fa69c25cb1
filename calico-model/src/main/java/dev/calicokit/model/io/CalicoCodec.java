package dev.calicokit.model.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.HasUnknownFields;
import dev.calicokit.model.internal.BindFailures;
import dev.calicokit.model.internal.Json;
import dev.calicokit.model.schema.ModelProperties;
import dev.calicokit.model.internal.PointerLocator;
import dev.calicokit.model.yaml.CanonicalYaml;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads and writes single resources, or lists of them, as YAML or JSON.
 *
 * <p>Reading dispatches on {@code apiVersion} and {@code kind} (see {@link Kinds}); fields the model
 * does not know are kept on the object that holds them and written back in place, unless the codec
 * is {@link #strict()}, which rejects them. Duplicate keys are an error in every mode. Writing keeps
 * each type's field order, leaves absent fields out (a CRD default is never filled in) and keeps
 * numbers as they were read. YAML comes out in the canonical form of {@link CanonicalYaml}, the one
 * YAML writer of the library, so resources and manifests are quoted and indented alike.
 *
 * <pre>{@code
 * IPPool pool = CalicoCodec.yaml().read(text, IPPool.class);
 * String out = CalicoCodec.yaml().write(pool.withSpec(pool.spec().withBlockSize(24)));
 * }</pre>
 */
public final class CalicoCodec {
  private final boolean yaml;
  private final boolean strict;
  private final ReadLimits limits;

  private CalicoCodec(boolean yaml, boolean strict, ReadLimits limits) {
    this.yaml = yaml;
    this.strict = strict;
    this.limits = limits;
  }

  /** A lenient YAML codec. */
  public static CalicoCodec yaml() {
    return new CalicoCodec(true, false, ReadLimits.defaults());
  }

  /** A lenient JSON codec. */
  public static CalicoCodec json() {
    return new CalicoCodec(false, false, ReadLimits.defaults());
  }

  /** The same codec, rejecting unknown fields with their path, line and column. */
  public CalicoCodec strict() {
    return new CalicoCodec(yaml, true, limits);
  }

  /** The same codec with other bounds against hostile input. */
  public CalicoCodec withLimits(ReadLimits limits) {
    return new CalicoCodec(yaml, strict, limits);
  }

  /** Reads exactly one resource of any kind the model types. */
  public CalicoResource read(String text) {
    List<CalicoResource> all = readAll(text);
    if (all.size() != 1) {
      throw new ResourceReadException(0, null, null, "", 0, 0,
          "expected exactly one resource, found " + all.size(), null);
    }
    return all.get(0);
  }

  /** Reads exactly one resource, which must be of the given kind. */
  public <T extends CalicoResource> T read(String text, Class<T> type) {
    CalicoResource r = read(text);
    if (!type.isInstance(r)) {
      throw new ResourceReadException(0, r.kind(), r.metadata().name().orElse(null), "", 0, 0,
          "expected a " + type.getSimpleName() + ", found " + r.apiVersion() + " " + r.kind(), null);
    }
    return type.cast(r);
  }

  /**
   * Reads every resource: each YAML document, a JSON array, or the items of a {@code kind: List}.
   * Empty documents are skipped; a document's index in messages counts them all.
   */
  public List<CalicoResource> readAll(String text) {
    ObjectMapper mapper = Json.mapper(yaml, strict);
    List<CalicoResource> out = new ArrayList<>();
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    for (SourceDocument doc : SourceReader.withLimits(limits).read(body)) {
      if (!doc.isEmpty()) {
        readDocument(mapper, body, doc.index(), doc.tree(), out);
      }
    }
    return out;
  }

  private void readDocument(ObjectMapper mapper, String text, int index, JsonNode doc, List<CalicoResource> out) {
    if (doc.isArray()) {
      for (int i = 0; i < doc.size(); i++) {
        out.add(bind(mapper, text, index, "/" + i, doc.get(i)));
      }
      return;
    }
    if (doc.path("kind").asText("").endsWith("List") && doc.has("items")) {
      JsonNode items = doc.get("items");
      for (int i = 0; i < items.size(); i++) {
        out.add(bind(mapper, text, index, "/items/" + i, items.get(i)));
      }
      return;
    }
    out.add(bind(mapper, text, index, "", doc));
  }

  private CalicoResource bind(ObjectMapper mapper, String text, int index, String prefix, JsonNode node) {
    String apiVersion = node.path("apiVersion").asText(null);
    String kind = node.path("kind").asText(null);
    String name = node.path("metadata").path("name").asText(null);
    if (!node.isObject()) {
      throw located(mapper, text, index, null, null, prefix, "expected a resource (a mapping), found " + node.getNodeType(), null);
    }
    if (apiVersion == null || kind == null) {
      throw located(mapper, text, index, kind, name, prefix,
          "a resource needs apiVersion and kind", null);
    }
    Optional<Class<? extends CalicoResource>> type = Kinds.forType(apiVersion, kind);
    if (type.isEmpty()) {
      String known = Kinds.all().stream().map(c -> Kinds.typesOf(c).get(0).split(" ")[1]).collect(Collectors.joining(", "));
      throw located(mapper, text, index, kind, name, prefix + "/kind",
          "not a kind this model types: " + apiVersion + " " + kind + " (known kinds: " + known + ")", null);
    }
    try {
      return mapper.treeToValue(node, type.get());
    } catch (JsonMappingException e) {
      String pointer = prefix + pointerOf(e);
      List<String> missing = BindFailures.missingRequired(e.getOriginalMessage());
      if (!missing.isEmpty()) {
        // Named by the first missing field's pointer, placed at the key of the object that lacks it.
        int[] lc = PointerLocator.locate(mapper, text, index, pointer);
        throw new ResourceReadException(index, kind, name, pointer + "/" + JsonPointers.escape(missing.get(0)),
            lc == null ? 0 : lc[0], lc == null ? 0 : lc[1], BindFailures.missingMessage(missing), e);
      }
      String problem = e instanceof UnrecognizedPropertyException
          ? "unknown field \"" + ((UnrecognizedPropertyException) e).getPropertyName() + "\" (strict mode rejects fields the model does not know)"
          : BindFailures.mismatch(e, node.at(pointerOf(e))).orElseGet(() -> cleanMessage(e));
      throw located(mapper, text, index, kind, name, pointer, problem, e);
    } catch (JsonProcessingException e) {
      throw located(mapper, text, index, kind, name, prefix, cleanMessage(e), e);
    } catch (IllegalStateException | IllegalArgumentException | NullPointerException e) {
      throw located(mapper, text, index, kind, name, prefix, e.getMessage(), e);
    }
  }

  private ResourceReadException located(
      ObjectMapper mapper, String text, int index, String kind, String name, String pointer, String problem, Throwable cause) {
    int[] lc = PointerLocator.locate(mapper, text, index, pointer);
    return new ResourceReadException(index, kind, name, pointer, lc == null ? 0 : lc[0], lc == null ? 0 : lc[1], problem, cause);
  }

  private static String pointerOf(JsonMappingException e) {
    StringBuilder sb = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getFieldName() != null) {
        sb.append('/').append(JsonPointers.escape(r.getFieldName()));
      } else if (r.getIndex() >= 0) {
        sb.append('/').append(r.getIndex());
      }
    }
    return sb.toString();
  }

  private static String cleanMessage(JacksonException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      m = e.getClass().getSimpleName();
    }
    // Jackson names the generated classes; users know the model types.
    return m.replace("dev.calicokit.model.", "").replaceAll("Immutable([A-Za-z]+)(\\$Json)?", "$1");
  }

  /**
   * Writes one resource (or any model object). YAML is written by {@link CanonicalYaml}, the writer of
   * {@code Manifest.toYaml()} and {@code calico fmt}, so what this writes is already canonical.
   */
  public String write(Object value) {
    if (yaml) {
      JsonNode tree;
      try {
        tree = Json.mapper().valueToTree(value);
      } catch (IllegalArgumentException e) {
        // valueToTree wraps Jackson's own failure; its message without the location is the one to show.
        String problem = e.getCause() instanceof JacksonException
            ? ((JacksonException) e.getCause()).getOriginalMessage() : e.getMessage();
        throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + ": " + problem, e);
      }
      return CanonicalYaml.write(tree);
    }
    try {
      DefaultPrettyPrinter pp = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
      return Json.mapper(false, false).writer(pp).writeValueAsString(value) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
    }
  }

  /**
   * Writes several resources: canonical YAML documents separated by {@code ---} (what {@code calico
   * fmt --check} accepts), or a JSON array.
   */
  public String writeAll(Collection<? extends CalicoResource> resources) {
    if (!yaml) {
      return write(new ArrayList<>(resources));
    }
    StringBuilder sb = new StringBuilder();
    for (CalicoResource r : resources) {
      if (sb.length() > 0) {
        sb.append("---\n");
      }
      sb.append(write(r));
    }
    return sb.toString();
  }

  /**
   * JSON pointers of every field of a model object that the model does not know (kept from reading).
   * Empty for objects built in code.
   */
  public static List<String> unknownFieldPaths(Object value) {
    List<String> out = new ArrayList<>();
    collectUnknown(value, "", out);
    return out;
  }

  private static void collectUnknown(Object value, String at, List<String> out) {
    if (value instanceof Optional) {
      ((Optional<?>) value).ifPresent(v -> collectUnknown(v, at, out));
      return;
    }
    if (value instanceof List) {
      List<?> l = (List<?>) value;
      for (int i = 0; i < l.size(); i++) {
        collectUnknown(l.get(i), at + "/" + i, out);
      }
      return;
    }
    if (value instanceof Map) {
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        collectUnknown(e.getValue(), at + "/" + JsonPointers.escape(String.valueOf(e.getKey())), out);
      }
      return;
    }
    if (value == null || !ModelProperties.isModelType(value.getClass())) {
      return;
    }
    for (ModelProperties.Property p : ModelProperties.of(value.getClass())) {
      collectUnknown(p.get(value), at + "/" + JsonPointers.escape(p.jsonName()), out);
    }
    if (value instanceof HasUnknownFields) {
      for (String k : ((HasUnknownFields) value).unknownFields().keySet()) {
        out.add(at + "/" + JsonPointers.escape(k));
      }
    }
  }
}
