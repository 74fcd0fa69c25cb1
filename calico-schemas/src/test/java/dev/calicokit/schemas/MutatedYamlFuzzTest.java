package dev.calicokit.schemas;

import static org.assertj.core.api.Assertions.assertThat;

import dev.calicokit.model.io.ResourceReadException;
import dev.calicokit.model.manifest.Manifest;
import dev.calicokit.model.schema.Release;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing the reader, fmt and the validator with mutated YAML: small manifests (comments, merge keys,
 * YAML 1.1 forms, selectors, a List) take one to four random edits (characters YAML gives a meaning,
 * deletions, copies), and each result must end either in a {@link ResourceReadException} (a clear,
 * placed error) or in a reading that fmt writes idempotently and the validator judges without an
 * exception. A fixed budget runs in the build ({@value #DEFAULT_RUNS} inputs); a longer local run:
 * {@code mvn -o -pl calico-schemas -am test -Dtest=MutatedYamlFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcalicokit.fuzz.runs=200000 -Dcalicokit.fuzz.seed=N}. A failure names its seed and run, which make
 * it a regression test of its own.
 */
class MutatedYamlFuzzTest {
  static final int DEFAULT_RUNS = 5000;
  private static final Validator VALIDATOR = Validator.forRelease(Release.V3_32);
  private static final List<String> SEEDS = List.of(
      "# head\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: calico-config # eol\n  namespace: kube-system\n"
          + "data:\n  # before\n  veth_mtu: \"0\"\n  cni_network_config: |-\n    {\"a\": 1}\n  flag: 'yes'\n",
      "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: p\n  labels: &l {a: b}\nspec:\n"
          + "  cidr: 10.244.0.0/16\n  vxlanMode: Always\n  blockSize: 26\n  nodeSelector: all()\n",
      "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: g\nspec:\n  order: 100\n"
          + "  selector: (a == 'b' && has(c)) || !d in {'x', 'y'}\n  ingress:\n  - action: Allow\n    protocol: TCP\n"
          + "    destination:\n      ports: [80, 0x1F, '8000:8080']\n",
      "apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Namespace\n  metadata:\n    name: a\n"
          + "---\nbase: &b {x: 1}\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d\n  annotations:\n    <<: *b\n"
          + "spec:\n  replicas: 3\n");
  private static final String[] INSERTS = {"\n", " ", "  ", ":", ": ", "- ", "#", "'", "\"", "[", "]", "{", "}", "&a ",
      "*a", "<<: *l\n", "!!str ", "!!binary ", "\t", "\0", "yes", "0x1F", "0755", "1e400", "((", "|", "|-\n", ">", "? ",
      "---\n", "...\n", "\u00e9", "\\", "%YAML 1.1\n", ",", "~", "null", "\r\n", "\uFEFF", "\u2028"};

  @Test
  void mutatedManifestsEndInAPlacedErrorOrAStableReading() {
    int runs = Integer.getInteger("calicokit.fuzz.runs", DEFAULT_RUNS);
    long seed = Long.getLong("calicokit.fuzz.seed", 20261201L);
    Random random = new Random(seed);
    int readable = 0;
    for (int run = 0; run < runs; run++) {
      String input = mutate(SEEDS.get(random.nextInt(SEEDS.size())), random);
      try {
        if (check(input)) {
          readable++;
        }
      } catch (Throwable t) {
        throw new AssertionError("seed " + seed + ", run " + run + ": " + t + " on input:\n" + input, t);
      }
    }
    System.out.printf("MutatedYamlFuzzTest: %d mutated inputs, %d readable, the rest refused with a placed error%n", runs, readable);
    assertThat(readable).isPositive();
  }

  /** True when the input was readable (and then written and judged), false when refused cleanly. */
  static boolean check(String input) {
    try {
      VALIDATOR.validate(input);
    } catch (ResourceReadException refused) {
      assertThat(refused.getMessage()).doesNotContain("org.yaml", "dev.calicokit", "Exception");
      return false;
    }
    Manifest m;
    try {
      m = Manifest.read(input);
    } catch (ResourceReadException refused) {
      assertThat(refused.getMessage()).doesNotContain("org.yaml", "dev.calicokit", "Exception");
      return false;
    }
    String written = m.toYaml();
    assertThat(Manifest.read(written).toYaml()).isEqualTo(written);
    return true;
  }

  private static String mutate(String seed, Random random) {
    StringBuilder s = new StringBuilder(seed);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits; i++) {
      int at = random.nextInt(s.length() + 1);
      switch (random.nextInt(3)) {
        case 0 -> s.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
        case 1 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(8)));
        default -> {
          int end = Math.min(s.length(), at + 1 + random.nextInt(20));
          s.insert(random.nextInt(s.length() + 1), s.substring(at, end));
        }
      }
    }
    return s.toString();
  }
}
