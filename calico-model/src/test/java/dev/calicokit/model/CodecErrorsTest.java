package dev.calicokit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.calico.IPPool;
import dev.calicokit.model.io.CalicoCodec;
import dev.calicokit.model.io.ResourceReadException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading errors say which document, which field (JSON pointer), which line and column, and why. */
class CodecErrorsTest {
  private static final String POOL =
      "apiVersion: projectcalico.org/v3\n"
          + "kind: IPPool\n"
          + "metadata:\n"
          + "  name: pool-a\n"
          + "spec:\n"
          + "  cidr: 10.1.0.0/16\n";

  @Test
  void strictModeRejectsAnUnknownFieldNamingPathLineAndColumn() {
    String text = POOL + "  blockSizee: 26\n";
    assertThat(CalicoCodec.yaml().read(text).unknownFields()).isEmpty(); // kept one level down
    assertThat(CalicoCodec.unknownFieldPaths(CalicoCodec.yaml().read(text))).containsExactly("/spec/blockSizee");
    assertThatThrownBy(() -> CalicoCodec.yaml().strict().read(text))
        .isInstanceOfSatisfying(ResourceReadException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/spec/blockSizee");
          assertThat(e.line()).isEqualTo(7);
          assertThat(e.column()).isEqualTo(3);
          assertThat(e.kind()).contains("IPPool");
          assertThat(e.name()).contains("pool-a");
          assertThat(e.getMessage()).contains("line 7, column 3", "document 0 (IPPool pool-a)", "/spec/blockSizee", "unknown field");
        });
  }

  @Test
  void duplicateKeysFailInEveryMode() {
    String text = POOL + "  cidr: 10.2.0.0/16\n";
    for (CalicoCodec codec : new CalicoCodec[] {CalicoCodec.yaml(), CalicoCodec.yaml().strict()}) {
      assertThatThrownBy(() -> codec.read(text))
          .isInstanceOfSatisfying(ResourceReadException.class, e -> {
            assertThat(e.line()).isEqualTo(7);
            assertThat(e.problem()).containsIgnoringCase("duplicate").contains("cidr");
          });
    }
    assertThatThrownBy(() -> CalicoCodec.json().read("{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"IPPool\",\"kind\":\"IPPool\"}"))
        .isInstanceOf(ResourceReadException.class)
        .hasMessageContaining("uplicate");
  }

  @Test
  void aValueOfTheWrongTypeNamesItsField() {
    String text = POOL + "  blockSize: twenty-six\n";
    assertThatThrownBy(() -> CalicoCodec.yaml().read(text))
        .isInstanceOfSatisfying(ResourceReadException.class, e -> {
          assertThat(e.pointer()).isEqualTo("/spec/blockSize");
          assertThat(e.line()).isEqualTo(7);
          assertThat(e.column()).isGreaterThan(0);
          assertThat(e.problem()).contains("twenty-six");
        });
  }

  @Test
  void aValueOfTheWrongShapeSaysWhatWasExpectedAndWhatWasFound() {
    String head = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: x\nspec:\n";
    String[][] cases = {
        {"  order: abc\n", "/spec/order", "expected a number, found the string \"abc\""},
        {"  types: Ingress\n", "/spec/types", "expected a list, found the string \"Ingress\""},
        {"  doNotTrack: maybe\n", "/spec/doNotTrack", "expected true or false, found the string \"maybe\""},
        {"  selector: {a: b}\n", "/spec/selector", "expected a Selector, written as a single value, found a mapping"},
        {"  ingress:\n    - action: Allow\n      destination:\n        ports: {a: 1}\n", "/spec/ingress/0/destination/ports",
            "expected a list, found a mapping"}};
    for (String[] c : cases) {
      for (Runnable read : List.<Runnable>of(() -> CalicoCodec.yaml().read(head + c[0]),
          () -> dev.calicokit.model.manifest.Manifest.read(head + c[0]))) {
        assertThatThrownBy(read::run).isInstanceOfSatisfying(ResourceReadException.class, e -> {
          assertThat(e.pointer()).isEqualTo(c[1]);
          assertThat(e.problem()).endsWith(c[2]);
          assertThat(e.line()).isGreaterThanOrEqualTo(6);
        });
      }
    }
  }

  @Test
  void aMissingRequiredFieldIsNamed() {
    String text = POOL.replace("  cidr: 10.1.0.0/16\n", "  blockSize: 26\n");
    assertThatThrownBy(() -> CalicoCodec.yaml().read(text))
        .isInstanceOfSatisfying(ResourceReadException.class, e -> {
          assertThat(e.problem()).contains("cidr");
          assertThat(e.pointer()).startsWith("/spec");
          assertThat(e.line()).isEqualTo(5);
        });
    assertThatThrownBy(() -> dev.calicokit.model.calico.IPPoolSpec.builder().build())
        .hasMessageContaining("cidr");
  }

  @Test
  void anUnknownKindListsTheKnownOnes() {
    assertThatThrownBy(() -> CalicoCodec.yaml().read("apiVersion: projectcalico.org/v3\nkind: IPPoool\n"))
        .isInstanceOfSatisfying(ResourceReadException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.problem()).contains("IPPoool", "IPPool", "FelixConfiguration");
        });
  }

  @Test
  void documentIndexCountsEmptyDocuments() {
    String text = "---\n---\n" + POOL + "---\n" + POOL.replace("10.1.0.0/16\n", "10.1.0.0/16\n  natOutgoing: maybe\n");
    assertThatThrownBy(() -> CalicoCodec.yaml().readAll(text))
        .isInstanceOfSatisfying(ResourceReadException.class, e -> {
          assertThat(e.document()).isEqualTo(2); // "---\n---\n" holds one empty document
          assertThat(e.pointer()).isEqualTo("/spec/natOutgoing");
          assertThat(e.line()).isEqualTo(16);
        });
  }

  @Test
  void aByteOrderMarkAndCrlfAreAccepted() {
    IPPool pool = CalicoCodec.yaml().read("\uFEFF" + POOL.replace("\n", "\r\n"), IPPool.class);
    assertThat(pool.spec().cidr().text()).isEqualTo("10.1.0.0/16");
  }

  @Test
  void absentStaysAbsentAndNumbersKeepTheirKind() {
    String gnp = "apiVersion: projectcalico.org/v3\nkind: GlobalNetworkPolicy\nmetadata:\n  name: p\nspec:\n  order: 1000\n";
    String written = CalicoCodec.yaml().write(CalicoCodec.yaml().read(gnp));
    assertThat(written).isEqualTo(gnp); // no tier: default, no types, order not 1000.0
    String noSpec = "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: t\n";
    assertThat(CalicoCodec.yaml().write(CalicoCodec.yaml().read(noSpec))).isEqualTo(noSpec);
  }

  @Test
  void aListKindAndAJsonArrayAreReadAsSeveralResources() {
    String list = "apiVersion: v1\nkind: List\nitems:\n- apiVersion: projectcalico.org/v3\n  kind: Tier\n  metadata: {name: a}\n"
        + "- apiVersion: projectcalico.org/v3\n  kind: Tier\n  metadata: {name: b}\n";
    assertThat(CalicoCodec.yaml().readAll(list)).hasSize(2);
    assertThat(CalicoCodec.json().readAll("[{\"apiVersion\":\"projectcalico.org/v3\",\"kind\":\"Tier\"}]")).hasSize(1);
  }
}
