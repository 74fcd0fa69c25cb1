package dev.calicokit.builders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.testing.ReferenceData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Holds the rendered seed manifest against the walk-through itself, read at test time.
 *
 * <p>The walk-through prints calico.yaml with its line breaks lost, so it cannot be read as YAML and
 * {@link SeedTest} states its documents as a text block. This test closes the gap mechanically: each
 * document of the walk-through, as a bag of words (keys and values, quotes, brackets, list dashes and
 * comments left out), must be the same bag as the rendered document at the same place; the CRDs,
 * which the walk-through shows only up to their names, must show no word the rendered CRD lacks. Bags
 * do not see nesting or order; {@link SeedTest} does, so the two together check every value shown.
 */
class SeedWalkThroughTest {
  /** A mapping key as YAML writes one: the token that ends a comment whose line break was lost. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]*:");

  private static List<String> walkThroughLines;
  private static Manifest rendered;

  @BeforeAll
  static void read() throws IOException {
    Path dir = ReferenceData.seed();
    List<Path> files;
    try (Stream<Path> s = Files.list(dir)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).as("files in %s", dir).hasSize(1);
    walkThroughLines = Files.readAllLines(files.get(0));
    rendered = CalicoManifest.builder().version("v3.21.1").preset(Preset.CALICO).ipv4PoolCidr("10.0.0.0/16").build();
  }

  @Test
  void everyDocumentShownHasTheSameWordsAsTheRenderedOne() {
    List<List<String>> shown = shownDocuments();
    List<List<String>> ours = renderedDocuments();
    List<List<String>> shownOthers = new ArrayList<>();
    List<List<String>> oursOthers = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int crdsShown = 0;
    for (List<String> doc : shown) {
      if (!isCrd(doc)) {
        shownOthers.add(doc);
        continue;
      }
      crdsShown++;
      String name = wordAfter(doc, "name:");
      List<String> ourCrd = ours.stream().filter(d -> isCrd(d) && name.equals(wordAfter(d, "name:"))).findFirst()
          .orElse(null);
      if (ourCrd == null) {
        problems.add("CRD " + name + ": not rendered");
        continue;
      }
      Map<String, Integer> missing = minus(bag(doc), bag(ourCrd));
      if (!missing.isEmpty()) {
        problems.add("CRD " + name + ": words shown but not rendered " + missing);
      }
    }
    for (List<String> doc : ours) {
      if (!isCrd(doc)) {
        oursOthers.add(doc);
      }
    }
    assertThat(crdsShown).as("CRDs the walk-through shows").isEqualTo(17);
    assertThat(oursOthers).as("documents besides the CRDs").hasSameSizeAs(shownOthers);
    for (int i = 0; i < shownOthers.size(); i++) {
      Map<String, Integer> expected = bag(shownOthers.get(i));
      Map<String, Integer> actual = bag(oursOthers.get(i));
      String where = "document " + i + " (" + wordAfter(shownOthers.get(i), "kind:") + " "
          + wordAfter(shownOthers.get(i), "name:") + ")";
      Map<String, Integer> missing = minus(expected, actual);
      Map<String, Integer> extra = minus(actual, expected);
      if (!missing.isEmpty()) {
        problems.add(where + ": shown but not rendered " + missing);
      }
      if (!extra.isEmpty()) {
        problems.add(where + ": rendered but not shown " + extra);
      }
    }
    problems.forEach(System.out::println);
    assertThat(problems).isEmpty();
  }

  @Test
  void theExcerptAfterTheManifestIsInTheDaemonSet() {
    List<String> excerpts = walkThroughLines.stream().filter(l -> l.startsWith("# ")).toList();
    assertThat(excerpts).as("the walk-through's closing excerpt").hasSize(1);
    List<String> words = words(excerpts.get(0), true);
    assertThat(words).containsExactly("name:", "CALICO_IPV4POOL_CIDR", "value:", "10.0.0.0/16");
    List<String> daemonSet = renderedDocuments().stream().filter(d -> "DaemonSet".equals(wordAfter(d, "kind:")))
        .findFirst().orElseThrow();
    assertThat(minus(bag(words), bag(daemonSet))).isEmpty();
    assertThat(rendered.env("calico-node", "calico-node", "CALICO_IPV4POOL_CIDR")).hasValue("10.0.0.0/16");
  }

  /** The documents of the walk-through's YAML lines (those that start with ---), empty ones left out. */
  private static List<List<String>> shownDocuments() {
    List<String> all = new ArrayList<>();
    for (String line : walkThroughLines) {
      if (line.startsWith("---")) {
        all.addAll(words(line, true));
      }
    }
    return splitDocuments(all);
  }

  private static List<List<String>> renderedDocuments() {
    return splitDocuments(words(rendered.toYaml(), false));
  }

  private static List<List<String>> splitDocuments(List<String> words) {
    List<List<String>> docs = new ArrayList<>();
    List<String> current = new ArrayList<>();
    for (String w : words) {
      if (w.equals("---")) {
        if (!current.isEmpty()) {
          docs.add(current);
        }
        current = new ArrayList<>();
      } else {
        current.add(w);
      }
    }
    if (!current.isEmpty()) {
      docs.add(current);
    }
    return docs;
  }

  /**
   * The words of a text: whitespace-separated, brackets, trailing commas and quotes taken off, list
   * dashes, block-scalar indicators and the walk-through's ". . ." elisions dropped. With
   * {@code comments}, a {@code #} starts a comment that runs to the next list dash or mapping key (the
   * line break that ended it is lost), its first word included whatever it is.
   */
  static List<String> words(String text, boolean comments) {
    List<String> out = new ArrayList<>();
    boolean inComment = false;
    boolean firstOfComment = false;
    for (String raw : text.trim().split("\\s+")) {
      if (comments && raw.startsWith("#")) {
        inComment = true;
        firstOfComment = raw.equals("#");
        continue;
      }
      if (inComment) {
        if (firstOfComment) {
          firstOfComment = false;
          continue;
        }
        if (!raw.equals("-") && !raw.equals("---") && !KEY.matcher(raw).matches()) {
          continue;
        }
        inComment = false;
      }
      String w = normalize(raw);
      if (w != null) {
        out.add(w);
      }
    }
    return out;
  }

  /** One word as compared, or null for punctuation alone. */
  private static String normalize(String raw) {
    if (raw.equals("---")) {
      return raw;
    }
    if (raw.equals("-") || raw.equals(".") || raw.equals("|") || raw.equals("|-") || raw.equals("|+")) {
      return null;
    }
    String w = raw.replaceAll("^[\\[{]+", "").replaceAll("[\\]},]+$", "");
    boolean quoted = w.length() >= 2
        && (w.startsWith("\"") && w.endsWith("\"") || w.startsWith("'") && w.endsWith("'"));
    if (quoted) {
      return w.substring(1, w.length() - 1);
    }
    return w.isEmpty() ? null : w;
  }

  private static boolean isCrd(List<String> doc) {
    return "CustomResourceDefinition".equals(wordAfter(doc, "kind:"));
  }

  /** The word after the first occurrence of a key, or "" where the key is absent. */
  private static String wordAfter(List<String> doc, String key) {
    int i = doc.indexOf(key);
    return i >= 0 && i + 1 < doc.size() ? doc.get(i + 1) : "";
  }

  private static Map<String, Integer> bag(List<String> words) {
    Map<String, Integer> bag = new TreeMap<>();
    words.forEach(w -> bag.merge(w, 1, Integer::sum));
    return bag;
  }

  /** What {@code a} holds more of than {@code b}, with the surplus counts. */
  private static Map<String, Integer> minus(Map<String, Integer> a, Map<String, Integer> b) {
    Map<String, Integer> out = new TreeMap<>();
    a.forEach((w, n) -> {
      int surplus = n - b.getOrDefault(w, 0);
      if (surplus > 0) {
        out.put(w, surplus);
      }
    });
    return out;
  }

  @Test
  void wordsLeaveOutCommentsQuotesAndPunctuation() {
    assertThat(words("--- # Source: a/b.yaml # Typha is disabled. typha_service_name: \"none\"", true))
        .containsExactly("---", "typha_service_name:", "none");
    assertThat(words("- apiGroups: [\"\"] resources: - nodes # Used to discover Typhas. - get", true))
        .containsExactly("apiGroups:", "", "resources:", "nodes", "get");
    assertThat(words("command: [\"/opt/cni/bin/calico-ipam\", \"-upgrade\"]", true))
        .containsExactly("command:", "/opt/cni/bin/calico-ipam", "-upgrade");
    assertThat(words("- apiGroups:\n  - ''\n  verbs: |-\n    x", false))
        .containsExactly("apiGroups:", "", "verbs:", "x");
    assertThat(Arrays.asList(normalize("."), normalize("]"), normalize("\"mtu\":"))).containsExactly(null, null, "\"mtu\":");
  }
}
