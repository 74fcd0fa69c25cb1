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
   * columns; document indexes count empty documents, as the reader does.
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
    List<SourceDocument> sources = SourceReader.withDefaults().read(utf8);
    return validate(new String(utf8, java.nio.charset.StandardCharsets.UTF_8), sources);
  }

  /** Validates a manifest text read within the given limits. */
  public ValidationReport validate(String text, ReadLimits limits) {
    return validate(text, SourceReader.withLimits(limits).read(text));
  }

  private ValidationReport validate(String text, List<SourceDocument> sources) {
    List<ValidatedDocument> docs = new ArrayList<>();
    for (SourceDocument s : sources) {
      if (!s.isEmpty()) {
        docs.add(new ValidatedDocument(s.index(), s.tree()));
      }
    }
    List<Finding> found = run(docs);
    return ValidationReport.of(locate(found, text, sources));
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
    // Each item of a kind: List (as kubectl and calicoctl read one) is judged as a document of its own;
    // its findings then point into the List. The List itself has no metadata of its own to judge.
    Map<Integer, ListItem> items = new HashMap<>();
    List<ValidatedDocument> docs = new ArrayList<>();
    for (ValidatedDocument d : given) {
      JsonNode t = d.tree();
      boolean list = t != null && isList(t.path("apiVersion").asText(), t.path("kind").asText()) && t.path("items").isArray();
      if (!list) {
        docs.add(d);
        continue;
      }
      for (int i = 0; i < t.path("items").size(); i++) {
        int index = FIRST_ITEM_INDEX + items.size();
        items.put(index, new ListItem(d.index(), "/items/" + i));
        docs.add(new ValidatedDocument(index, t.path("items").get(i)));
      }
    }
    List<Finding> found = judge(docs, previous);
    if (items.isEmpty()) {
      return found;
    }
    List<Finding> out = new ArrayList<>(found.size());
    for (Finding f : found) {
      ListItem item = items.get(f.document());
      out.add(item == null ? f : f.withDocument(item.document()).withPath(item.pointer() + f.path()));
    }
    out.sort(Comparator.comparingInt(Finding::document));
    return out;
  }

  /**
   * A v1 {@code kind: List}, as kubectl reads one, or a typed list of a Calico kind ({@code NodeList} under
   * {@code projectcalico.org/v3}), as {@code calicoctl get -o yaml} writes several resources and reads them.
   */
  private static boolean isList(String apiVersion, String kind) {
    if (kind.equals("List")) {
      return apiVersion.equals("v1");
    }
    return kind.endsWith("List") && apiVersion.contains("projectcalico.org/")
        && dev.calicokit.model.io.Kinds.forType(apiVersion, kind.substring(0, kind.length() - 4)).isPresent();
  }

  private List<Finding> judge(List<ValidatedDocument> docs, List<ValidatedDocument> previous) {
    FindingSink sink = new FindingSink();
    CalicoRelease r;
    if (release.isPresent()) {
      r = release.get();
    } else {
      Optional<ReleaseDetector.Detection> detected = ReleaseDetector.detect(docs);
      r = detected.map(ReleaseDetector.Detection::release).orElse(CalicoRelease.latest());
      detected.filter(d -> !d.exact()).ifPresent(d -> sink.info("manifest.release-unknown", d.document(), d.pointer(),
          "the Calico images name " + d.tag() + ", a release this library does not know; judged by " + d.release().label()
              + ", the nearest older one it knows (give --version to choose another)"));
    }
    ValidationContext context = contexts.computeIfAbsent(r, k -> new ValidationContext(k, clusterCidr, officialManifests));
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
