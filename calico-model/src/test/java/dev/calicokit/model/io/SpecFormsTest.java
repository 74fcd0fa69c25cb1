package dev.calicokit.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.calicokit.model.CalicoResource;
import dev.calicokit.model.manifest.Manifest;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A spec written with no value ({@code spec:}), as {@code spec: null}, as {@code spec: {}} or left out
 * reads on every kind in both groups as calicoctl takes it (Go leaves a null field at its zero value;
 * the API server prunes it), and writes back as it was read. A null field the model does not know is kept. Kinds whose spec holds required fields
 * (the CRDs say which) cannot be bound without them: the error names the field's pointer, line and
 * column, what was expected and what was found.
 */
class SpecFormsTest {
  /** The kinds whose CRD requires fields inside spec (spec.required in the v3.32 CRDs). */
  private static final Set<String> SPEC_WITH_REQUIRED_FIELDS = Set.of("BlockAffinity", "IPAMBlock", "IPAMConfig",
      "IPAMConfiguration", "IPAMHandle", "IPPool", "KubeControllersConfiguration", "AdminNetworkPolicy",
      "BaselineAdminNetworkPolicy", "ClusterNetworkPolicy");
  private static final List<String> FORMS = List.of("spec:\n", "spec: null\n", "spec: {}\n", "");

  private record Doc(String apiVersion, String kind, String form) {
    String text() {
      return "apiVersion: " + apiVersion + "\nkind: " + kind + "\nmetadata:\n  name: x\n" + form;
    }
  }

  private static List<Doc> docs() {
    List<Doc> out = new ArrayList<>();
    for (Class<? extends CalicoResource> type : Kinds.all()) {
      for (String apiKind : Kinds.typesOf(type)) {
        String[] parts = apiKind.split(" ");
        FORMS.forEach(f -> out.add(new Doc(parts[0], parts[1], f)));
      }
    }
    return out;
  }

  @Test
  void everyKindReadsEveryFormOfAnEmptySpecAndWritesItBack() {
    List<Doc> readable = docs().stream().filter(d -> !SPEC_WITH_REQUIRED_FIELDS.contains(d.kind())).toList();
    assertThat(readable).hasSize(4 * 35); // 16 Calico kinds in two groups, Node, WorkloadEndpoint and Profile in v3
    for (Doc d : readable) {
      CalicoResource r = CalicoCodec.yaml().read(d.text());
      assertThat(r.kind()).isEqualTo(d.kind().equals("IPAMConfig") ? "IPAMConfiguration" : d.kind());
      assertThat(CalicoCodec.yaml().read(CalicoCodec.yaml().write(r))).as(d.text()).isEqualTo(r);
      // The manifest keeps the null and the empty map where they were; "spec:" is written in its canonical form.
      String written = Manifest.read(d.text()).toYaml();
      assertThat(written).as(d.text()).isEqualTo(d.form().equals("spec:\n") ? d.text().replace("spec:\n", "spec: null\n") : d.text());
    }
  }

  @Test
  void aSpecWithoutItsRequiredFieldsIsAnErrorAtTheMissingField() {
    List<Doc> unbindable = docs().stream().filter(d -> SPEC_WITH_REQUIRED_FIELDS.contains(d.kind())).toList();
    assertThat(unbindable).isNotEmpty();
    for (Doc d : unbindable) {
      for (Runnable read : List.<Runnable>of(() -> CalicoCodec.yaml().read(d.text()), () -> Manifest.read(d.text()))) {
        assertThatThrownBy(read::run).as(d.text()).isInstanceOfSatisfying(ResourceReadException.class, e -> {
          assertThat(e.pointer()).startsWith("/spec");
          assertThat(e.line()).isPositive();
          assertThat(e.column()).isPositive();
          assertThat(e.getMessage()).contains("required field").contains("expected a value, found none")
              .doesNotContain("Builder").doesNotContain("Cannot construct");
        });
      }
    }
  }

  @Test
  void aNullUnknownFieldIsKept() {
    String text = "apiVersion: projectcalico.org/v3\nkind: Tier\nmetadata:\n  name: x\nspec:\n  order: null\n  future: null\n";
    CalicoResource r = CalicoCodec.yaml().read(text);
    assertThat(CalicoCodec.unknownFieldPaths(r)).containsExactly("/spec/future");
    assertThat(Manifest.read(text).toYaml()).isEqualTo(text);
  }

  @Test
  void theMissingFieldOfAnIppoolIsNamedByItsPointerAndPlaceOfItsHolder() {
    String text = "apiVersion: projectcalico.org/v3\nkind: IPPool\nmetadata:\n  name: x\nspec:\n  natOutgoing: true\n";
    assertThatThrownBy(() -> CalicoCodec.yaml().read(text)).isInstanceOfSatisfying(ResourceReadException.class, e -> {
      assertThat(e.pointer()).isEqualTo("/spec/cidr");
      assertThat(e.line()).isEqualTo(5);
      assertThat(e.problem()).isEqualTo("required field \"cidr\" is missing: expected a value, found none");
    });
  }
}
