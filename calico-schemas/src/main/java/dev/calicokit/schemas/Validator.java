package dev.calicokit.schemas;

import com.fasterxml.jackson.databind.JsonNode;

import dev.calicokit.model.io.ReadLimits;
import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.io.SourceDocument;
import dev.calicokit.model.io.SourcePosition;
import dev.calicokit.model.io.SourceReader;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.manifest.ManifestDocument;
import dev.calicokit.model.schema.CalicoRelease;
import dev.calicokit.model.schema.Release;
import dev.calicokit.schemas.internal.DocumentRule;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.Layers;
import dev.calicokit.schemas.internal.ManifestRule;
import dev.calicokit.schemas.internal.ReleaseDetector;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import dev.calicokit.schemas.internal.cross.PoolCidrRule;
import dev.calicokit.schemas.internal.update.UpdateRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Judges manifests and resources as the API server, its CEL rules and calicoctl would, offline.
 *
 * <p>Four layers run in order: the structure of each custom resource against its CRD schema (rule ids
 * {@code schema.*}), the CRD's CEL rules ({@code cel.*}), Calico's own rules ({@code calico.*}) and the
 * rules across the documents of a manifest ({@code manifest.*}). A validator is safe to share between
 * threads and to reuse: schemas, CEL programs and parsed selectors are built once per release.
 *
 * <pre>{@code
 * ValidationReport report = Validator.forRelease(Release.V3_32).validate(yamlText);
 * if (report.hasErrors()) System.err.print(report.toText());
 * }</pre>
 */
public final class Validator {
  private final Optional<CalicoRelease> release;
  private final Optional<String> clusterCidr;
  private final Optional<OfficialManifests> officialManifests;
  private final Map<CalicoRelease, ValidationContext> contexts = new ConcurrentHashMap<>();
  private final List<DocumentRule> documentRules = Layers.documentRules();
  private final List<ManifestRule> manifestRules = Layers.manifestRules();

  private Validator(Optional<CalicoRelease> release, Optional<String> clusterCidr,
      Optional<OfficialManifests> officialManifests) {
    this.release = release;
    this.clusterCidr = clusterCidr;
    this.officialManifests = officialManifests;
  }

  /** A validator that applies the rules of one patch release, as it shipped. */
  public static Validator forRelease(CalicoRelease release) {
    return new Validator(Optional.of(Objects.requireNonNull(release, "release")), Optional.empty(), Optional.empty());
  }

  /** A validator that applies the rules of the newest patch of a minor release. */
  public static Validator forRelease(Release release) {
    return forRelease(Objects.requireNonNull(release, "release").newestPatch());
  }

  /**
   * A validator that applies the rules of the release a manifest's Calico images name, or of the newest
   * release the model knows when they name none. Images that name a patch the model does not know
   * (v3.31.9, say) are judged by the nearest older known patch of their minor, with an {@code info}
   * finding {@code manifest.release-unknown} saying so.
   */
  public static Validator detectingRelease() {
    return new Validator(Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * The same validator, also checking that the default IP pools lie inside the cluster's pod CIDR (the
   * {@code --cluster-cidr} of the controller manager: one CIDR, or {@code v4cidr,v6cidr} for dual stack).
   *
   * @throws dev.calicokit.model.values.InvalidAddressException when a part is not a CIDR with a prefix
   *     length, naming it
   */
  public Validator withClusterCidr(String cidr) {
    PoolCidrRule.requireClusterCidr(Objects.requireNonNull(cidr, "cidr"));
    return new Validator(release, Optional.of(cidr), officialManifests);
  }

  /**
   * The same validator, comparing the RBAC grants of a manifest with those of the official manifest
   * of the same release and variant that {@code officialManifests} gives (calico-builders renders
   * them: {@code CalicoManifest::official}). Without it that check is skipped with an {@code info}
   * finding saying so.
   */
  public Validator withOfficialManifests(OfficialManifests officialManifests) {
    return new Validator(release, clusterCidr, Optional.of(Objects.requireNonNull(officialManifests, "officialManifests")));
  }

  /** The release this validator applies, when fixed. */
  public Optional<CalicoRelease> release() {
    return release;
  }

  /**
   * Validates a manifest text (YAML or JSON, one or many documents). Findings carry source lines and
   * columns; document indexes count empty documents, as the reader does. Documents are read and judged
   * one at a time: besides the text, memory holds one document's tree and the documents that the rules
   * across documents read (workloads, ConfigMaps, RBAC, pools, CRDs; of the others only their kind and
   * name), so a file of many policies is bounded by its largest document.
   *
   * @throws ResourceReadException when the text is not readable YAML at all
   */
  public ValidationReport validate(String text) {
    return validate(text, ReadLimits.defaults());
  }

  /**
   * Validates a manifest given as UTF-8 bytes; an invalid byte is a {@link ResourceReadException} naming
   * its place.
   */
  public ValidationReport validate(byte[] utf8) {
    return validateText(SourceReader.decode(utf8), SourceReader.withDefaults());
  }

  /** Validates a manifest text read within the given limits. */
  public ValidationReport validate(String text, ReadLimits limits) {
    return validateText(text, SourceReader.withLimits(limits));
  }

  private ValidationReport validateText(String text, SourceReader reader) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<Finding> found = new ArrayList<>();
    FindingSink detection = new FindingSink();
    CalicoRelease r = release.orElseGet(() -> {
      // A first pass counts the Calico images; a text without the word "image" has none, and is read once.
      if (!body.contains("image")) {
        return CalicoRelease.latest();
      }
      ReleaseDetector.Votes votes = new ReleaseDetector.Votes();
      Map<Integer, ListItem> firstPassItems = new HashMap<>();
      reader.read(body, s -> {
        if (!s.isEmpty()) {
          expand(new ValidatedDocument(s.index(), s.tree()), firstPassItems).forEach(votes::add);
        }
      });
      Optional<ReleaseDetector.Detection> detected = votes.result();
      detected.filter(d -> !d.exact()).ifPresent(d -> releaseUnknown(d, detection));
      found.addAll(mapItems(detection.findings(), firstPassItems));
      return detected.map(ReleaseDetector.Detection::release).orElse(CalicoRelease.latest());
    });
    ValidationContext context = context(r);
    LineIndex lines = new LineIndex(body);
    found.replaceAll(f -> lines.locate(List.of(f), 1, Integer.MAX_VALUE, body).get(0));
    List<ValidatedDocument> kept = new ArrayList<>();
    Map<Integer, ListItem> items = new HashMap<>();
    List<Integer> starts = new ArrayList<>(); // each document's first line, by index
    List<Finding> pending = new ArrayList<>(); // the last document's findings, located once the next one starts
    int[] pendingLine = {0};
    reader.read(body, s -> {
      starts.add(s.line());
      found.addAll(lines.locate(pending, pendingLine[0], s.line(), body));
      pending.clear();
      if (s.isEmpty()) {
        return;
      }
      FindingSink sink = new FindingSink();
      for (ValidatedDocument d : expand(new ValidatedDocument(s.index(), s.tree()), items)) {
        for (DocumentRule rule : documentRules) {
          rule.check(d, context, sink);
        }
        kept.add(forManifestRules(d));
      }
      pending.addAll(mapItems(sink.findings(), items));
      pendingLine[0] = s.line();
    });
    found.addAll(lines.locate(pending, pendingLine[0], Integer.MAX_VALUE, body));
    FindingSink sink = new FindingSink();
    for (ManifestRule rule : manifestRules) {
      rule.check(kept, context, sink);
    }
    for (Finding f : mapItems(sink.findings(), items)) {
      int doc = f.document();
      int from = doc < starts.size() ? starts.get(doc) : 1;
      int to = doc + 1 < starts.size() ? starts.get(doc + 1) : Integer.MAX_VALUE;
      found.addAll(lines.locate(List.of(f), from, to, body));
    }
    found.sort(Comparator.comparingInt(Finding::document)); // stable: layer order kept within a document
    return ValidationReport.of(found);
  }

  /**
   * The document as the rules across documents need it: whole, unless it is a Calico or network-policy
   * kind that none of them reads (policies, network sets, endpoints, ...), which keep only their header.
   */
  private static ValidatedDocument forManifestRules(ValidatedDocument d) {
    if (d.calicoType().isEmpty() || d.kind().equals("IPPool")) {
      return d;
    }
    com.fasterxml.jackson.databind.node.ObjectNode header = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance
        .objectNode();
    header.set("apiVersion", d.tree().get("apiVersion"));
    header.set("kind", d.tree().get("kind"));
    com.fasterxml.jackson.databind.node.ObjectNode meta = header.putObject("metadata");
    d.name().ifPresent(n -> meta.put("name", n));
    d.namespace().ifPresent(n -> meta.put("namespace", n));
    return new ValidatedDocument(d.index(), header);
  }

  /** Where each line of a text starts, to cut out a document's lines and locate findings in them. */
  private static final class LineIndex {
    private final int[] starts;
    private final int count;

    LineIndex(String body) {
      int n = 1;
      for (int i = 0; i < body.length(); i++) {
        if (body.charAt(i) == '\n') {
          n++;
        }
      }
      starts = new int[n + 1];
      int line = 1;
      for (int i = 0; i < body.length(); i++) {
        if (body.charAt(i) == '\n') {
          starts[line++] = i + 1;
        }
      }
      starts[n] = body.length();
      count = n;
    }

    /**
     * The findings with lines and columns, looked for in the lines {@code fromLine} (1-based) up to
     * {@code toLine} (exclusive) where the document lies, else in the whole text.
     */
    List<Finding> locate(List<Finding> found, int fromLine, int toLine, String body) {
      if (found.isEmpty()) {
        return List.of();
      }
      int from = Math.max(0, fromLine - 1);
      int to = Math.max(from, Math.min(count, toLine == Integer.MAX_VALUE ? count : toLine - 1));
      String segment = body.substring(starts[from], to >= count ? body.length() : starts[to]);
      List<Finding> out = new ArrayList<>(found.size());
      for (Finding f : found) {
        Optional<SourcePosition> inSegment = SourceReader.locate(segment, 0, f.path());
        int[] lc = inSegment.map(p -> new int[] {p.line() + from, p.column()})
            .orElseGet(() -> SourceReader.locate(body, f.document(), f.path()).map(p -> new int[] {p.line(), p.column()})
                .orElse(new int[] {fromLine, 1}));
        out.add(f.withLine(lc[0]).withColumn(lc[1]));
      }
      return out;
    }
  }

  /**
   * The file name that findings about documents of the previous manifest carry (documents it has and the
   * new one lacks: {@code kubectl apply} leaves them installed); their index, line and column are the
   * previous manifest's.
   */
  public static final String PREVIOUS_FILE = "(previous)";

  /**
   * Validates a manifest as an update of the installed one, {@code previous}, as the API server judges
   * an update: each document is matched with the installed document of the same apiVersion, kind,
   * namespace and name; the CRDs' transition rules run with that document's value as {@code oldSelf};
   * a value the update leaves unchanged that fails a rule is an {@code info} ({@code cel.ratcheted}), not
   * an error (validation ratcheting, Kubernetes 1.30 on); Calico's immutable fields are errors; and
   * changes that will not do what they seem to (pool CIDR, block size or encapsulation env vars,
   * {@code veth_mtu}, a downgrade, CRDs or other documents removed) are warnings ({@code update.*})
   * saying what to do instead. Findings on documents only {@code previous} has carry the file
   * {@link #PREVIOUS_FILE}.
   *
   * @throws ResourceReadException when either text is not readable YAML
   */
  public ValidationReport validateUpdate(String previous, String next) {
    List<SourceDocument> before = SourceReader.withDefaults().read(previous);
    List<SourceDocument> after = SourceReader.withDefaults().read(next);
    List<ValidatedDocument> previousDocs = new ArrayList<>();
    for (SourceDocument s : before) {
      if (!s.isEmpty()) {
        previousDocs.add(new ValidatedDocument(s.index(), s.tree()));
      }
    }
    List<ValidatedDocument> docs = new ArrayList<>();
    for (SourceDocument s : after) {
      if (!s.isEmpty()) {
        docs.add(new ValidatedDocument(s.index(), s.tree()));
      }
    }
    List<Finding> found = run(docs, previousDocs);
    List<Finding> aboutNext = new ArrayList<>();
    List<Finding> aboutPrevious = new ArrayList<>();
    for (Finding f : found) {
      (UpdateRules.ABOUT_PREVIOUS.contains(f.rule()) ? aboutPrevious : aboutNext).add(f);
    }
    List<Finding> out = new ArrayList<>(locate(aboutNext, next, after));
    locate(aboutPrevious, previous, before).forEach(f -> out.add(f.withFile(PREVIOUS_FILE)));
    return ValidationReport.of(out);
  }

  /** {@link #validateUpdate(String, String)} for manifests held in memory; findings have no source lines. */
  public ValidationReport validateUpdate(Manifest previous, Manifest next) {
    List<ValidatedDocument> previousDocs = new ArrayList<>();
    for (int i = 0; i < previous.documents().size(); i++) {
      previousDocs.add(new ValidatedDocument(i, previous.documents().get(i)));
    }
    List<ValidatedDocument> docs = new ArrayList<>();
    for (int i = 0; i < next.documents().size(); i++) {
      docs.add(new ValidatedDocument(i, next.documents().get(i)));
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : run(docs, previousDocs)) {
      out.add(UpdateRules.ABOUT_PREVIOUS.contains(f.rule()) ? f.withFile(PREVIOUS_FILE) : f);
    }
    return ValidationReport.of(out);
  }

  /** Validates a manifest held in memory; findings have no source lines. */
  public ValidationReport validate(Manifest manifest) {
    List<ValidatedDocument> docs = new ArrayList<>();
    List<ManifestDocument> all = manifest.documents();
    for (int i = 0; i < all.size(); i++) {
      docs.add(new ValidatedDocument(i, all.get(i)));
    }
    return ValidationReport.of(run(docs));
  }

  /** Validates one resource built in code (a model resource or a fabric8 object) as document 0. */
  public ValidationReport validate(Object resource) {
    return ValidationReport.of(run(List.of(new ValidatedDocument(0, ManifestDocument.of(resource)))));
  }

  /** Where an item of a {@code kind: List} came from: the List's document index and the item's pointer. */
  private record ListItem(int document, String pointer) {}

  /** Index numbers given to the items of Lists while they are judged, far above any document's. */
  private static final int FIRST_ITEM_INDEX = 1 << 30;

  private List<Finding> run(List<ValidatedDocument> given) {
    return run(given, null);
  }

  /** Judges the documents; as an update of {@code previous} where that is not null. */
  private List<Finding> run(List<ValidatedDocument> given, List<ValidatedDocument> previous) {
    Map<Integer, ListItem> items = new HashMap<>();
    List<ValidatedDocument> docs = new ArrayList<>();
    for (ValidatedDocument d : given) {
      docs.addAll(expand(d, items));
    }
    if (previous == null) {
      return mapItems(judge(docs, null), items);
    }
    // The installed manifest's Lists are split too, so that their items are matched by key as kubectl does.
    Map<Integer, ListItem> previousItems = new HashMap<>();
    List<ValidatedDocument> before = new ArrayList<>();
    for (ValidatedDocument d : previous) {
      before.addAll(expand(d, previousItems));
    }
    List<Finding> aboutNext = new ArrayList<>();
    List<Finding> aboutPrevious = new ArrayList<>();
    for (Finding f : judge(docs, before)) {
      (UpdateRules.ABOUT_PREVIOUS.contains(f.rule()) ? aboutPrevious : aboutNext).add(f);
    }
    List<Finding> out = mapItems(aboutNext, items);
    out.addAll(mapItems(aboutPrevious, previousItems));
    return out;
  }

  /**
   * A document, or the items of a {@code kind: List} (as kubectl and calicoctl read one), each judged as
   * a document of its own under an index of its own, remembered in {@code items}; the List itself has
   * no metadata of its own to judge.
   */
  private static List<ValidatedDocument> expand(ValidatedDocument d, Map<Integer, ListItem> items) {
    JsonNode t = d.tree();
    boolean list = t != null && dev.calicokit.model.io.Kinds.isList(t.path("apiVersion").asText(), t.path("kind").asText()) && t.path("items").isArray();
    if (!list) {
      return List.of(d);
    }
    List<ValidatedDocument> out = new ArrayList<>();
    for (int i = 0; i < t.path("items").size(); i++) {
      int index = FIRST_ITEM_INDEX + items.size();
      items.put(index, new ListItem(d.index(), "/items/" + i));
      out.add(new ValidatedDocument(index, t.path("items").get(i)));
    }
    return out;
  }

  /** Findings on the items of Lists pointed into the List ({@code /items/N/...}). */
  private static List<Finding> mapItems(List<Finding> found, Map<Integer, ListItem> items) {
    if (items.isEmpty()) {
      return new ArrayList<>(found);
    }
    List<Finding> out = new ArrayList<>(found.size());
    for (Finding f : found) {
      ListItem item = items.get(f.document());
      out.add(item == null ? f : f.withDocument(item.document()).withPath(item.pointer() + f.path()));
    }
    out.sort(Comparator.comparingInt(Finding::document));
    return out;
  }

  private ValidationContext context(CalicoRelease r) {
    return contexts.computeIfAbsent(r, k -> new ValidationContext(k, clusterCidr, officialManifests));
  }

  private static void releaseUnknown(ReleaseDetector.Detection d, FindingSink sink) {
    sink.info("manifest.release-unknown", d.document(), d.pointer(), "the Calico images name " + d.tag() + ", a release"
        + " this library does not know; judged by " + d.release().label() + ", the nearest older one it knows (give"
        + " --version to choose another)");
  }

  private List<Finding> judge(List<ValidatedDocument> docs, List<ValidatedDocument> previous) {
    FindingSink sink = new FindingSink();
    CalicoRelease r;
    if (release.isPresent()) {
      r = release.get();
    } else {
      Optional<ReleaseDetector.Detection> detected = ReleaseDetector.detect(docs);
      r = detected.map(ReleaseDetector.Detection::release).orElse(CalicoRelease.latest());
      detected.filter(d -> !d.exact()).ifPresent(d -> releaseUnknown(d, sink));
    }
    ValidationContext context = context(r);
    if (previous != null) {
      UpdateRules.correlate(previous, docs);
    }
    for (ValidatedDocument d : docs) {
      for (DocumentRule rule : documentRules) {
        rule.check(d, context, sink);
      }
    }
    for (ManifestRule rule : manifestRules) {
      rule.check(docs, context, sink);
    }
    if (previous != null) {
      UpdateRules.check(previous, docs, sink);
    }
    List<Finding> found = new ArrayList<>(sink.findings());
    found.sort(Comparator.comparingInt(Finding::document)); // stable: layer order kept within a document
    return found;
  }

  /** Adds source lines and columns, parsing again only the documents that have findings. */
  private static List<Finding> locate(List<Finding> found, String text, List<SourceDocument> sources) {
    if (found.isEmpty()) {
      return found;
    }
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    String[] lines = body.split("\n", -1);
    List<Finding> out = new ArrayList<>(found.size());
    for (Finding f : found) {
      int[] lc = locateIn(body, lines, sources, f);
      out.add(lc == null ? f : f.withLine(lc[0]).withColumn(lc[1]));
    }
    return out;
  }

  private static int[] locateIn(String body, String[] lines, List<SourceDocument> sources, Finding f) {
    SourceDocument doc = null;
    SourceDocument next = null;
    for (SourceDocument s : sources) {
      if (doc != null) {
        next = s;
        break;
      }
      if (s.index() == f.document()) {
        doc = s;
      }
    }
    if (doc == null) {
      return null;
    }
    // Parse only the document's own lines, so that many findings in a large file stay cheap.
    int from = Math.max(0, doc.line() - 1);
    int to = next == null ? lines.length : Math.max(from, Math.min(lines.length, next.line() - 1));
    String segment = String.join("\n", java.util.Arrays.asList(lines).subList(from, to));
    Optional<SourcePosition> inSegment = SourceReader.locate(segment, 0, f.path());
    if (inSegment.isPresent()) {
      return new int[] {inSegment.get().line() + from, inSegment.get().column()};
    }
    return SourceReader.locate(body, f.document(), f.path())
        .map(p -> new int[] {p.line(), p.column()})
        .orElse(new int[] {doc.line(), 1});
  }
}
