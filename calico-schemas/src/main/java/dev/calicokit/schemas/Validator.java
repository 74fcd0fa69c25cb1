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
import dev.calicokit.schemas.internal.DocumentChecks;
import dev.calicokit.schemas.internal.DocumentRule;
import dev.calicokit.schemas.internal.FindingSink;
import dev.calicokit.schemas.internal.Layers;
import dev.calicokit.schemas.internal.ManifestRule;
import dev.calicokit.schemas.internal.ReleaseDetector;
import dev.calicokit.schemas.internal.StreamedManifestRule;
import dev.calicokit.schemas.internal.TextSource;
import dev.calicokit.schemas.internal.TextWindow;
import dev.calicokit.schemas.internal.ValidatedDocument;
import dev.calicokit.schemas.internal.ValidationContext;
import dev.calicokit.schemas.internal.cross.PoolCidrRule;
import dev.calicokit.schemas.internal.update.UpdateRules;
import java.io.IOException;
import java.nio.file.Path;
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
  private final List<StreamedManifestRule> manifestRules = Layers.manifestRules();

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
   * one at a time: besides the text, memory holds the trees of the documents being judged and, for the
   * rules across documents, small facts of each (a key of kind, namespace and name; the key names of a
   * ConfigMap; the references of workloads and bindings; the rules of RBAC roles), never a whole
   * document, so a file of many documents of any kind is bounded by its largest document.
   *
   * @throws ResourceReadException when the text is not readable YAML at all
   */
  public ValidationReport validate(String text) {
    return validate(text, ReadLimits.defaults());
  }

  /**
   * Validates a manifest given as UTF-8 bytes, decoded as they are read (no copy of the text is made);
   * an invalid byte is a {@link ResourceReadException} naming its place.
   */
  public ValidationReport validate(byte[] utf8) {
    return validateSource(TextSource.ofUtf8(utf8), SourceReader.withDefaults());
  }

  /**
   * Validates a UTF-8 manifest file as a stream: neither its text nor its documents are held whole, so
   * memory is bounded by its largest document (and the small facts of each that the rules across
   * documents keep), not by the file. The file is parsed once to judge it. When no release was given, its lines are scanned
   * before for the release its images name, and it is judged again only when its documents' images
   * name another; it is read once more after, when rules across documents have findings (to locate
   * them).
   *
   * @throws IOException when the file cannot be opened or read
   * @throws ResourceReadException when the text is not readable YAML, or not UTF-8
   */
  public ValidationReport validate(Path file) throws IOException {
    try {
      return validateSource(TextSource.ofFile(file), SourceReader.withDefaults());
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /** Validates a manifest text read within the given limits. */
  public ValidationReport validate(String text, ReadLimits limits) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    if (body.length() > limits.maxTotalChars()) {
      SourceReader.withLimits(limits).read(body); // fails naming the limit, as before any document is judged
    }
    return validateSource(TextSource.of(body), SourceReader.withLimits(limits));
  }

  /**
   * A finding waiting for its line and column, to be looked for in the lines {@code fromLine} up to
   * {@code toLine}; {@code slot} is its place in the findings when one is kept for it, else -1.
   */
  private record Unlocated(Finding finding, int fromLine, int toLine, int slot) {}

  private ValidationReport validateSource(TextSource source, SourceReader reader) {
    if (release.isPresent()) {
      return judgeSource(source, reader, release.get(), null).orElseThrow();
    }
    // One pass, not two: the pass judges by the release the text's image lines suggest and counts the
    // images of the documents as it reads them. Only where the count names another release (an image
    // line inside a block scalar, say) is the text judged again, so the result is the same as if the
    // release had been found first.
    Optional<CalicoRelease> guess = ReleaseDetector.guess(source);
    if (guess.isPresent() && context(guess.get()).firstPreparation()) {
      manifestRules.forEach(rule -> rule.prepare(context(guess.get())));
    }
    ReleaseDetector.Votes votes = new ReleaseDetector.Votes();
    return judgeSource(source, reader, guess.orElse(CalicoRelease.latest()), votes)
        .orElseGet(() -> judgeSource(source, reader, votes.release(), votes).orElseThrow());
  }

  /**
   * The text judged by the rules of {@code r}. With {@code votes} (no release given), the documents'
   * images are counted as they are read, and empty is returned when they name another release than
   * {@code r}; their findings (an image of a release the model does not know) come first.
   */
  private Optional<ValidationReport> judgeSource(TextSource source, SourceReader reader, CalicoRelease r,
      ReleaseDetector.Votes votes) {
    ValidationContext context = context(r);
    boolean counting = votes != null && votes.isEmpty();
    List<Finding> found = new ArrayList<>();
    List<Unlocated> later = new ArrayList<>(); // located after the judging pass, reading the text again
    Map<Integer, ListItem> items = new HashMap<>();
    List<Integer> starts = new ArrayList<>(); // each document's first line, by index
    // The rules across documents see each document as it is read and keep only small facts of it.
    List<StreamedManifestRule.Pass> passes = new ArrayList<>(manifestRules.size());
    List<FindingSink> streamed = new ArrayList<>(manifestRules.size());
    for (StreamedManifestRule rule : manifestRules) {
      passes.add(rule.start());
      streamed.add(new FindingSink());
    }
    TextWindow window = new TextWindow(source.openUnchecked());
    DocumentChecks checks = new DocumentChecks();
    long[] readBefore = {0};
    try {
      reader.read(window, s -> {
        starts.add(s.line());
        while (checks.full()) {
          locate(checks.next(), starts, items, window, found, later);
        }
        // The text before the oldest document still being judged is no longer needed.
        window.release(checks.isEmpty() ? s.line() : starts.get(checks.oldest()));
        if (s.isEmpty()) {
          return;
        }
        List<ValidatedDocument> docs = expand(new ValidatedDocument(s.index(), s.tree()), items);
        // What reads documents in order comes first: from here on, the documents are the checks' alone.
        for (ValidatedDocument d : docs) {
          if (counting) {
            votes.add(d);
          }
          for (int i = 0; i < passes.size(); i++) {
            passes.get(i).see(d, context, streamed.get(i));
          }
        }
        // What was read since the last document stands for this one's size: read-ahead aside, its text.
        long size = window.charsRead() - readBefore[0];
        readBefore[0] = window.charsRead();
        checks.submit(s.index(), size, () -> {
          FindingSink sink = new FindingSink();
          for (ValidatedDocument d : docs) {
            for (DocumentRule rule : documentRules) {
              rule.check(d, context, sink);
            }
          }
          return sink.findings();
        });
      });
    } catch (RuntimeException unreadable) {
      // A rule that failed on an earlier document fails first, as it did when documents were judged in turn.
      while (!checks.isEmpty()) {
        checks.next();
      }
      throw unreadable;
    }
    if (votes != null && !votes.release().equals(r)) {
      return Optional.empty();
    }
    while (!checks.isEmpty()) {
      locate(checks.next(), starts, items, window, found, later);
    }
    FindingSink sink = new FindingSink();
    for (int i = 0; i < passes.size(); i++) {
      passes.get(i).finish(context, streamed.get(i));
      sink.findings().addAll(streamed.get(i).findings());
    }
    for (Finding f : mapItems(sink.findings(), items)) {
      int doc = f.document();
      int from = doc < starts.size() ? starts.get(doc) : 1;
      int to = doc + 1 < starts.size() ? starts.get(doc + 1) : Integer.MAX_VALUE;
      found.add(null);
      later.add(new Unlocated(f, from, to, found.size() - 1));
    }
    List<Unlocated> all = new ArrayList<>();
    if (votes != null) {
      FindingSink detection = new FindingSink();
      votes.result().filter(d -> !d.exact()).ifPresent(d -> releaseUnknown(d, detection));
      // Looked for in the whole text, as document 0 of it.
      mapItems(detection.findings(), items).forEach(f -> all.add(new Unlocated(f, 1, Integer.MAX_VALUE, -1)));
    }
    int detected = all.size();
    all.addAll(later);
    List<Finding> located = locateLater(all, source);
    List<Finding> out = new ArrayList<>(located.subList(0, detected));
    for (int i = 0; i < later.size(); i++) {
      found.set(later.get(i).slot(), located.get(detected + i));
    }
    out.addAll(found);
    out.sort(Comparator.comparingInt(Finding::document)); // stable: layer order kept within a document
    return Optional.of(ValidationReport.of(out));
  }

  /** Locates the findings of a document judged in its own lines, from its start to the next document's. */
  private static void locate(DocumentChecks.Checked checked, List<Integer> starts, Map<Integer, ListItem> items,
      TextWindow window, List<Finding> out, List<Unlocated> later) {
    int doc = checked.index();
    int to = doc + 1 < starts.size() ? starts.get(doc + 1) : Integer.MAX_VALUE;
    locate(mapItems(checked.findings(), items), starts.get(doc), to, window, out, later);
  }

  /**
   * Locates the findings of the document in lines {@code fromLine} up to {@code toLine}, which the
   * window holds, adding them to {@code out}; those not found there keep a place in {@code out} and wait
   * in {@code later} for the whole text.
   */
  private static void locate(List<Finding> findings, int fromLine, int toLine, TextWindow window, List<Finding> out,
      List<Unlocated> later) {
    if (findings.isEmpty()) {
      return;
    }
    int from = Math.max(1, fromLine);
    String segment = window.lines(from, toLine);
    for (Finding f : findings) {
      Optional<SourcePosition> inSegment = SourceReader.locate(segment, 0, f.path());
      if (inSegment.isPresent()) {
        out.add(f.withLine(inSegment.get().line() + from - 1).withColumn(inSegment.get().column()));
      } else {
        out.add(null);
        later.add(new Unlocated(f, fromLine, toLine, out.size() - 1));
      }
    }
  }

  /**
   * Lines and columns for the findings not located while judging, in order: each looked for in its
   * lines, else in its document of the whole text, else given the first of its lines. The text is read
   * again once for the lines, and once more for each finding not found in them.
   */
  private static List<Finding> locateLater(List<Unlocated> later, TextSource source) {
    List<Finding> out = new ArrayList<>(later.size());
    if (later.isEmpty()) {
      return out;
    }
    Map<Long, String> segments = segments(later, source);
    for (Unlocated u : later) {
      Finding f = u.finding();
      int from = Math.max(1, u.fromLine());
      Optional<SourcePosition> p;
      if (wholeText(u)) {
        p = locateInStream(source, 0, f.path()); // the lines are the whole text, read as a stream
      } else {
        String segment = segments.get(range(u));
        p = segment == null ? Optional.empty() : SourceReader.locate(segment, 0, f.path());
      }
      if (p.isPresent()) {
        out.add(f.withLine(p.get().line() + from - 1).withColumn(p.get().column()));
        continue;
      }
      p = locateInStream(source, f.document(), f.path());
      out.add(p.isPresent() ? f.withLine(p.get().line()).withColumn(p.get().column()) : f.withLine(u.fromLine()).withColumn(1));
    }
    return out;
  }

  private static Optional<SourcePosition> locateInStream(TextSource source, int document, String pointer) {
    try (java.io.Reader whole = source.open()) {
      return SourceReader.locate(whole, document, pointer);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static boolean wholeText(Unlocated u) {
    return u.fromLine() <= 1 && u.toLine() == Integer.MAX_VALUE;
  }

  private static long range(Unlocated u) {
    return ((long) Math.max(1, u.fromLine()) << 32) | (u.toLine() & 0xffffffffL);
  }

  /** The text of each range of lines the findings are looked for in, read in one pass over the text. */
  private static Map<Long, String> segments(List<Unlocated> later, TextSource source) {
    List<Unlocated> byStart = new ArrayList<>();
    for (Unlocated u : later) {
      if (!wholeText(u)) {
        byStart.add(u);
      }
    }
    if (byStart.isEmpty()) {
      return Map.of();
    }
    byStart.sort(Comparator.comparingInt((Unlocated u) -> Math.max(1, u.fromLine())));
    Map<Long, String> out = new HashMap<>();
    try (TextWindow window = new TextWindow(source.open())) {
      char[] buffer = new char[64 * 1024];
      boolean end = false;
      for (int i = 0; i < byStart.size(); i++) {
        Unlocated u = byStart.get(i);
        while (!end && !window.holdsLine(u.toLine())) {
          end = window.read(buffer, 0, buffer.length) < 0;
        }
        out.putIfAbsent(range(u), window.lines(Math.max(1, u.fromLine()), u.toLine()));
        if (i + 1 < byStart.size()) {
          window.release(Math.max(1, byStart.get(i + 1).fromLine()));
        }
      }
    } catch (IOException | RuntimeException e) {
      // the ranges not read are looked for in the whole text
    }
    return out;
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
