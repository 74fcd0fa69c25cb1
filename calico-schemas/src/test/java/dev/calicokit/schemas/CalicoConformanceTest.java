package dev.calicokit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import dev.calicokit.model.io.Kinds;
import dev.calicokit.model.schema.Release;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Conformance with Calico's own validator: every row of the table of libcalico-go's
 * {@code validator_test.go} at v3.32.1, translated into a resource by {@code tools/conformance/translate.py}
 * (under {@code src/test/resources/conformance/}, one file per kind), is judged by our validator; a row
 * agrees when the resource has no error exactly where Calico's test expects it to be valid.
 *
 * <p>Every row that does not agree is listed, with its reason, in {@code known-differences.tsv}; the test
 * fails on a disagreement that is not listed and on a listed row that now agrees, so that the list stays
 * true. It prints the agreement figure the README quotes.
 */
class CalicoConformanceTest {
  private static final List<String> KINDS = List.of(
      "BGPConfiguration", "BGPFilter", "BGPPeer", "BlockAffinity", "FelixConfiguration", "GlobalNetworkPolicy",
      "GlobalNetworkSet", "HostEndpoint", "IPPool", "IPReservation", "KubeControllersConfiguration",
      "NetworkPolicy", "NetworkSet", "Node", "Profile", "StagedGlobalNetworkPolicy", "StagedNetworkPolicy", "Tier",
      "WorkloadEndpoint");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
      .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
  private static final Validator VALIDATOR = Validator.forRelease(Release.V3_32);

  /** One row of Calico's table: its line in validator_test.go, its description and expected verdict. */
  record Case(String kind, int line, String description, boolean valid, String resource) { }

  /** A case with what our validator said about it. */
  record Outcome(Case c, List<Finding> errors) {
    boolean agrees() {
      return c.valid() == errors.isEmpty();
    }

    String describe() {
      String said = errors.isEmpty() ? "no error"
          : errors.stream().map(f -> f.rule() + " " + f.path() + " (" + f.message() + ")").collect(Collectors.joining(", "));
      return String.format(Locale.ROOT, "line %d %s (%s): Calico %s, we say %s", c.line(), c.kind(),
          c.description(), c.valid() ? "accepts" : "rejects", said);
    }
  }

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (String kind : KINDS) {
      try (InputStream in = resource("conformance/" + kind + ".yaml");
           MappingIterator<JsonNode> docs = YAML.readerFor(JsonNode.class).readValues(in)) {
        while (docs.hasNext()) {
          JsonNode doc = docs.next();
          cases.add(new Case(kind, doc.get("line").asInt(), doc.get("description").asText(),
              doc.get("valid").asBoolean(), YAML.writeValueAsString(doc.get("resource"))));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return cases;
  }

  /** The listed differences: line in validator_test.go to reason. */
  static Map<Integer, String> knownDifferences() throws IOException {
    Map<Integer, String> known = new TreeMap<>();
    try (InputStream in = resource("conformance/known-differences.tsv")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t", 2);
        assertThat(parts).as("known-differences.tsv line: %s", line).hasSize(2);
        assertThat(known.put(Integer.parseInt(parts[0].trim()), parts[1].trim())).as("listed twice: %s", line).isNull();
      }
    }
    return known;
  }

  private static InputStream resource(String name) {
    InputStream in = CalicoConformanceTest.class.getClassLoader().getResourceAsStream(name);
    assertThat(in).as(name).isNotNull();
    return in;
  }

  @Test
  void agreesWithCalicosValidatorTableExceptTheListedDifferences() throws IOException {
    List<Outcome> outcomes = cases().stream()
        .map(c -> new Outcome(c, VALIDATOR.validate(c.resource()).findings(Severity.ERROR)))
        .toList();
    long valid = outcomes.stream().filter(o -> o.c().valid()).count();
    long accepted = outcomes.stream().filter(o -> o.c().valid() && o.agrees()).count();
    long invalid = outcomes.size() - valid;
    long rejected = outcomes.stream().filter(o -> !o.c().valid() && o.agrees()).count();
    System.out.printf(Locale.ROOT,
        "Conformance with libcalico-go validator_test.go v3.32.1: %d of %d valid rows accepted, %d of %d invalid"
            + " rows rejected, %d of %d agree (%.1f%%)%n",
        accepted, valid, rejected, invalid, accepted + rejected, outcomes.size(),
        100.0 * (accepted + rejected) / outcomes.size());

    List<Outcome> modelled = outcomes.stream()
        .filter(o -> Kinds.forType("projectcalico.org/v3", o.c().kind()).isPresent()).toList();
    long modelledAgree = modelled.stream().filter(Outcome::agrees).count();
    System.out.printf(Locale.ROOT, "  over the kinds the model types: %d of %d agree (%.1f%%)%n",
        modelledAgree, modelled.size(), 100.0 * modelledAgree / modelled.size());

    Map<Integer, String> known = knownDifferences();
    List<String> unlisted = outcomes.stream().filter(o -> !o.agrees() && !known.containsKey(o.c().line()))
        .map(Outcome::describe).toList();
    List<Integer> rows = outcomes.stream().map(o -> o.c().line()).toList();
    List<String> nowAgree = outcomes.stream().filter(o -> o.agrees() && known.containsKey(o.c().line()))
        .map(o -> "line " + o.c().line() + " agrees now; remove it from known-differences.tsv").toList();
    List<Integer> noSuchRow = known.keySet().stream().filter(line -> !rows.contains(line)).toList();
    assertThat(unlisted).as("disagreements not in known-differences.tsv").isEmpty();
    assertThat(nowAgree).as("listed differences that agree now").isEmpty();
    assertThat(noSuchRow).as("known-differences.tsv lines that are no row").isEmpty();
  }
}
