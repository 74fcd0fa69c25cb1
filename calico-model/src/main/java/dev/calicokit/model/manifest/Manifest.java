package dev.calicokit.model.manifest;

import dev.calicokit.model.io.JsonPointers;
import com.fasterxml.jackson.databind.JsonNode;
import dev.calicokit.model.io.IncompatibleClassPathException;
import dev.calicokit.model.io.ReadLimits;
import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.io.SourceDocument;
import dev.calicokit.model.io.SourceReader;
import dev.calicokit.model.internal.CanonicalWriter;
import dev.calicokit.model.internal.CommentReader;
import dev.calicokit.model.internal.CommentTeeParser;
import dev.calicokit.model.internal.ParallelWork;
import dev.calicokit.model.internal.PartedRead;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesList;
import io.fabric8.kubernetes.api.model.KubernetesListBuilder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * A whole install manifest such as calico.yaml: an ordered, immutable list of documents. Edits
 * return a new manifest. {@link #toYaml()} writes the canonical form (see {@link dev.calicokit.model.yaml.CanonicalYaml}),
 * which is the same bytes for the same content; reading it back gives an equal manifest.
 */
public final class Manifest {
  private final List<ManifestDocument> documents;
  /** Comments of a stream that has no document to hold them (a file of comments alone). */
  private final List<String> orphanComments;

  private Manifest(List<ManifestDocument> documents) {
    this(documents, List.of());
  }

  private Manifest(List<ManifestDocument> documents, List<String> orphanComments) {
    this.documents = List.copyOf(documents);
    this.orphanComments = List.copyOf(orphanComments);
  }

  /** Reads a manifest with the default limits. */
  public static Manifest read(String yaml) {
    return read(yaml, ReadLimits.defaults());
  }

  /** Reads a manifest (UTF-8 bytes) with the default limits; an invalid byte is reported with its place. */
  public static Manifest read(byte[] utf8) {
    return read(SourceReader.decode(utf8), SourceReader.withDefaults());
  }

  /** Reads a manifest within the given limits. Empty documents are read and dropped. */
  public static Manifest read(String yaml, ReadLimits limits) {
    return read(yaml, SourceReader.withLimits(limits));
  }

  /**
   * The documents of a stream, each with its comments. Empty documents are dropped; their comments go
   * to the head of the next document, or the tail of the last, or stay with the manifest when it has
   * no document at all: no comment is lost. Trees and comments come from one scan of the text
   * ({@link CommentTeeParser}); a large stream is read in two parts side by side ({@link PartedRead})
   * and its documents are typed side by side ({@link ParallelWork}), with the result and the first
   * error of one thread.
   */
  private static Manifest read(String yaml, SourceReader reader) {
    String text = yaml.startsWith("\uFEFF") ? yaml.substring(1) : yaml;
    List<SourceDocument> sources = new ArrayList<>();
    CommentReader comments;
    Optional<PartedRead.Read> parted = PartedRead.read(text, reader);
    if (parted.isPresent()) {
      sources.addAll(parted.get().sources());
      comments = parted.get().comments();
    } else if (text.indexOf('#') < 0) {
      reader.read(yaml, sources::add);
      comments = CommentReader.read(text); // none: answered without a pass
    } else {
      CommentReader.Collector collector = new CommentReader.Collector();
      try {
        reader.read(yaml, body -> CommentTeeParser.over(body, collector), sources::add);
        comments = collector.result();
      } catch (RuntimeException e) {
        // SnakeYAML reads a few inputs differently with comments on (a tag before a comment), and a
        // failure is reported as the tree reader alone reports it: such a stream is read as before, the
        // trees first and the comments in a pass of their own, for the same result or the same error.
        sources.clear();
        reader.read(yaml, sources::add);
        comments = CommentReader.read(text);
      }
    }
    boolean parallel = text.length() >= ParallelWork.FROM_CHARACTERS;
    List<ManifestDocument> typed = ParallelWork.map(sources, parallel, s -> s.isEmpty() ? null : typed(s, text));
    List<ManifestDocument> docs = new ArrayList<>();
    List<String> carried = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      SourceDocument s = sources.get(i);
      if (typed.get(i) == null) {
        carried.addAll(comments.document(s.index()).all());
        continue;
      }
      docs.add(typed.get(i).withYamlComments(comments.document(s.index()).withHeadFirst(carried)));
      carried.clear();
    }
    carried.addAll(0, comments.orphans());
    if (!carried.isEmpty() && !docs.isEmpty()) {
      ManifestDocument last = docs.get(docs.size() - 1);
      docs.set(docs.size() - 1, last.withYamlComments(last.yamlComments().withTailLast(carried)));
      carried.clear();
    }
    return new Manifest(docs, carried);
  }

  /** One non-empty document, typed by its apiVersion and kind. */
  private static ManifestDocument typed(SourceDocument s, String text) {
    if (!s.tree().isObject()) {
      throw new ResourceReadException(s.index(), null, null, "", s.line(), 1,
          "expected a resource (a mapping), found " + s.tree().getNodeType(), null);
    }
    try {
      return ManifestDocument.fromTree(s.tree(), s.index(), s.line());
    } catch (IncompatibleClassPathException e) {
      throw e; // the build's dependencies, not the YAML: never blamed on a line of the input
    } catch (RuntimeException e) {
      throw bindError(s, text, e);
    }
  }

  /** A binding failure placed at the field it concerns, found again in the source text. */
  private static ResourceReadException bindError(SourceDocument s, String text, RuntimeException e) {
    JsonNode t = s.tree();
    String pointer = "";
    String problem = e.getMessage();
    if (e instanceof tools.jackson.databind.DatabindException) {
      tools.jackson.databind.DatabindException d = (tools.jackson.databind.DatabindException) e;
      StringBuilder sb = new StringBuilder();
      for (tools.jackson.databind.DatabindException.Reference r : d.getPath()) {
        sb.append('/').append(r.getPropertyName() != null
            ? JsonPointers.escape(r.getPropertyName()) : String.valueOf(r.getIndex()));
      }
      pointer = sb.toString();
      problem = d.getOriginalMessage();
      if (d instanceof tools.jackson.databind.exc.MismatchedInputException m && m.getTargetType() != null) {
        problem = dev.calicokit.model.internal.BindFailures.mismatch(m.getTargetType(), t.at(pointer)).orElse(problem);
      }
    }
    // A Calico kind's failure comes wrapped (ManifestDocument.fromTree): its path is the cause's.
    if (e instanceof IllegalArgumentException && e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
      StringBuilder sb = new StringBuilder();
      for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
        sb.append('/').append(r.getFieldName() != null ? JsonPointers.escape(r.getFieldName()) : String.valueOf(r.getIndex()));
      }
      pointer = sb.toString();
    }
    if (e.getCause() instanceof com.fasterxml.jackson.databind.JsonMappingException m) {
      String found = pointer;
      problem = dev.calicokit.model.internal.BindFailures.mismatch(m, t.at(found)).orElse(problem);
    }
    // A missing required field is named by its pointer and placed at the key of the object that lacks it.
    String placed = pointer;
    java.util.List<String> missing = dev.calicokit.model.internal.BindFailures.missingRequired(problem);
    if (!missing.isEmpty()) {
      pointer = pointer + "/" + JsonPointers.escape(missing.get(0));
      problem = dev.calicokit.model.internal.BindFailures.missingMessage(missing);
    }
    int[] lc = dev.calicokit.model.internal.PointerLocator.locate(
        dev.calicokit.model.internal.Json.mapper(true, false), text.startsWith("\uFEFF") ? text.substring(1) : text,
        s.index(), placed);
    return new ResourceReadException(s.index(), t.path("kind").asText(null), t.path("metadata").path("name").asText(null),
        pointer, lc == null ? s.line() : lc[0], lc == null ? 1 : lc[1],
        "cannot read as " + ManifestDocument.describe(t) + ": " + problem, e);
  }

  /** A manifest of resources built in code (fabric8 objects are copied in). */
  public static Manifest of(Collection<?> resources) {
    return new Manifest(resources.stream().map(ManifestDocument::of).collect(Collectors.toList()));
  }

  /** A manifest of the items of a fabric8 list, as read from a cluster. */
  public static Manifest of(KubernetesList list) {
    return of(list.getItems());
  }

  /** The documents, in order. */
  public List<ManifestDocument> documents() {
    return documents;
  }

  /** The canonical YAML of the manifest, with the comments read with it. */
  public String toYaml() {
    if (documents.isEmpty()) {
      return CanonicalWriter.commentLines(orphanComments);
    }
    // Each document is written on its own (side by side where there are many) and the texts joined.
    return String.join("---\n", ParallelWork.map(documents, documents.size() >= 8, ManifestDocument::toYaml));
  }

  /** The canonical YAML as UTF-8 bytes. */
  public byte[] toYamlBytes() {
    return toYaml().getBytes(StandardCharsets.UTF_8);
  }

  /** The first document of a kind and name. */
  public Optional<ManifestDocument> find(String kind, String name) {
    return documents.stream().filter(d -> d.kind().equals(kind) && d.name().orElse("").equals(name)).findFirst();
  }

  /** The first document of a type and name, as that type (fabric8 objects as fresh copies). */
  public <T> Optional<T> find(Class<T> type, String name) {
    return documents.stream()
        .filter(d -> d.name().orElse("").equals(name))
        .map(d -> d.as(type))
        .flatMap(Optional::stream)
        .findFirst();
  }

  /** Every document of a type, as that type. */
  public <T> List<T> all(Class<T> type) {
    return documents.stream().map(d -> d.as(type)).flatMap(Optional::stream).collect(Collectors.toList());
  }

  /**
   * This manifest with each List document (a v1 {@code kind: List}, a Calico {@code ...List}: see {@link
   * dev.calicokit.model.io.Kinds#isList}) replaced where it stood by its items, each a document of its
   * own, as kubectl applies them. An item's comments go with it (a comment before its dash to its head),
   * the List's own comments to its first item. This manifest when it has no List.
   *
   * @throws dev.calicokit.model.io.ResourceReadException where an item is no resource or does not read
   *     as its kind, naming the List's document index and the item's pointer
   */
  public Manifest splitLists() {
    if (documents.stream().noneMatch(d -> dev.calicokit.model.io.Kinds.isList(d.apiVersion(), d.kind()))) {
      return this;
    }
    dev.calicokit.model.internal.ListSplitter.Split s = dev.calicokit.model.internal.ListSplitter.split(documents);
    List<String> orphans = new ArrayList<>(orphanComments);
    orphans.addAll(s.orphanComments());
    return new Manifest(s.documents(), orphans);
  }

  /** A manifest with one more document at the end. */
  public Manifest add(Object resource) {
    List<ManifestDocument> l = new ArrayList<>(documents);
    l.add(ManifestDocument.of(resource));
    return new Manifest(l, orphanComments);
  }

  /** A manifest without the documents of this kind and name. */
  public Manifest remove(String kind, String name) {
    return new Manifest(documents.stream()
        .filter(d -> !(d.kind().equals(kind) && d.name().orElse("").equals(name)))
        .collect(Collectors.toList()), orphanComments);
  }

  /**
   * A manifest where the document of this kind and name is replaced, in place, keeping the comments
   * of the nodes the new document still has; fails if there is none.
   */
  public Manifest replace(String kind, String name, Object resource) {
    List<ManifestDocument> l = new ArrayList<>(documents);
    for (int i = 0; i < l.size(); i++) {
      ManifestDocument d = l.get(i);
      if (d.kind().equals(kind) && d.name().orElse("").equals(name)) {
        l.set(i, d.replacedBy(resource));
        return new Manifest(l, orphanComments);
      }
    }
    throw new IllegalArgumentException("no " + kind + " named " + name + " in the manifest");
  }

  /**
   * The manifest an edit makes of this one, for example calico-builders' {@code ManifestEdit}s, which
   * change everything an option touches: {@code m.edit(ManifestEdit.mtu(1400))}.
   */
  public Manifest edit(UnaryOperator<Manifest> edit) {
    return java.util.Objects.requireNonNull(edit.apply(this), "the edit gave no manifest");
  }

  /**
   * A manifest where a fabric8 document of this type and name is edited: the function gets a fresh
   * copy to change or replace, and the result takes the document's place.
   */
  public <T extends HasMetadata> Manifest edit(Class<T> type, String name, UnaryOperator<T> change) {
    T current = find(type, name).orElseThrow(() ->
        new IllegalArgumentException("no " + type.getSimpleName() + " named " + name + " in the manifest"));
    return replace(current.getKind(), name, change.apply(current));
  }

  /** The data of a ConfigMap, in order; empty when there is no such ConfigMap. */
  public java.util.Map<String, String> configMapData(String name) {
    return find(io.fabric8.kubernetes.api.model.ConfigMap.class, name)
        .map(c -> c.getData() == null ? java.util.Map.<String, String>of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(c.getData())))
        .orElse(java.util.Map.of());
  }

  /** A manifest where a ConfigMap's key holds a new value (the key is added when missing). */
  public Manifest withConfigMapEntry(String name, String key, String value) {
    return edit(io.fabric8.kubernetes.api.model.ConfigMap.class, name, c -> {
      java.util.Map<String, String> data = c.getData() == null ? new java.util.LinkedHashMap<>() : new java.util.LinkedHashMap<>(c.getData());
      data.put(key, value);
      c.setData(data);
      return c;
    });
  }

  /** The CNI network configuration template of calico-config (or canal-config), when there is one. */
  public Optional<CniNetworkConfig> cniNetworkConfig() {
    for (String name : new String[] {"calico-config", "canal-config"}) {
      String text = configMapData(name).get("cni_network_config");
      if (text != null) {
        return Optional.of(CniNetworkConfig.parse(text));
      }
    }
    return Optional.empty();
  }

  /** A manifest whose calico-config (or canal-config) holds a new CNI network configuration template. */
  public Manifest withCniNetworkConfig(CniNetworkConfig config) {
    String name = configMapData("calico-config").containsKey("cni_network_config") ? "calico-config" : "canal-config";
    return withConfigMapEntry(name, "cni_network_config", config.text());
  }

  /**
   * The containers (init containers first) of a DaemonSet or Deployment, as fresh fabric8 copies;
   * empty when there is no such workload.
   */
  public List<io.fabric8.kubernetes.api.model.Container> containers(String workload) {
    Optional<io.fabric8.kubernetes.api.model.PodSpec> pod = podSpec(workload);
    List<io.fabric8.kubernetes.api.model.Container> out = new ArrayList<>();
    pod.ifPresent(p -> {
      if (p.getInitContainers() != null) {
        out.addAll(p.getInitContainers());
      }
      if (p.getContainers() != null) {
        out.addAll(p.getContainers());
      }
    });
    return out;
  }

  /** The value of a container's environment variable given as a literal value (not a reference). */
  public Optional<String> env(String workload, String container, String variable) {
    return containers(workload).stream()
        .filter(c -> container.equals(c.getName()))
        .flatMap(c -> c.getEnv() == null ? java.util.stream.Stream.empty() : c.getEnv().stream())
        .filter(e -> variable.equals(e.getName()))
        .map(io.fabric8.kubernetes.api.model.EnvVar::getValue)
        .filter(java.util.Objects::nonNull)
        .findFirst();
  }

  /**
   * A manifest where a container of a DaemonSet or Deployment has the environment variable set to a
   * literal value: replaced in place when present (a reference is replaced too), added last otherwise.
   * Fails naming what is missing when there is no such workload or container.
   */
  public Manifest withEnv(String workload, String container, String variable, String value) {
    ManifestDocument d = documents.stream()
        .filter(x -> x.name().orElse("").equals(workload)
            && (x.as(io.fabric8.kubernetes.api.model.apps.DaemonSet.class).isPresent()
                || x.as(io.fabric8.kubernetes.api.model.apps.Deployment.class).isPresent()))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no DaemonSet or Deployment named " + workload));
    HasMetadata w = d.as(HasMetadata.class).orElseThrow();
    io.fabric8.kubernetes.api.model.PodSpec pod = w instanceof io.fabric8.kubernetes.api.model.apps.DaemonSet
        ? ((io.fabric8.kubernetes.api.model.apps.DaemonSet) w).getSpec().getTemplate().getSpec()
        : ((io.fabric8.kubernetes.api.model.apps.Deployment) w).getSpec().getTemplate().getSpec();
    List<io.fabric8.kubernetes.api.model.Container> all = new ArrayList<>();
    if (pod.getInitContainers() != null) {
      all.addAll(pod.getInitContainers());
    }
    all.addAll(pod.getContainers());
    io.fabric8.kubernetes.api.model.Container c = all.stream().filter(x -> container.equals(x.getName())).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no container " + container + " in " + workload));
    List<io.fabric8.kubernetes.api.model.EnvVar> env = c.getEnv() == null ? new ArrayList<>() : new ArrayList<>(c.getEnv());
    io.fabric8.kubernetes.api.model.EnvVar set = new io.fabric8.kubernetes.api.model.EnvVar(variable, value, null);
    boolean replaced = false;
    for (int i = 0; i < env.size(); i++) {
      if (variable.equals(env.get(i).getName())) {
        env.set(i, set);
        replaced = true;
      }
    }
    if (!replaced) {
      env.add(set);
    }
    c.setEnv(env);
    return replace(d.kind(), workload, w);
  }

  private Optional<io.fabric8.kubernetes.api.model.PodSpec> podSpec(String workload) {
    Optional<io.fabric8.kubernetes.api.model.apps.DaemonSet> ds = find(io.fabric8.kubernetes.api.model.apps.DaemonSet.class, workload);
    if (ds.isPresent()) {
      return Optional.ofNullable(ds.get().getSpec()).map(s -> s.getTemplate()).map(t -> t.getSpec());
    }
    return find(io.fabric8.kubernetes.api.model.apps.Deployment.class, workload)
        .map(x -> x.getSpec()).map(s -> s.getTemplate()).map(t -> t.getSpec());
  }

  /** The manifest as a fabric8 list (Calico kinds as generic resources), ready for server-side apply. */
  public KubernetesList toKubernetesList() {
    List<HasMetadata> items = new ArrayList<>();
    for (ManifestDocument d : documents) {
      if (d.type() == ManifestDocument.Type.KUBERNETES) {
        items.add(d.as(HasMetadata.class).orElseThrow());
      } else {
        items.add(d.toGeneric());
      }
    }
    return new KubernetesListBuilder().withItems(items).build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Manifest && ((Manifest) o).documents.equals(documents);
  }

  @Override
  public int hashCode() {
    return documents.hashCode();
  }

  @Override
  public String toString() {
    return "Manifest" + documents;
  }
}
